/**
 * Generated from contracts/http/core/invoice-query.v1.schema.json by `npm run contracts:types`.
 * Do not edit: change the contract (a published one only by adding a new version beside it) and regenerate.
 */

import type { PartnerIdV1, PolicyNumberV1 } from "../../common/definitions.v1";
import type { InvoiceStateV1 } from "../../common/settlement-definitions.v1";

/**
 * Query of GET /invoices (core API v8): filters and a page of partner invoices, newest submitted first (state=awaiting_approval is the approvers' queue). Every value is a string, as a query string sends it; a parameter not listed here, or given twice, is refused rather than ignored. A partner sees only its own invoices whatever partnerId it asks for.
 */
export interface InvoiceQueryV1 {
  state?: InvoiceStateV1;
  partnerId?: PartnerIdV1;
  /**
   * Only the invoices of this case.
   */
  caseId?: string;
  policyNumber?: PolicyNumberV1;
  /**
   * Only invoices submitted at or after this instant.
   */
  from?: string;
  /**
   * Only invoices submitted before this instant.
   */
  to?: string;
  /**
   * Page size, a whole number from 1 to 200; 50 when absent.
   */
  limit?: string;
  /**
   * The nextCursor of the previous page, with the same filters.
   */
  cursor?: string;
}
