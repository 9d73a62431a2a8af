/**
 * Generated from contracts/http/reconciler/payee-account-query.v1.schema.json by `npm run contracts:types`.
 * Do not edit: change the contract (a published one only by adding a new version beside it) and regenerate.
 */

/**
 * The query parameters of GET /payee-accounts (reconciler API v1), as the strings they arrive as; every one is optional, and a parameter not listed here is refused rather than ignored.
 */
export interface PayeeAccountQueryV1 {
  /**
   * Only partners' or only insureds' accounts.
   */
  payeeKind?: "partner" | "insured";
  /**
   * Only the account of this payee (a partner id or a policy number).
   */
  payeeId?: string;
  /**
   * Page size, a whole number from 1 to 200; 50 when absent.
   */
  limit?: string;
  /**
   * The nextCursor of the previous page.
   */
  cursor?: string;
}
