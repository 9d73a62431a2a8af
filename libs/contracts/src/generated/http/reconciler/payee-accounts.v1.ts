/**
 * Generated from contracts/http/reconciler/payee-accounts.v1.schema.json by `npm run contracts:types`.
 * Do not edit: change the contract (a published one only by adding a new version beside it) and regenerate.
 */

import type { PayeeAccountV1 } from "./payee-account.v1";

/**
 * Answer of GET /payee-accounts (reconciler API v1): one page of the payees' bank accounts, by payee kind then payee id.
 */
export interface PayeeAccountsV1 {
  /**
   * The accounts of this page.
   */
  accounts: PayeeAccountV1[];
  /**
   * The cursor of the next page, or null on the last one.
   */
  nextCursor: string | null;
}
