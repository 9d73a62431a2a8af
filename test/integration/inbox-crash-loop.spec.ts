import { ChildProcess, spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { Admin, Producer } from 'kafkajs';
import { DataSource } from 'typeorm';
import { createKafka, ensureTopics, envelopeHeaders, HUB_ENV_HEADER, TOPICS } from '@hub/messaging';
import { postgresOptions } from '@hub/persistence';
import { eventually, testEnv } from '@hub/testing';
import { payoutEvent } from './fixtures/payout-probe';

/**
 * A message whose handling kills the process, for real (process.exit in the handler, no clean-up), in a consumer
 * restarted after every death as a supervisor would: its attempts are counted in the database before each one
 * runs, so after the topic's maxAttempts deaths the next process dead-letters it instead of dying again, and
 * goes on to the message behind it. The group and HUB_ENV are this test's own.
 */
describe('a crash-looping message', () => {
  const hubEnv = `test-crash-${randomUUID().slice(0, 8)}`;
  const appName = 'crash-probe';
  const groupId = `${hubEnv}.${appName}`;
  const topic = TOPICS.payoutInstructed;
  const kafka = createKafka(testEnv.brokers.split(','), `${hubEnv}-test`);
  const crashInvoiceNumber = `CRASH-${randomUUID().slice(0, 8)}`;
  let db: DataSource;
  let admin: Admin;
  let producer: Producer;

  beforeAll(async () => {
    db = await new DataSource(postgresOptions(testEnv.databaseUrl, [], { poolSize: 2 })).initialize();
    admin = kafka.admin();
    await admin.connect();
    producer = kafka.producer();
    await producer.connect();
    // On a fresh broker this may be the first test to touch the topic: create it, leaders elected, before using it.
    await ensureTopics(kafka, [topic]);
    // The new group starts at the end of the topic: every message before this test is another run's. Right after
    // creation a partition's leader can still be moving in, so the reset is retried until the broker hosts them all.
    await eventually(async () => admin.resetOffsets({ groupId, topic: topic.name, earliest: false }).then(() => true), { what: 'the topic\'s partitions to be hosted', timeoutMs: 30_000 });
  });

  afterAll(async () => {
    await producer?.disconnect();
    await admin?.disconnect();
    await db?.destroy();
  });

  function startConsumer(): ChildProcess {
    // `node --import tsx` rather than the tsx CLI, which would wrap the consumer in a second process.
    return spawn(process.execPath, ['--import', 'tsx', join(__dirname, 'fixtures/crash-loop-consumer.ts')], {
      env: { ...process.env, DATABASE_URL: testEnv.databaseUrl, KAFKA_BROKERS: testEnv.brokers, HUB_ENV: hubEnv, CRASH_APP_NAME: appName, CRASH_INVOICE_NUMBER: crashInvoiceNumber },
      stdio: ['ignore', 'inherit', 'inherit'],
    });
  }

  const exitOf = (child: ChildProcess) =>
    new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => child.once('exit', (code, signal) => resolve({ code, signal })));

  const outcomeOf = async (eventKey: string): Promise<string | undefined> =>
    (await db.query('SELECT outcome FROM processed_events WHERE consumer_group = $1 AND event_key = $2', [groupId, eventKey]))[0]?.outcome;

  const countedAttempts = async (eventKey: string): Promise<number | undefined> =>
    (await db.query('SELECT attempts FROM inbox_attempts WHERE consumer_group = $1 AND event_key = $2', [groupId, eventKey]))[0]?.attempts;

  /** Resolves once the event is handled, or when `stop` says to give up (the process died first). */
  async function handledBefore(eventKey: string, stopped: () => boolean, deadline: number): Promise<boolean> {
    while (!stopped() && Date.now() < deadline) {
      if ((await outcomeOf(eventKey)) === 'handled') return true;
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
    return false;
  }

  it(`is dead-lettered after ${topic.retry.maxAttempts} crashes, and the consumer moves on to the next message`, async () => {
    const crashing = payoutEvent('lac');
    crashing.payload.invoiceNumber = crashInvoiceNumber;
    const next = { ...payoutEvent('lac'), caseId: crashing.caseId }; // same key, so the same partition, behind it
    await producer.send({
      topic: topic.name,
      messages: [crashing, next].map((e) => ({ key: crashing.caseId, value: JSON.stringify(e), headers: { ...envelopeHeaders(e), [HUB_ENV_HEADER]: hubEnv } })),
    });

    const deaths: number[] = [];
    let movedOn = false;
    for (let run = 1; run <= topic.retry.maxAttempts + 1 && !movedOn; run++) {
      const child = startConsumer();
      let exited: { code: number | null } | undefined;
      const exit = exitOf(child).then((result) => (exited = result));
      movedOn = await handledBefore(next.eventId, () => exited !== undefined, Date.now() + 60_000);
      if (movedOn) {
        child.kill('SIGTERM');
        await exit;
        break;
      }
      await exit;
      expect(exited?.code).toBe(1); // died in the handler, not of anything else
      deaths.push(run);
      // The attempt was committed before the handler ran, so the death is on the record.
      expect(await countedAttempts(crashing.eventId)).toBe(run);
      expect(await outcomeOf(crashing.eventId)).toBeUndefined();
    }

    expect(deaths).toHaveLength(topic.retry.maxAttempts);
    expect(movedOn).toBe(true);
    expect(await outcomeOf(crashing.eventId)).toBe('dead_lettered');
    const letters = await db.query('SELECT error_name, error_message, attempts, state, partner_id FROM dead_letters WHERE consumer_group = $1 AND event_key = $2', [groupId, crashing.eventId]);
    expect(letters).toEqual([
      {
        error_name: 'CrashLoop',
        error_message: expect.stringContaining(`attempted ${topic.retry.maxAttempts} time(s) without finishing`),
        attempts: topic.retry.maxAttempts,
        state: 'open',
        partner_id: 'lac',
      },
    ]);
    // On its way to the .dlq topic as every dead letter is, and no attempt count is left behind for this group.
    const dlq = await db.query('SELECT topic FROM outbox_messages WHERE event_id = $1', [`dlq:${groupId}:${crashing.eventId}`]);
    expect(dlq).toEqual([{ topic: topic.deadLetterTopic }]);
    expect(await db.query('SELECT event_key FROM inbox_attempts WHERE consumer_group = $1', [groupId])).toEqual([]);
  }, 240_000);
});
