import { Logger } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { crashIfFaultPoint, FAULT_POINTS } from '../fault-points';
import { backoffDelayMs, RELAY_FAILURE_BACKOFF } from '../retry-policy';
import { WakeablePause } from '../wakeable-pause';
import { HUB_ENV_HEADER } from '../envelope';
import { endSpans, startPublishSpan } from '../message-tracing';
import { isProducerStateLost, RenewableProducer } from './renewable-producer';

export interface OutboxRelayOptions {
  sourceApp: string;
  /** Stamped on every message as the `hub-env` header (see KafkaInboxServer). */
  hubEnv: string;
  batchSize?: number;
  /**
   * How long an idle relay waits before looking again. Commits wake it at once (see `wake`), so this
   * is only the safety net for a missed notification.
   */
  idlePollMs?: number;
}

interface OutboxRow {
  id: string;
  topic: string;
  message_key: string | null;
  event_id: string;
  headers: Record<string, string>;
  value: unknown;
}

/**
 * Publishes committed outbox rows to Kafka with the idempotent producer, then marks them published.
 *
 * One relay per source app publishes at a time (a transaction-scoped advisory lock): that keeps each
 * case's events in commit order even when several instances run, and a relay that dies releases the
 * lock with its connection. Rows are also claimed `FOR UPDATE SKIP LOCKED`, so no two relays can ever
 * hold the same row. A crash after the send and before the mark re-sends the batch on restart
 * (at-least-once); consumers drop the duplicate by event id, so the effect happens once.
 */
export class OutboxRelay {
  private readonly logger = new Logger(OutboxRelay.name);
  private running = false;
  private loop?: Promise<void>;
  private readonly idle = new WakeablePause();

  constructor(
    private readonly dataSource: DataSource,
    private readonly producer: RenewableProducer,
    private readonly options: OutboxRelayOptions,
  ) {}

  start(): void {
    if (this.running) return;
    this.running = true;
    this.loop = this.run();
  }

  async stop(): Promise<void> {
    this.running = false;
    this.idle.wake();
    await this.loop;
  }

  /** New rows were committed: look now rather than at the next poll. */
  wake(): void {
    this.idle.wake();
  }

  /** Publishes one batch; returns how many rows it published (the loop calls it; tests call it directly). */
  async publishBatch(): Promise<number> {
    return this.dataSource.transaction(async (tx) => {
      const [{ locked }] = await tx.query('SELECT pg_try_advisory_xact_lock(hashtext($1)) AS locked', [
        `outbox-relay:${this.options.sourceApp}`,
      ]);
      if (!locked) return 0;
      const rows = withinSendLimit(await this.claim(tx));
      if (rows.length === 0) return 0;
      crashIfFaultPoint(FAULT_POINTS.relayAfterCommitBeforeSend);
      // A PRODUCER span per message, in the trace of the work that wrote it (libs/messaging/src/message-tracing.ts).
      const published = rows.map((row) => ({ row, ...startPublishSpan({ topic: row.topic, eventId: row.event_id, headers: row.headers }) }));
      const spans = published.map((p) => p.span);
      try {
        await this.producer.current.sendBatch({ topicMessages: groupByTopic(published, this.options.hubEnv), acks: -1 });
      } catch (error) {
        endSpans(spans, error);
        throw error;
      }
      endSpans(spans);
      crashIfFaultPoint(FAULT_POINTS.relayAfterSendBeforeMark);
      await tx.query('UPDATE outbox_messages SET published_at = now() WHERE id = ANY($1::bigint[])', [
        rows.map((r) => r.id),
      ]);
      return rows.length;
    });
  }

  /** The broker lost track of the producer's id or sequence: a new producer, with a new id, sends the batch again. */
  private async renewProducer(): Promise<void> {
    try {
      await this.producer.renew();
      this.logger.warn(`outbox relay (${this.options.sourceApp}): the broker lost track of the producer's sequence; publishing again under a new producer id`);
    } catch (error) {
      // The broker is away again: the next failure renews again.
      this.logger.warn(`outbox relay (${this.options.sourceApp}): a new producer could not connect yet: ${(error as Error).message}`);
    }
  }

  private claim(tx: EntityManager): Promise<OutboxRow[]> {
    return tx.query(
      `SELECT id, topic, message_key, event_id, headers, value FROM outbox_messages
        WHERE source_app = $1 AND published_at IS NULL
        ORDER BY id LIMIT $2 FOR UPDATE SKIP LOCKED`,
      [this.options.sourceApp, this.options.batchSize ?? 200],
    );
  }

  private async run(): Promise<void> {
    let failures = 0;
    while (this.running) {
      try {
        const published = await this.publishBatch();
        failures = 0;
        if (published > 0) continue;
      } catch (error) {
        failures += 1;
        // Kafka or PostgreSQL is away: nothing is lost (rows stay unpublished), so back off and retry.
        this.logger.warn(`outbox relay (${this.options.sourceApp}) failed ${failures}x: ${(error as Error).message}`);
        if (isProducerStateLost(error)) await this.renewProducer();
      }
      await this.idle.pause(failures > 0 ? backoffDelayMs(RELAY_FAILURE_BACKOFF, failures) : (this.options.idlePollMs ?? 500));
    }
  }
}

/**
 * Messages of one send, in bytes of their values: the producer packs messages of one partition into one record batch,
 * and the broker refuses a batch above its message.max.bytes (1 MiB by default) — for ever, holding up every row after
 * it. Events are kept far smaller than this (a batch of Eltes alerts is split by size), so a send stops below it.
 */
export const MAX_SEND_BYTES = 768 * 1024;

/** The longest prefix of the claimed rows, in order, whose values fit one send (at least the first row). */
export function withinSendLimit<R extends { value: unknown }>(rows: R[]): R[] {
  let bytes = 0;
  for (const [i, row] of rows.entries()) {
    bytes += Buffer.byteLength(JSON.stringify(row.value));
    if (bytes > MAX_SEND_BYTES && i > 0) return rows.slice(0, i);
  }
  return rows;
}

/** The messages of a send by topic, each with the headers its span gave it (the traceparent of its PRODUCER span). */
function groupByTopic(published: { row: OutboxRow; headers: Record<string, string> }[], hubEnv: string) {
  const byTopic = new Map<string, { key: string | null; value: string; headers: Record<string, string> }[]>();
  for (const { row, headers } of published) {
    const messages = byTopic.get(row.topic) ?? [];
    messages.push({ key: row.message_key, value: JSON.stringify(row.value), headers: { ...headers, [HUB_ENV_HEADER]: hubEnv } });
    byTopic.set(row.topic, messages);
  }
  return [...byTopic.entries()].map(([topic, messages]) => ({ topic, messages }));
}
