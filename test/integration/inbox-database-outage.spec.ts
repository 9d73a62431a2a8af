import 'reflect-metadata';
import { randomUUID } from 'node:crypto';
import { Controller, INestApplication, Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { Ctx, Payload } from '@nestjs/microservices';
import { TypeOrmModule } from '@nestjs/typeorm';
import { Producer } from 'kafkajs';
import { DataSource } from 'typeorm';
import type { PayoutInstructedV1 } from '@hub/contracts';
import { connectKafkaInbox, ConsumesTopic, createKafka, Envelope, envelopeHeaders, HUB_ENV_HEADER, InboxContext, TOPICS } from '@hub/messaging';
import { postgresOptions } from '@hub/persistence';
import { eventually, testEnv } from '@hub/testing';
import { deleteGroups, startGroupsAtTheEnd } from '../support/consumer-groups';
import { payoutEvent } from './fixtures/payout-probe';

/**
 * The database lost in the middle of handling a message — here the handler's own connection killed by the server, for
 * real (pg_terminate_backend), more times in a row than the topic allows attempts — says nothing about the message: the
 * inbox tries the same attempt again once the database answers, and the message is handled once, not dead-lettered.
 */
describe('the database lost while the inbox handles a message', () => {
  const hubEnv = `test-dbout-${randomUUID().slice(0, 8)}`;
  const appName = 'db-outage-probe';
  const groupId = `${hubEnv}.${appName}`;
  const topic = TOPICS.payoutInstructed;
  const kafka = createKafka(testEnv.brokers.split(','), `${hubEnv}-test`);
  const invoiceNumber = `DBOUT-${randomUUID().slice(0, 8)}`;
  const losses = topic.retry.maxAttempts + 2;
  let calls = 0;
  let db: DataSource;
  let producer: Producer;
  let app: INestApplication | undefined;

  @Controller()
  class ConnectionLosingHandler {
    @ConsumesTopic(TOPICS.payoutInstructed)
    async handle(@Payload() event: Envelope<PayoutInstructedV1>, @Ctx() ctx: InboxContext): Promise<void> {
      if (event.payload.invoiceNumber !== invoiceNumber) return;
      calls += 1;
      // The server ends this transaction's connection: what a failover or a restart does to it.
      if (calls <= losses) await ctx.tx.query('SELECT pg_terminate_backend(pg_backend_pid())');
      await ctx.tx.query('SELECT 1');
    }
  }

  @Module({
    // TypeORM's own log of every failed statement off: the failures are the test's doing.
    imports: [TypeOrmModule.forRoot({ ...postgresOptions(testEnv.databaseUrl, [], { applicationName: appName, poolSize: 3 }), logging: false })],
    controllers: [ConnectionLosingHandler],
  })
  class OutageModule {}

  beforeAll(async () => {
    db = await new DataSource(postgresOptions(testEnv.databaseUrl, [], { poolSize: 2 })).initialize();
    producer = kafka.producer();
    await producer.connect();
    // The new group starts at the end of the topic: every message before this test is another run's.
    await startGroupsAtTheEnd(testEnv.brokers.split(','), [{ group: groupId, topics: [topic] }]);
    app = await NestFactory.create(OutageModule, { logger: ['error'] });
    connectKafkaInbox(app, { appName, hubEnv, kafka: createKafka(testEnv.brokers.split(','), appName), dataSource: app.get(DataSource), consumes: [topic], sessionTimeoutMs: 6_000 });
    await app.init();
    await app.startAllMicroservices();
  });

  afterAll(async () => {
    await app?.close();
    await producer?.disconnect();
    await deleteGroups(testEnv.brokers.split(','), [{ group: groupId, topics: [topic] }]);
    await db?.destroy();
  });

  it(`handles the message once after losing its connection ${losses} times, none counted against its ${topic.retry.maxAttempts} attempts`, async () => {
    const event = payoutEvent('lac');
    event.payload.invoiceNumber = invoiceNumber;
    await producer.send({ topic: topic.name, messages: [{ key: event.caseId, value: JSON.stringify(event), headers: { ...envelopeHeaders(event), [HUB_ENV_HEADER]: hubEnv } }] });

    const outcome = await eventually(
      async () => (await db.query('SELECT outcome FROM processed_events WHERE consumer_group = $1 AND event_key = $2', [groupId, event.eventId]))[0]?.outcome as string | undefined,
      { what: 'the message to be settled', timeoutMs: 90_000 },
    );
    expect(outcome).toBe('handled');
    expect(calls).toBe(losses + 1);
    expect(await db.query('SELECT event_key FROM dead_letters WHERE consumer_group = $1', [groupId])).toEqual([]);
    // The one attempt was settled: no count is left behind.
    expect(await db.query('SELECT attempts FROM inbox_attempts WHERE consumer_group = $1', [groupId])).toEqual([]);
  }, 150_000);
});
