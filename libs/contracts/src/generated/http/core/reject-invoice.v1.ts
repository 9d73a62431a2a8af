/**
 * Generated from contracts/http/core/reject-invoice.v1.schema.json by `npm run contracts:types`.
 * Do not edit: change the contract (a published one only by adding a new version beside it) and regenerate.
 */

/**
 * Body of POST /invoices/{invoiceId}/reject: a coordinator rejects an invoice awaiting approval. Nothing is settled; the reason is shown as the invoice's stateReason.
 */
export interface RejectInvoiceRequestV1 {
  /**
   * Who rejected it (the coordinator).
   */
  rejectedBy: string;
  /**
   * Why, for the partner and the record.
   */
  reason: string;
}
