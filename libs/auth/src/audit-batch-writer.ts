import { Injectable, Logger, OnApplicationShutdown } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { AuditLogPageV1 } from '@hub/contracts';
import { isDatabaseUnavailable } from '@hub/persistence';

/**
 * One row of `audit_log`, as the trail took it down when the request was answered: an entry of GET /audit-log but for
 * what the table gives it (its position, and when: the INSERT's own time).
 */
export type AuditRow = Omit<AuditLogPageV1['entries'][number], 'entryId' | 'occurredAt'>;

const COLUMNS = ['app', 'actor', 'actor_kind', 'actor_name', 'roles', 'action', 'target', 'outcome_status', 'outcome_code', 'source_ip', 'user_agent', 'correlation_id'];
const valuesOf = (r: AuditRow): unknown[] => [r.app, r.actor, r.actorKind, r.actorName, r.roles, r.action, r.target, r.outcomeStatus, r.outcomeCode, r.sourceIp, r.userAgent, r.correlationId];

/**
 * Rows in one INSERT at most: 500 × 12 parameters is 6,000, far below PostgreSQL's 65,535 per statement, and keeps one
 * statement (a few hundred kB at most, with 300-character user agents and 500-character targets) quick to send and parse.
 */
export const AUDIT_BATCH_MAX_ROWS = 500;

/**
 * Waits before writing a batch again while the database is out of reach: 0.2, 0.4, 0.8 … s, capped at 5 s. The answers
 * have gone out by then; only this process holds the rows.
 */
const RETRY_DELAYS_MS = [200, 400, 800, 1_600, 3_200, 5_000];
/**
 * …for about half a minute from when a batch's oldest row was queued. Counted from the row, not from the batch's first
 * attempt: batches queued behind one retrying an outage would otherwise each wait their own half minute, and the queue
 * (and a stop) would grow without bound while the database stays away.
 */
const GIVE_UP_AFTER_MS = 26_000;

interface Queued {
  row: AuditRow;
  queuedAt: number;
}

/**
 * Writes the audit trail by group commit. One autocommit INSERT per request was one more commit (one WAL flush) per
 * request — hundreds a second when a partner's adapter takes its callbacks. Here a row is queued, and a flush starts at
 * once if none is running, so a lone request's row is still written within milliseconds; rows answered while a flush
 * runs wait for it and go together in the next one: one multi-row INSERT, one commit. No timer: the batch is whatever
 * came in during the statement before it.
 *
 * On a graceful stop Nest closes the HTTP server (every answered request has queued its row by then) and then calls
 * onApplicationShutdown from the root module down, global modules last: this writer's flush ends before
 * TypeOrmCoreModule (global) destroys the DataSource.
 */
@Injectable()
export class AuditBatchWriter implements OnApplicationShutdown {
  private readonly logger = new Logger('AuditTrail');
  private readonly queue: Queued[] = [];
  /** The flush running, if any; it takes every row queued until the queue is empty. */
  private flushing: Promise<void> | undefined;

  constructor(private readonly dataSource: DataSource) {}

  add(row: AuditRow): void {
    this.queue.push({ row, queuedAt: Date.now() });
    this.flushing ??= this.flush();
  }

  async onApplicationShutdown(): Promise<void> {
    await this.flushing;
  }

  private async flush(): Promise<void> {
    try {
      while (this.queue.length > 0) await this.writeBatch(this.queue.splice(0, AUDIT_BATCH_MAX_ROWS));
    } finally {
      // Cleared in the same turn as the empty queue was seen: a row queued after this starts a flush of its own.
      this.flushing = undefined;
    }
  }

  /** Never throws: the requests were answered long ago, and a failure to write is not theirs. */
  private async writeBatch(rows: Queued[]): Promise<void> {
    let error = await this.insertRetrying(rows);
    if (error === undefined) return;
    let lost = rows;
    if (rows.length > 1 && !isDatabaseUnavailable(error)) {
      // A value the table refuses would take every other row of its batch with it: each row alone, as before batching.
      lost = [];
      for (const [i, row] of rows.entries()) {
        const rowError = await this.insertRetrying([row]);
        if (rowError === undefined) continue;
        error = rowError;
        // The database went away meanwhile and outlasted this row's half minute: the rest, queued about when it was, with it.
        if (isDatabaseUnavailable(rowError)) {
          lost.push(...rows.slice(i));
          break;
        }
        lost.push(row);
      }
      if (lost.length === 0) return;
    }
    this.logger.error(`could not write the audit log, ${lost.length} row(s) lost (${summary(lost)}): ${(error as Error).message}`);
  }

  /** Undefined once written; else the error that gave up: one that is not an outage, or the outage that outlasted the rows. */
  private async insertRetrying(rows: Queued[]): Promise<unknown> {
    // A connection lost under the insert (a failover, pg_terminate_backend) lost the rows of requests already answered —
    // accepted ones too (test/faults/database-connections-killed.spec.ts): written again while the database is away.
    const giveUpAt = rows[0].queuedAt + GIVE_UP_AFTER_MS; // rows in the order queued: the first is the oldest
    for (let attempt = 0; ; attempt += 1) {
      try {
        await this.insert(rows.map((q) => q.row));
        return undefined;
      } catch (error) {
        const delayMs = RETRY_DELAYS_MS[Math.min(attempt, RETRY_DELAYS_MS.length - 1)];
        if (!isDatabaseUnavailable(error) || Date.now() + delayMs > giveUpAt) return error;
        await new Promise((resolve) => setTimeout(resolve, delayMs));
      }
    }
  }

  private async insert(rows: AuditRow[]): Promise<void> {
    const tuples = rows.map((_, r) => `(${COLUMNS.map((_, c) => `$${r * COLUMNS.length + c + 1}`).join(', ')})`);
    await this.dataSource.query(`INSERT INTO audit_log (${COLUMNS.join(', ')}) VALUES ${tuples.join(', ')}`, rows.flatMap(valuesOf));
  }
}

/** Who did what, counted: "staff:tanaka.claims POST /policies ×2, partner:lac POST /invoices ×1". */
function summary(rows: Queued[]): string {
  const counts = new Map<string, number>();
  for (const { actor, action } of rows.map((q) => q.row)) counts.set(`${actor} ${action}`, (counts.get(`${actor} ${action}`) ?? 0) + 1);
  return [...counts].map(([what, n]) => `${what} ×${n}`).join(', ');
}
