/**
 * Generated from contracts/http/reconciler/finding-query.v1.schema.json by `npm run contracts:types`.
 * Do not edit: change the contract (a published one only by adding a new version beside it) and regenerate.
 */

import type { PartnerIdV1 } from "../../common/definitions.v1";

/**
 * The query parameters of GET /findings (reconciler API v1), as the strings they arrive as; every one is optional, and a parameter not listed here is refused rather than ignored.
 */
export interface FindingQueryV1 {
  /**
   * Only findings of this job.
   */
  job?: "orders-invoices" | "ledger" | "payouts-bank" | "bank-export" | "messaging-health" | "retention" | "month-end";
  /**
   * Only findings of this kind.
   */
  kind?: string;
  /**
   * Only open or only resolved findings.
   */
  state?: "open" | "resolved";
  /**
   * Only incidents or only warnings.
   */
  severity?: "incident" | "warning";
  /**
   * Only findings about this case.
   */
  caseId?: string;
  partnerId?: PartnerIdV1;
  /**
   * Page size, a whole number from 1 to 200; 50 when absent.
   */
  limit?: string;
  /**
   * The nextCursor of the previous page.
   */
  cursor?: string;
}
