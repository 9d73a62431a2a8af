import type { Type } from '@nestjs/common';
import { JOB_NAMES, type ReconciliationJob } from './reconciliation-job';
import { LedgerJob } from './ledger/ledger.job';
import { LedgerProofRepository } from './ledger/ledger-proof.repository';

/** Every job this app runs, one class each; checked at boot against JOB_NAMES so none is missing or twice. */
export const JOB_CLASSES: Type<ReconciliationJob>[] = [LedgerJob];

/** The repositories the jobs read and write through (the jobs hold no SQL). */
export const JOB_REPOSITORIES: Type<unknown>[] = [LedgerProofRepository];

export function assertJobCatalog(jobs: readonly ReconciliationJob[]): void {
  const names = jobs.map((job) => job.name);
  const twice = names.filter((name, i) => names.indexOf(name) !== i);
  if (twice.length > 0) throw new Error(`reconciliation jobs declared twice: ${twice.join(', ')}`);
  const missing = JOB_NAMES.filter((name) => !names.includes(name));
  if (missing.length > 0 && process.env.RECONCILER_ALLOW_MISSING_JOBS !== 'true') throw new Error(`reconciliation jobs with no implementation: ${missing.join(', ')}`);
}
