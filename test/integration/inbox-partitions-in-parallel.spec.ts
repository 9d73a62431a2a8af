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
 * The inbox handles the partitions a fetch brings in parallel (DEFAULT_PARTITIONS_IN_PARALLEL, as every app runs it): a
 * backlog over many cases is worked off several partitions at a time, while each partition's messages still go one
 * after another, in the order they were sent (per-case order: a case's messages share its key, so its partition). Here
 * one partition's first message waits for the test to let it go, and the other partitions go on meanwhile: one at a
 * time, they would wait behind it.
 */
describe('the inbox handles partitions in parallel, each in order', () => {
  const hubEnv = `test-parallel-${randomUUID().slice(0, 8)}`;
  const appName = 'parallel-probe';
  const groupId = `${hubEnv}.${appName}`;
  const topic = TOPICS.payoutInstructed;
  const kafka = createKafka(testEnv.brokers.split(','), `${hubEnv}-test`);
  const run = randomUUID().slice(0, 8);
  /** What the handler saw, in the order it finished each message: `<partition>:<sequence>`. */
  const handled: string[] = [];
  let release: () => void = () => undefined;
  const released = new Promise<void>((resolve) => (release = resolve));
  let producer: Producer;
  let app: INestApplication | undefined;

  @Controller()
  class SlowFirstHandler {
    @ConsumesTopic(TOPICS.payoutInstructed)
    async handle(@Payload() event: Envelope<PayoutInstructedV1>, @Ctx() ctx: InboxContext): Promise<void> {
      const [, mark, partition, sequence] = event.payload.invoiceNumber.split('-');
      if (mark !== run) return;
      if (partition === 'p0' && sequence === '0') await released;
      await ctx.tx.query('SELECT 1');
      handled.push(`${partition}:${sequence}`);
    }
  }

  @Module({ imports: [TypeOrmModule.forRoot(postgresOptions(testEnv.databaseUrl, [], { applicationName: appName, poolSize: 6 }))], controllers: [SlowFirstHandler] })
  class ParallelModule {}

  beforeAll(async () => {
    producer = kafka.producer();
    await producer.connect();
    await startGroupsAtTheEnd(testEnv.brokers.split(','), [{ group: groupId, topics: [topic] }]);
  });

  /** The inbox starts once the messages wait on the broker, as after a restart with a backlog: one fetch brings them all. */
  async function startInbox(): Promise<void> {
    app = await NestFactory.create(ParallelModule, { logger: ['error'] });
    connectKafkaInbox(app, { appName, hubEnv, kafka: createKafka(testEnv.brokers.split(','), appName), dataSource: app.get(DataSource), consumes: [topic], sessionTimeoutMs: 6_000 });
    await app.init();
    await app.startAllMicroservices();
  }

  afterAll(async () => {
    release();
    await app?.close();
    await producer?.disconnect();
    await deleteGroups(testEnv.brokers.split(','), [{ group: groupId, topics: [topic] }]);
  });

  /** Messages 0…count-1 of one partition, sent in that order. */
  const sendTo = (partition: number, count: number) =>
    producer.send({
      topic: topic.name,
      messages: Array.from({ length: count }, (_, sequence) => {
        const event = payoutEvent('lac');
        event.payload.invoiceNumber = `PAR-${run}-p${partition}-${sequence}`;
        return { partition, key: event.caseId, value: JSON.stringify(event), headers: { ...envelopeHeaders(event), [HUB_ENV_HEADER]: hubEnv } };
      }),
    });

  it('handles the other partitions while one waits, and every partition in the order sent', async () => {
    expect(topic.partitions).toBeGreaterThanOrEqual(3);
    await sendTo(0, 5);
    await sendTo(1, 5);
    await sendTo(2, 5);
    await startInbox();

    // Partition 0's first message is held: the other two partitions are worked off all the same (one at a time, they
    // would wait behind it for as long as it is held).
    await eventually(async () => (handled.filter((h) => !h.startsWith('p0')).length === 10 ? true : undefined), { what: 'partitions 1 and 2 to be handled', timeoutMs: 30_000 });
    expect(handled.filter((h) => h.startsWith('p0'))).toEqual([]);

    release();
    await eventually(async () => (handled.length === 15 ? true : undefined), { what: 'partition 0 to be handled once let go', timeoutMs: 30_000 });
    for (const partition of ['p0', 'p1', 'p2']) {
      expect(handled.filter((h) => h.startsWith(partition))).toEqual([0, 1, 2, 3, 4].map((sequence) => `${partition}:${sequence}`));
    }
  }, 90_000);
});
