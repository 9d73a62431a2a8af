/**
 * Generated from contracts/http/core/authorization-server-metadata.v1.schema.json by `npm run contracts:types`.
 * Do not edit: change the contract (a published one only by adding a new version beside it) and regenerate.
 */

/**
 * Answer of GET /.well-known/oauth-authorization-server (core API v6): the hub's OAuth 2.0 authorization server metadata for partner systems (RFC 8414), from which a client library finds the token endpoint and the keys.
 */
export interface AuthorizationServerMetadataV1 {
  /**
   * The issuer: the iss claim of every token the hub issues, and the base of the other URLs.
   */
  issuer: string;
  /**
   * Where to ask for a token: <issuer>/oauth/token.
   */
  token_endpoint: string;
  /**
   * Where the verifying keys are: <issuer>/.well-known/jwks.json.
   */
  jwks_uri: string;
  /**
   * Only client_credentials.
   *
   * @minItems 1
   */
  grant_types_supported: "client_credentials"[];
  /**
   * client_secret_basic and client_secret_post.
   *
   * @minItems 1
   */
  token_endpoint_auth_methods_supported: ("client_secret_basic" | "client_secret_post")[];
}
