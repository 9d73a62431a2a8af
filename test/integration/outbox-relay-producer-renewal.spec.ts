import { randomUUID } from 'node:crypto';
import { KafkaJSNonRetriableError, KafkaJSProtocolError, type Producer } from 'kafkajs';
import { DataSource } from 'typeorm';
import { appendToOutbox, createEnvelope, createKafka, isProducerStateLost, OutboxRelay, RenewableProducer, TOPICS } from '@hub/messaging';
import { postgresOptions } from '@hub/persistence';
import { eventually, readTopic, testEnv } from '@hub/testing';

/** The broker's refusal after it lost the idempotent producer's sequence (a broker killed mid-send and restarted). */
const outOfOrder = () =>
  new KafkaJSProtocolError({ type: 'OUT_OF_ORDER_SEQUENCE_NUMBER', code: 45, retriable: false, message: 'The broker received an out of order sequence number' } as unknown as Error);

/**
 * test/faults/broker-outage.spec.ts once saw it for real: after the broker came back, it refused every batch of the
 * relay's producer with OUT_OF_ORDER_SEQUENCE_NUMBER, and kafkajs, keeping the producer id and sequences it had, never
 * recovered — the relay failed every few seconds for ever. When a send is refused for the producer's own state, the
 * relay now takes a new producer (a new producer id) and publishes again. Here the first producer is one whose sends
 * the broker refuses that way (the refusal cannot be had on demand from a live broker); every one after it is a real
 * kafkajs producer on the real broker, and the row goes to the real topic.
 */
describe('the outbox relay, when the broker lost track of its producer', () => {
  const sourceApp = `renewal-probe-${randomUUID().slice(0, 8)}`;
  const kafka = createKafka(testEnv.brokers.split(','), sourceApp);
  let db: DataSource;
  const made: string[] = [];

  beforeAll(async () => {
    db = await new DataSource(postgresOptions(testEnv.databaseUrl, [], { poolSize: 2 })).initialize();
  });
  afterAll(() => db?.destroy());

  it('recognises the refusals, wrapped as kafkajs wraps them or not', () => {
    expect(isProducerStateLost(outOfOrder())).toBe(true);
    // kafkajs gives up on a send with an error whose cause is the broker's refusal (KafkaJSNumberOfRetriesExceeded).
    expect(isProducerStateLost(Object.assign(new KafkaJSNonRetriableError('retries exhausted'), { cause: outOfOrder() }))).toBe(true);
    expect(isProducerStateLost(new KafkaJSProtocolError({ type: 'REQUEST_TIMED_OUT', code: 7, retriable: true, message: 'timed out' } as unknown as Error))).toBe(false);
    expect(isProducerStateLost(new Error('connect ECONNREFUSED'))).toBe(false);
  });

  it('publishes the row under a new producer once the old one is refused for its sequence', async () => {
    const refused = { connect: async () => undefined, disconnect: async () => undefined, sendBatch: () => Promise.reject(outOfOrder()) } as unknown as Producer;
    const producer = new RenewableProducer(() => {
      made.push(made.length === 0 ? 'refused' : 'real');
      return made.length === 1 ? refused : kafka.producer({ idempotent: true, maxInFlightRequests: 1 });
    });
    await producer.connect();
    const event = createEnvelope(TOPICS.orderStatusChanged, {
      caseId: randomUUID(),
      partnerId: 'lac',
      correlationId: `renewal-${sourceApp}`,
      payload: { orderId: randomUUID(), status: 'acknowledged', reportedAt: new Date().toISOString() },
    });
    await db.transaction((tx) => appendToOutbox(tx, sourceApp, TOPICS.orderStatusChanged, event));

    const relay = new OutboxRelay(db, producer, { sourceApp, hubEnv: testEnv.hubEnv, idlePollMs: 100 });
    relay.start();
    try {
      await eventually(
        async () => (await db.query('SELECT published_at FROM outbox_messages WHERE event_id = $1', [event.eventId]))[0]?.published_at ?? undefined,
        { what: 'the row to be published', timeoutMs: 30_000 },
      );
    } finally {
      await relay.stop();
      await producer.disconnect();
    }
    expect(made).toEqual(['refused', 'real']);
    const onTopic = await readTopic(kafka, TOPICS.orderStatusChanged.name, (m) => m.headers['event-id'] === event.eventId);
    expect(onTopic).toHaveLength(1);
  }, 60_000);
});
