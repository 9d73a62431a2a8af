import { Controller, INestApplication, Module } from '@nestjs/common';
import { Ctx, Payload } from '@nestjs/microservices';
import { NestFactory } from '@nestjs/core';
import { TypeOrmModule } from '@nestjs/typeorm';
import { randomUUID } from 'node:crypto';
import { Producer } from 'kafkajs';
import { DataSource } from 'typeorm';
import type { OrderStatusChangedV1 } from '@hub/contracts';
import { connectKafkaInbox, ConsumesTopic, createEnvelope, createKafka, Envelope, envelopeHeaders, HUB_ENV_HEADER, InboxContext, MessagingRuntime, TOPICS } from '@hub/messaging';
import { postgresOptions } from '@hub/persistence';
import { readTopic, testEnv } from '@hub/testing';

/**
 * The consumer runner on its own, with a handler that fails the way a broken downstream would: every
 * attempt throws. The message must be retried with backoff and then land on the dead-letter topic with
 * its error; a message that breaks its contract goes there at once, naming the field.
 */
const attemptsByEvent = new Map<string, number>();
const handledEvents: string[] = [];

@Controller()
class FlakyStatusHandler {
  @ConsumesTopic(TOPICS.orderStatusChanged)
  async handle(@Payload() event: Envelope<OrderStatusChangedV1>, @Ctx() ctx: InboxContext): Promise<void> {
    attemptsByEvent.set(event.eventId, (attemptsByEvent.get(event.eventId) ?? 0) + 1);
    if (event.payload.note === 'always-fail') throw new Error('downstream ledger unavailable');
    await ctx.tx.query('SELECT 1');
    handledEvents.push(event.eventId);
  }
}

describe('consumer runner: retries, dead letters and redeliveries', () => {
  const APP = `dlq-probe-${randomUUID().slice(0, 8)}`;
  const GROUP = `${testEnv.hubEnv}.${APP}`;
  const kafka = createKafka(testEnv.brokers.split(','), APP);
  let app: INestApplication;
  let producer: Producer;

  beforeAll(async () => {
    // The probe's own relay publishes its dead letters, as each app's relay does.
    @Module({
      imports: [TypeOrmModule.forRoot(postgresOptions(testEnv.databaseUrl))],
      controllers: [FlakyStatusHandler],
      providers: [
        {
          provide: MessagingRuntime,
          inject: [DataSource],
          useFactory: (dataSource: DataSource) =>
            new MessagingRuntime({ appName: APP, hubEnv: testEnv.hubEnv, brokers: testEnv.brokers.split(','), produces: [TOPICS.orderStatusChanged] }, dataSource),
        },
      ],
    })
    class ProbeModule {}
    app = await NestFactory.create(ProbeModule, { logger: ['error'] });
    connectKafkaInbox(app, { appName: APP, hubEnv: testEnv.hubEnv, kafka, dataSource: app.get(DataSource), consumes: [TOPICS.orderStatusChanged], fromBeginning: false });
    await app.startAllMicroservices();
    await app.init();
    producer = kafka.producer();
    await producer.connect();
    // A new group starting at "latest" resolves that offset on its first fetch: wait until a warm-up
    // message is handled, so no message these tests send can fall before it.
    const warmUp = statusEvent('warm-up');
    for (let i = 0; i < 200 && !handledEvents.includes(warmUp.eventId); i++) {
      if (i % 20 === 0) await send(JSON.stringify(warmUp), warmUp.caseId);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    expect(handledEvents).toContain(warmUp.eventId);
  });

  afterAll(async () => {
    await producer?.disconnect();
    await app?.close();
  });

  // Stamped with this run's HUB_ENV, as a relay stamps what it publishes: apps of other runs on the broker skip it.
  const send = (value: string, caseId: string, headers: Record<string, string> = {}) =>
    producer.send({ topic: TOPICS.orderStatusChanged.name, messages: [{ key: caseId, value, headers: { ...headers, [HUB_ENV_HEADER]: testEnv.hubEnv } }] });
  /** The probe's own dead letter mentioning `text`: core, where it runs in the same HUB_ENV, dead-letters these too. */
  const probeLetter = (text: string) => (m: { value: string }) => m.value.includes(text) && (JSON.parse(m.value) as { consumerGroup?: string }).consumerGroup === GROUP;

  function statusEvent(note: string) {
    const caseId = randomUUID();
    return createEnvelope(TOPICS.orderStatusChanged, {
      caseId,
      partnerId: 'lac',
      correlationId: `probe-${caseId}`,
      payload: { orderId: randomUUID(), status: 'accepted', note, reportedAt: new Date().toISOString() },
    });
  }

  it('retries a failing message with backoff, then dead-letters it with its error', async () => {
    const event = statusEvent('always-fail');
    await send(JSON.stringify(event), event.caseId, envelopeHeaders(event));
    const [letter] = await readTopic(kafka, TOPICS.orderStatusChanged.deadLetterTopic, probeLetter(event.eventId), { timeoutMs: 30_000 });
    expect(letter).toBeDefined();
    const record = JSON.parse(letter.value);
    expect(record).toMatchObject({
      sourceTopic: TOPICS.orderStatusChanged.name,
      consumerGroup: GROUP,
      eventId: event.eventId,
      attempts: TOPICS.orderStatusChanged.retry.maxAttempts,
      error: { name: 'Error', message: 'downstream ledger unavailable' },
    });
    expect(JSON.parse(record.originalValue)).toEqual(event);
    expect(letter.headers['event-id']).toBe(event.eventId);
    expect(attemptsByEvent.get(event.eventId)).toBe(TOPICS.orderStatusChanged.retry.maxAttempts);
  }, 60_000);

  it('dead-letters a message that breaks its contract at once, naming the field', async () => {
    const event = statusEvent('fine');
    const broken = { ...event, payload: { ...event.payload, status: 'teleported' } };
    await send(JSON.stringify(broken), event.caseId);
    const [letter] = await readTopic(kafka, TOPICS.orderStatusChanged.deadLetterTopic, probeLetter(event.eventId));
    const record = JSON.parse(letter.value);
    expect(record.attempts).toBe(1);
    expect(record.error.name).toBe('InvalidMessageError');
    expect(record.error.issues).toContainEqual({ field: 'payload.status', reason: expect.stringContaining('must be one of') });
    expect(attemptsByEvent.has(event.eventId)).toBe(false);
  });

  it('dead-letters a value that is not even JSON', async () => {
    const marker = randomUUID();
    await send(`not json ${marker}`, marker);
    const [letter] = await readTopic(kafka, TOPICS.orderStatusChanged.deadLetterTopic, probeLetter(marker));
    expect(JSON.parse(letter.value)).toMatchObject({ error: { name: 'InvalidMessageError', message: expect.stringContaining('not JSON') } });
  });

  it('handles a redelivered event once', async () => {
    const event = statusEvent('fine');
    await send(JSON.stringify(event), event.caseId);
    await send(JSON.stringify(event), event.caseId);
    const marker = statusEvent('fine');
    await send(JSON.stringify(marker), event.caseId); // same partition, after both copies
    const deadline = Date.now() + 20_000;
    while (!handledEvents.includes(marker.eventId) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
    expect(handledEvents.filter((id) => id === event.eventId)).toHaveLength(1);
    expect(attemptsByEvent.get(event.eventId)).toBe(1);
  });
});
