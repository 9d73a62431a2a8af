/**
 * Generated from contracts/http/core/liability-payment.v1.schema.json by `npm run contracts:types`.
 * Do not edit: change the contract (a published one only by adding a new version beside it) and regenerate.
 */

/**
 * Body of the 201 answer to POST /liability-payments: the recorded payment and the liability limit left in the policy period after it.
 */
export interface LiabilityPaymentViewV1 {
  /**
   * Core's id of the recorded liability payment.
   */
  paymentId: string;
  /**
   * The liability limit left for the policy period after this payment, integer yen (expense settled later uses it too).
   */
  liabilityRemainingYen: number;
}
