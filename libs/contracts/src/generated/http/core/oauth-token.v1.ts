/**
 * Generated from contracts/http/core/oauth-token.v1.schema.json by `npm run contracts:types`.
 * Do not edit: change the contract (a published one only by adding a new version beside it) and regenerate.
 */

/**
 * Answer 200 of POST /oauth/token (core API v6, RFC 6749 §5.1), sent with Cache-Control: no-store: an RFC 9068 JWT access token (typ at+jwt) the hub signs for the partner the client belongs to, verifiable with the keys at /.well-known/jwks.json. It names the partner (claim hub_partner_id); nothing a partner sends later can change that.
 */
export interface OAuthTokenV1 {
  /**
   * The JWT, sent back as Authorization: Bearer <access_token>.
   */
  access_token: string;
  /**
   * Always Bearer (RFC 6750).
   */
  token_type: "Bearer";
  /**
   * Seconds until the token expires: 300 (5 minutes). Ask for a new one before then; there is no refresh token.
   */
  expires_in: number;
}
