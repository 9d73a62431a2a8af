/**
 * Generated from contracts/http/core/payouts.v2.schema.json by `npm run contracts:types`.
 * Do not edit: change the contract (a published one only by adding a new version beside it) and regenerate.
 */

import type { PayoutV2 } from "../../common/settlement-definitions.v2";

/**
 * GET /payouts (core API v3): payout instructions, oldest first, each with the amount first instructed and the amount to pay now.
 */
export interface PayoutListV2 {
  /**
   * The payouts.
   */
  payouts: PayoutV2[];
}
