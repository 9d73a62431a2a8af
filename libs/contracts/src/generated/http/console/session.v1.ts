/**
 * Generated from contracts/http/console/session.v1.schema.json by `npm run contracts:types`.
 * Do not edit: change the contract (a published one only by adding a new version beside it) and regenerate.
 */

/**
 * GET /api/session on the console: who is signed in, their roles, and the CSRF token every change (POST) must carry in X-CSRF-Token.
 */
export interface ConsoleSessionV1 {
  /**
   * The staff member's user name.
   */
  username: string;
  /**
   * Their name as the identity provider gives it.
   */
  name: string;
  /**
   * Their roles, as their access token carries them.
   *
   * @maxItems 6
   */
  roles: ("coordinator" | "claims_handler" | "approver" | "finance" | "operator" | "auditor")[];
  /**
   * Integer yen an approver may approve alone; null for everyone else.
   */
  approvalLimitYen: number | null;
  /**
   * The session's anti-forgery token.
   */
  csrfToken: string;
  /**
   * When the session ends unless the person signs in again.
   */
  expiresAt: string;
}
