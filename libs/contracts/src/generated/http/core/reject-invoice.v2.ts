/**
 * Generated from contracts/http/core/reject-invoice.v2.schema.json by `npm run contracts:types`.
 * Do not edit: change the contract (a published one only by adding a new version beside it) and regenerate.
 */

/**
 * Body of POST /invoices/{invoiceId}/reject (core API v6): an approver rejects an invoice awaiting approval. Nothing is settled; the reason is shown as the invoice's stateReason. Breaking change from v1: rejectedBy is gone; the actor is the signed-in person of the access token.
 */
export interface RejectInvoiceRequestV2 {
  /**
   * Why, for the partner and the record.
   */
  reason: string;
}
