/**
 * Generated from contracts/http/core/reverse-liability-payment.v2.schema.json by `npm run contracts:types`.
 * Do not edit: change the contract (a published one only by adding a new version beside it) and regenerate.
 */

/**
 * Body of POST /liability-payments/{paymentId}/reverse (core API v6): a claims handler reverses a recorded liability payment (entered in error, or refunded). Its yen go back to the liability limit, and expense lines that limit cut are re-decided. Breaking change from v1: reversedBy is gone; the actor is the signed-in person of the access token.
 */
export interface ReverseLiabilityPaymentRequestV2 {
  /**
   * Why.
   */
  reason: string;
}
