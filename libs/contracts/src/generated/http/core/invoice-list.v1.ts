/**
 * Generated from contracts/http/core/invoice-list.v1.schema.json by `npm run contracts:types`.
 * Do not edit: change the contract (a published one only by adding a new version beside it) and regenerate.
 */

import type { InvoiceViewV2 } from "./invoice.v2";

/**
 * Body of GET /invoices (core API v8): one page of partner invoices, each as GET /invoices/{invoiceId} answers it, newest submitted first (submittedAt, then invoiceId, both descending: an order new invoices never disturb).
 */
export interface InvoiceListV1 {
  /**
   * The invoices of this page.
   *
   * @maxItems 200
   */
  invoices: InvoiceViewV2[];
  /**
   * Pass as cursor for the next page (with the same filters); null on the last page.
   */
  nextCursor: string | null;
}
