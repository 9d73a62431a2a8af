/**
 * Generated from contracts/http/core/payouts.v3.schema.json by `npm run contracts:types`.
 * Do not edit: change the contract (a published one only by adding a new version beside it) and regenerate.
 */

import type { PayoutV2 } from "../../common/settlement-definitions.v2";

/**
 * GET /payouts (core API v8): one page of payout instructions, newest instructed first (instructedAt, then payoutId, both descending: an order new payouts never disturb), each with the amount first instructed and the amount to pay now. v2 plus nextCursor: v2 was every payout at once, oldest first, and stopped without a word at 500; follow nextCursor until it is null to read them all.
 */
export interface PayoutListV3 {
  /**
   * The payouts of this page.
   *
   * @maxItems 200
   */
  payouts: PayoutV2[];
  /**
   * Pass as cursor for the next page (with the same filters); null on the last page.
   */
  nextCursor: string | null;
}
