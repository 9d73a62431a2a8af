/**
 * Generated from contracts/http/core/oauth-token-request.v1.schema.json by `npm run contracts:types`.
 * Do not edit: change the contract (a published one only by adding a new version beside it) and regenerate.
 */

/**
 * Form of POST /oauth/token (core API v6), application/x-www-form-urlencoded: a partner system asks for an access token with the OAuth 2.0 client credentials grant (RFC 6749 §4.4.2). The client authenticates either with HTTP Basic (client_secret_basic: Authorization: Basic base64(urlencode(client_id):urlencode(client_secret)), RFC 6749 §2.3.1) or with client_id and client_secret in this form (client_secret_post), never both. Every value is a string, as a form sends it; any other parameter is ignored (RFC 6749 §3.2).
 */
export interface OAuthTokenRequestV1 {
  /**
   * Must be client_credentials; any other value is answered 400 unsupported_grant_type (not validation_failed).
   */
  grant_type: string;
  /**
   * The partner client's id (client_secret_post); together with client_secret, and not with an Authorization header.
   */
  client_id?: string;
  /**
   * The partner client's secret (client_secret_post); together with client_id.
   */
  client_secret?: string;
  /**
   * Optional; the only scope is partner, which is also what is granted when it is absent. Any other is answered 400 invalid_scope.
   */
  scope?: string;
  [k: string]: unknown;
}
