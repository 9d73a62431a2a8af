/**
 * Generated from contracts/http/core/reverse-liability-payment.v1.schema.json by `npm run contracts:types`.
 * Do not edit: change the contract (a published one only by adding a new version beside it) and regenerate.
 */

/**
 * Body of POST /liability-payments/{paymentId}/reverse: the insurer reverses a recorded liability payment (entered in error, or refunded). Its yen go back to the liability limit, and expense lines that limit cut are re-decided.
 */
export interface ReverseLiabilityPaymentRequestV1 {
  /**
   * Who reverses it, at the insurer.
   */
  reversedBy: string;
  /**
   * Why.
   */
  reason: string;
}
