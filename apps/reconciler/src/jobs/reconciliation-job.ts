import type { EntityManager } from 'typeorm';

/** What a job found wrong: one row of `reconciliation_findings` once the run is applied. */
export interface FoundBreak {
  kind: string;
  /** `incident`: the ledger or money is wrong and operators must act; `warning`: something is late or unmatched. */
  severity: 'incident' | 'warning';
  subjectType: string;
  /** Unique per kind within the job: the same break found again is the same finding. */
  subjectId: string;
  caseId?: string | null;
  partnerId?: string | null;
  amountYen?: number | null;
  /** One line a person reads in the console's list. */
  summary: string;
  detail?: Record<string, unknown>;
}

export interface JobRunContext {
  runId: string;
  /** The day reconciled, YYYY-MM-DD in Japan time. */
  businessDate: string;
  /** The end of that day (midnight JST after it): what was late by then is late. */
  asOf: Date;
  /** Who runs it, for what the job writes (timeline entries, exports): `reconciler`. */
  actor: string;
  db: EntityManager;
}

export interface JobOutcome {
  found: FoundBreak[];
  /** Figures for the run's record (rows removed, transfers matched, statements written). */
  summary: Record<string, unknown>;
}

/** One reconciliation job. Running it twice for a day must do no harm: its effects are idempotent. */
export interface ReconciliationJob {
  readonly name: JobName;
  run(context: JobRunContext): Promise<JobOutcome>;
}

export const JOB_NAMES = ['orders-invoices', 'ledger', 'payouts-bank', 'bank-export', 'messaging-health', 'retention', 'month-end'] as const;
export type JobName = (typeof JOB_NAMES)[number];

export const isJobName = (name: string): name is JobName => (JOB_NAMES as readonly string[]).includes(name);
