/**
 * Generated from contracts/http/core/confirm-payment.v2.schema.json by `npm run contracts:types`.
 * Do not edit: change the contract (a published one only by adding a new version beside it) and regenerate.
 */

/**
 * Body of POST /invoices/{invoiceId}/confirm-payment and POST /payouts/{payoutId}/confirm-payment (core API v6): finance confirms the insurer paid the payout. The invoice becomes paid once no payout of it waits. Breaking change from v1: confirmedBy is gone; the actor is the signed-in person of the access token.
 */
export interface ConfirmPaymentRequestV2 {
  /**
   * The insurer's reference of the payment (e.g. its transfer id).
   */
  paymentReference: string;
  /**
   * When the insurer paid.
   */
  paidAt: string;
  /**
   * The amount paid, integer yen: the payout's amountYen.
   */
  amountYen: number;
}
