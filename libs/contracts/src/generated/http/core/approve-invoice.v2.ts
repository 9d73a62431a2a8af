/**
 * Generated from contracts/http/core/approve-invoice.v2.schema.json by `npm run contracts:types`.
 * Do not edit: change the contract (a published one only by adding a new version beside it) and regenerate.
 */

/**
 * Body of POST /invoices/{invoiceId}/approve (core API v6): an approver approves an invoice awaiting approval (above the approval threshold, or above its order's estimate by more than the tolerance), up to the approval_limit_yen of their access token; it then settles. The body may be empty ({}). Breaking change from v1: approvedBy is gone; the actor is the signed-in person of the access token.
 */
export interface ApproveInvoiceRequestV2 {
  /**
   * Remark, e.g. why an amount above the estimate is accepted.
   */
  note?: string;
}
