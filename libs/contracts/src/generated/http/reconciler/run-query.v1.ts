/**
 * Generated from contracts/http/reconciler/run-query.v1.schema.json by `npm run contracts:types`.
 * Do not edit: change the contract (a published one only by adding a new version beside it) and regenerate.
 */

/**
 * The query parameters of GET /runs (reconciler API v1), as the strings they arrive as; every one is optional, and a parameter not listed here is refused rather than ignored.
 */
export interface RunQueryV1 {
  /**
   * Only runs of this job.
   */
  job?: "orders-invoices" | "ledger" | "payouts-bank" | "bank-export" | "messaging-health" | "retention" | "month-end";
  /**
   * Only runs for this day (YYYY-MM-DD, Japan).
   */
  businessDate?: string;
  /**
   * Only runs in this state.
   */
  state?: "running" | "succeeded" | "failed" | "skipped";
  /**
   * Page size, a whole number from 1 to 200; 50 when absent.
   */
  limit?: string;
  /**
   * The nextCursor of the previous page.
   */
  cursor?: string;
}
