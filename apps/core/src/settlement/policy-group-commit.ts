import { Injectable, Logger } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { HubMetrics } from '@hub/operations';
import { isDatabaseUnavailable, withSavepoint } from '@hub/persistence';
import { PolicyEntity } from '../policies/policy.entity';
import { LimitsLedger } from './limits-ledger';

/** Work on one policy's ledger, given the caller's share of a transaction that holds the policy's lock. */
export type PolicyWork<T> = (tx: EntityManager, policy: PolicyEntity) => Promise<T>;

interface Waiting {
  work: PolicyWork<unknown>;
  resolve: (value: unknown) => void;
  reject: (error: unknown) => void;
}

/** How many decisions one transaction takes at most: a bound on how long the policy's lock is held at a stretch. */
export const GROUP_COMMIT_MAX_BATCH = 64;
/** PostgreSQL's deadlock_detected: the batch as a whole was chosen as the victim (see `commitBatch`). */
const DEADLOCK_DETECTED = '40P01';
/** in_failed_sql_transaction: a statement after the transaction was aborted. */
const IN_FAILED_TRANSACTION = '25P02';

/**
 * Group commit for one policy's ledger decisions in this process. Decisions on a policy are serialised by its lock
 * whatever we do; taken one transaction each, every decision also waits for the one before it to commit (a WAL flush)
 * while holding a pooled connection. Here the first caller for a policy becomes its leader: it opens one
 * transaction, locks the policy once, and runs every decision that has queued for that policy meanwhile, each behind
 * a savepoint — so each is still its own decision, in arrival order, on the counters the one before it left, and a
 * refusal or an error undoes that decision alone (its rows, its locks and its after-commit callbacks). One commit then
 * makes them all durable together, and only then is each caller answered with its own result or its own error; if the
 * commit fails, every caller of the batch gets that failure and nothing of the batch happened. Callers arriving while
 * a batch runs form the next one, so under no load a decision is a batch of one with no added wait.
 *
 * Other processes (replicas) and other writers of the ledger take the same row lock and simply queue behind a batch:
 * zero overspend rests on that lock, not on this class.
 */
@Injectable()
export class PolicyGroupCommit {
  private readonly logger = new Logger(PolicyGroupCommit.name);
  /** Per policy with a leader running: the callers waiting for its next batch. */
  private readonly waiting = new Map<string, Waiting[]>();

  constructor(
    private readonly dataSource: DataSource,
    private readonly ledger: LimitsLedger,
    private readonly metrics: HubMetrics,
  ) {}

  run<T>(policyId: string, work: PolicyWork<T>): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      const entry: Waiting = { work, resolve: resolve as (value: unknown) => void, reject };
      const queue = this.waiting.get(policyId);
      if (queue) {
        queue.push(entry);
        return;
      }
      this.waiting.set(policyId, [entry]);
      void this.lead(policyId);
    });
  }

  private async lead(policyId: string): Promise<void> {
    const queue = this.waiting.get(policyId) as Waiting[];
    try {
      while (queue.length > 0) await this.commitBatch(policyId, queue.splice(0, GROUP_COMMIT_MAX_BATCH));
    } catch (error) {
      // commitBatch answers its own callers whatever happens; should it throw all the same, nobody still queued is left waiting.
      for (const { reject } of queue.splice(0)) reject(error);
    } finally {
      this.waiting.delete(policyId);
    }
  }

  private async commitBatch(policyId: string, batch: Waiting[]): Promise<void> {
    const outcomes: ({ ok: true; value: unknown } | { ok: false; error: unknown })[] = [];
    this.metrics.ledgerBatchDecisions.observe(batch.length);
    try {
      await this.dataSource.transaction(async (tx) => {
        const policy = await this.ledger.lockPolicy(tx, policyId);
        // A batch of one needs no savepoint: its error rolls the whole transaction back, as before group commit.
        if (batch.length === 1) {
          outcomes.push({ ok: true, value: await batch[0].work(tx, policy) });
          return;
        }
        for (const { work } of batch) {
          try {
            outcomes.push({ ok: true, value: await withSavepoint(tx, 'group_commit_decision', () => work(tx, policy)) });
          } catch (error) {
            // A failed ROLLBACK TO SAVEPOINT leaves the transaction unusable: withSavepoint throws that instead, and the
            // whole batch fails below. Otherwise this decision alone is undone and the batch goes on.
            if (isUnusable(error)) throw error;
            outcomes.push({ ok: false, error });
          }
        }
      });
    } catch (error) {
      if (batch.length > 1 && (error as { code?: string }).code === DEADLOCK_DETECTED) {
        // A batch holds the locks of all its decisions (invoice-number locks span policies), so two batches can cross
        // where two single decisions could not. Take these one at a time instead: each alone is as it was before.
        this.logger.warn(`a batch of ${batch.length} decisions on policy ${policyId} was chosen as a deadlock victim; deciding them one at a time`);
        for (const single of batch) await this.commitBatch(policyId, [single]);
        return;
      }
      // Nothing of the batch was committed: every caller learns it from the failure itself.
      for (const { reject } of batch) reject(error);
      return;
    }
    batch.forEach(({ resolve, reject }, i) => {
      const outcome = outcomes[i];
      if (outcome.ok) resolve(outcome.value);
      else reject(outcome.error);
    });
  }
}

/**
 * The batch's transaction cannot go on: its connection is gone (the savepoint could not be rolled back to), or the
 * transaction was aborted as a whole — a deadlock's victim, retried one decision at a time by `commitBatch`.
 */
function isUnusable(error: unknown): boolean {
  const code = (error as { code?: string }).code;
  return code === DEADLOCK_DETECTED || code === IN_FAILED_TRANSACTION || isDatabaseUnavailable(error);
}
