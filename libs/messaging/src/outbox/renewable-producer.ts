import type { Producer } from 'kafkajs';

/**
 * Refusals that say the broker no longer knows the idempotent producer's id or where its sequence stands. After a
 * broker dies in the middle of a send and comes back, it can refuse every later batch of the producer with
 * OUT_OF_ORDER_SEQUENCE_NUMBER — for ever: kafkajs (2.2.4) keeps the producer id and the sequences it had and never
 * asks for a new id, so the relay failed every few seconds without end ("outbox relay (core) failed 102x" in
 * test/faults/broker-outage.spec.ts) and nothing it held was published again.
 */
const PRODUCER_STATE_LOST = new Set(['OUT_OF_ORDER_SEQUENCE_NUMBER', 'UNKNOWN_PRODUCER_ID', 'INVALID_PRODUCER_EPOCH']);

/** Whether a failed send was refused for the producer's own state (above), looking through kafkajs's wrapped causes. */
export function isProducerStateLost(error: unknown): boolean {
  for (let e = error as { type?: unknown; cause?: unknown } | undefined, depth = 0; e && depth < 5; e = e.cause as typeof e, depth += 1) {
    if (typeof e.type === 'string' && PRODUCER_STATE_LOST.has(e.type)) return true;
  }
  return false;
}

/**
 * The relay's idempotent producer, replaced by a new one — a new producer id from the broker, every sequence from 0 —
 * when the broker has lost track of it (isProducerStateLost). A batch sent again under the new id may duplicate one the
 * broker did take under the old: the relay publishes at least once anyway, and consumers drop a duplicate by its event
 * id (processed_events), so the effect still happens once.
 */
export class RenewableProducer {
  private producer: Producer;

  constructor(private readonly make: () => Producer) {
    this.producer = make();
  }

  get current(): Producer {
    return this.producer;
  }

  connect(): Promise<void> {
    return this.producer.connect();
  }

  disconnect(): Promise<void> {
    return this.producer.disconnect();
  }

  /** The old producer disconnected (its failures do not matter now), a new one connected: it asks for a new id. */
  async renew(): Promise<void> {
    const old = this.producer;
    this.producer = this.make();
    await old.disconnect().catch(() => undefined);
    await this.producer.connect();
  }
}
