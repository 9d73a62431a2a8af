/**
 * Generated from contracts/http/core/confirm-payment.v1.schema.json by `npm run contracts:types`.
 * Do not edit: change the contract (a published one only by adding a new version beside it) and regenerate.
 */

/**
 * Body of POST /invoices/{invoiceId}/confirm-payment: the insurer confirms it paid the invoice's payout. The invoice becomes paid.
 */
export interface ConfirmPaymentRequestV1 {
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
  /**
   * Who confirmed it (the insurer's staff or system).
   */
  confirmedBy: string;
}
