/**
 * Generated from contracts/http/core/oauth-error.v1.schema.json by `npm run contracts:types`.
 * Do not edit: change the contract (a published one only by adding a new version beside it) and regenerate.
 */

/**
 * Error answer of POST /oauth/token (core API v6), as RFC 6749 §5.2 shapes it so every OAuth client library reads it, rather than the hub's ErrorResponseV1: 400 invalid_request (not form-encoded, a parameter malformed or repeated, or credentials both in the Authorization header and the form), unsupported_grant_type (grant_type is not client_credentials) or invalid_scope (scope other than partner); 401 invalid_client (no credentials, an unknown client or a wrong secret, without saying which), with WWW-Authenticate: Basic realm="hub". Sent with Cache-Control: no-store.
 */
export interface OAuthErrorV1 {
  /**
   * The RFC 6749 §5.2 error code.
   */
  error: "invalid_request" | "invalid_client" | "unsupported_grant_type" | "invalid_scope";
  /**
   * What went wrong, for the developer of the client.
   */
  error_description: string;
}
