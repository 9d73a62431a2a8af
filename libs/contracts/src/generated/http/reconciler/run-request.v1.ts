/**
 * Generated from contracts/http/reconciler/run-request.v1.schema.json by `npm run contracts:types`.
 * Do not edit: change the contract (a published one only by adding a new version beside it) and regenerate.
 */

/**
 * Body of POST /runs (reconciler API v1): an operator asks for a job to run for a day, now. The run is queued and taken by one instance; asking again while it waits is the same request.
 */
export interface RunRequestV1 {
  /**
   * The job to run.
   */
  job: "orders-invoices" | "ledger" | "payouts-bank" | "bank-export" | "messaging-health" | "retention" | "month-end";
  /**
   * The business day (Japan) to reconcile, YYYY-MM-DD.
   */
  date: string;
}
