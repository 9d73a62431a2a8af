/**
 * Generated from contracts/http/reconciler/run-requested.v1.schema.json by `npm run contracts:types`.
 * Do not edit: change the contract (a published one only by adding a new version beside it) and regenerate.
 */

/**
 * Answer of POST /runs (reconciler API v1), 202: the run asked for is queued for one instance of the reconciler to take; GET /runs?job=…&businessDate=… shows it once it starts.
 */
export interface RunRequestedV1 {
  /**
   * The job asked for.
   */
  job: "orders-invoices" | "ledger" | "payouts-bank" | "bank-export" | "messaging-health" | "retention" | "month-end";
  /**
   * The business day (Japan) asked for, YYYY-MM-DD.
   */
  date: string;
  /**
   * true: queued now; false: a run of this job for this day was already waiting, and it will run once.
   */
  queued: boolean;
}
