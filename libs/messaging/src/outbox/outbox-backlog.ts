import { Logger } from '@nestjs/common';
import { DataSource } from 'typeorm';

export interface OutboxBacklogState {
  /** Unpublished rows of this app, counted up to COUNT_CAP (a larger backlog reads as the cap). */
  pending: number;
  /** Age of the oldest unpublished row in milliseconds; 0 when none. */
  oldestAgeMs: number;
  /** True while the oldest row is older than the threshold: the relay is not keeping up or cannot publish. */
  lagging: boolean;
  checkedAt: Date;
}

/** Counting stops here: the answer must stay cheap while Kafka is away and the backlog grows. */
export const COUNT_CAP = 100_000;

/**
 * Reads this app's outbox backlog on a timer and says in the hub's own log when it starts to lag and when it has
 * caught up. The partial index outbox_unpublished_idx serves both queries.
 */
export class OutboxBacklog {
  private readonly logger = new Logger('OutboxBacklog');
  private current: OutboxBacklogState = { pending: 0, oldestAgeMs: 0, lagging: false, checkedAt: new Date(0) };
  private timer?: NodeJS.Timeout;
  private checking?: Promise<void>;
  private stopped = false;

  constructor(
    private readonly dataSource: DataSource,
    private readonly options: { sourceApp: string; laggingAfterMs: number; intervalMs?: number },
  ) {}

  get state(): OutboxBacklogState {
    return { ...this.current };
  }

  start(): void {
    this.schedule();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.timer);
    await this.checking;
  }

  /** Reads the backlog now (the readiness probe calls this, so its answer is never stale). */
  async check(): Promise<OutboxBacklogState> {
    const [row] = await this.dataSource.query(
      `SELECT (SELECT count(*) FROM (SELECT 1 FROM outbox_messages WHERE source_app = $1 AND published_at IS NULL LIMIT ${COUNT_CAP}) capped)::int AS pending,
              (SELECT (extract(epoch FROM clock_timestamp() - created_at) * 1000)::bigint FROM outbox_messages
                WHERE source_app = $1 AND published_at IS NULL ORDER BY id LIMIT 1) AS oldest_age_ms`,
      [this.options.sourceApp],
    );
    const oldestAgeMs = Math.max(0, Number(row.oldest_age_ms ?? 0));
    const lagging = oldestAgeMs > this.options.laggingAfterMs;
    this.tellChange(lagging, Number(row.pending), oldestAgeMs);
    this.current = { pending: Number(row.pending), oldestAgeMs, lagging, checkedAt: new Date() };
    return this.state;
  }

  private tellChange(lagging: boolean, pending: number, oldestAgeMs: number): void {
    if (lagging === this.current.lagging) return;
    if (lagging) {
      this.logger.warn(`${this.options.sourceApp}: outbox lagging — ${pending} unpublished, the oldest ${(oldestAgeMs / 1000).toFixed(1)} s old`);
    } else {
      this.logger.warn(`${this.options.sourceApp}: outbox caught up (${pending} unpublished)`);
    }
  }

  private schedule(): void {
    if (this.stopped) return;
    this.timer = setTimeout(() => {
      this.checking = this.check()
        .then(() => undefined)
        // The database being away is the database check's news; the backlog is simply unknown meanwhile.
        .catch(() => undefined)
        .finally(() => this.schedule());
    }, this.options.intervalMs ?? 5_000);
    this.timer.unref();
  }
}
