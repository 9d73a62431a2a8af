import { Injectable } from '@nestjs/common';
import { ReconcilerConfig } from '../../reconciler.config';
import type { JobOutcome, JobRunContext, ReconciliationJob } from '../reconciliation-job';
import { type RetainedTable, RetentionRepository } from './retention.repository';

export interface TableRetention {
  retentionDays: number;
  cutoff: string;
  removed: number;
  batches: number;
}

/**
 * Removes what has outlived its use: processed-event marks, inbound webhook ids and delivery attempts past their
 * retention, each table a batch (RETENTION_BATCH_SIZE rows) at a time, every batch its own short transaction, so it
 * never holds a long lock or a large transaction against the apps writing these tables; a table is done when a batch
 * removes fewer than a batch's worth. The cut-offs are the database's now() less the retention, not the run's `asOf`
 * (the end of the business day, ahead of now): retention is about age, and a rerun for a past day removes nothing more
 * than a run today would. It finds nothing (no findings); its summary says what went.
 */
@Injectable()
export class RetentionJob implements ReconciliationJob {
  readonly name = 'retention' as const;

  constructor(
    private readonly retention: RetentionRepository,
    private readonly config: ReconcilerConfig,
  ) {}

  async run({ db }: JobRunContext): Promise<JobOutcome> {
    const batchSize = this.config.RETENTION_BATCH_SIZE;
    const tables: [string, RetainedTable, number][] = [
      ['processedEvents', 'processed_events', this.config.PROCESSED_EVENTS_RETENTION_DAYS],
      ['inboundWebhooks', 'inbound_webhooks', this.config.INBOUND_WEBHOOKS_RETENTION_DAYS],
      ['deliveryAttempts', 'delivery_attempts', this.config.DELIVERY_ATTEMPTS_RETENTION_DAYS],
    ];
    const summary: Record<string, unknown> = { batchSize };
    for (const [key, table, retentionDays] of tables) {
      const cutoff = await this.retention.cutoff(db, retentionDays);
      const outcome: TableRetention = { retentionDays, cutoff: cutoff.toISOString(), removed: 0, batches: 0 };
      for (;;) {
        const removed = await db.transaction((tx) => this.retention.deleteOldest(tx, table, cutoff, batchSize));
        outcome.batches += 1;
        outcome.removed += removed;
        if (removed < batchSize) break;
      }
      summary[key] = outcome;
    }
    return { found: [], summary };
  }
}
