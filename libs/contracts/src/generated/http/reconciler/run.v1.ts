/**
 * Generated from contracts/http/reconciler/run.v1.schema.json by `npm run contracts:types`.
 * Do not edit: change the contract (a published one only by adding a new version beside it) and regenerate.
 */

/**
 * Answer of GET /runs/{runId} and an item of GET /runs (reconciler API v1): one run of a reconciliation job for a business day, however it was started (its schedule, a catch-up at start, POST /runs, or npm run reconcile). One run of a job for a day runs at a time across every instance of the reconciler: another that meets it is recorded as skipped. What it found is applied in one transaction with its outcome, so a run that failed or was killed opened and closed nothing.
 */
export interface RunV1 {
  /**
   * The run's id (a finding's firstRunId or lastRunId).
   */
  runId: string;
  /**
   * The job run.
   */
  job: "orders-invoices" | "ledger" | "payouts-bank" | "bank-export" | "messaging-health" | "retention" | "month-end";
  /**
   * The business day (Japan) reconciled, YYYY-MM-DD.
   */
  businessDate: string;
  /**
   * What started it: schedule (its cron, Japan time), catch_up (at start, its last due run had not succeeded), manual (POST /runs), cli (npm run reconcile).
   */
  trigger: "schedule" | "catch_up" | "manual" | "cli";
  /**
   * running; succeeded; failed (error says why; the queue retries a scheduled or requested run); skipped (another instance was running the same job for the same day).
   */
  state: "running" | "succeeded" | "failed" | "skipped";
  /**
   * When it started.
   */
  startedAt: string;
  /**
   * When it finished; null while running.
   */
  finishedAt: string | null;
  /**
   * The breaks it found (open or kept resolved by a person).
   */
  found: number;
  /**
   * Findings it opened: found for the first time, or again after they had stopped holding.
   */
  opened: number;
  /**
   * Open findings of its job it no longer found, closed as no_longer_holds.
   */
  closed: number;
  /**
   * The job's own figures, by job (rows removed, transfers matched, the transfer file made, statements closed); {reason} for a skipped run; {} while running or when it failed.
   */
  summary: {
    [k: string]: unknown;
  };
  /**
   * Why it failed (the first 2,000 characters of the error; interrupted: … when its process stopped before it finished); null unless failed.
   */
  error: string | null;
}
