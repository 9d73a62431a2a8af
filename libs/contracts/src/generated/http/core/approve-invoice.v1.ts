/**
 * Generated from contracts/http/core/approve-invoice.v1.schema.json by `npm run contracts:types`.
 * Do not edit: change the contract (a published one only by adding a new version beside it) and regenerate.
 */

/**
 * Body of POST /invoices/{invoiceId}/approve: a coordinator approves an invoice awaiting approval (above the approval threshold, or above its order's estimate by more than the tolerance), which then settles.
 */
export interface ApproveInvoiceRequestV1 {
  /**
   * Who approved it (the coordinator).
   */
  approvedBy: string;
  /**
   * Remark, e.g. why an amount above the estimate is accepted.
   */
  note?: string;
}
