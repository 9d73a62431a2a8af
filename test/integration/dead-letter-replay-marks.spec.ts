import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { appendDeadLetter, DeadLetterRepository, Envelope, envelopeHeaders, TOPICS } from '@hub/messaging';
import { postgresOptions } from '@hub/persistence';
import { testEnv } from '@hub/testing';
import { ReplayDeadLetter } from '@apps/core/src/operations/usecases';

/**
 * The replay use case against real PostgreSQL, for the dead letter an adapter writes when it gives up on a partner
 * delivery: it had handled order.issued (a 'handled' mark under the event id) and dead-lettered under
 * `delivery-failed:<orderId>`. A replay must lift both of that group's marks, leave every other group's, and put
 * the original message back in the outbox as it was; a second replay does nothing; the adapter giving up again
 * later writes a new dead letter. No relay publishes this test's outbox rows (their source app is its own).
 */
describe('replaying an adapter’s given-up delivery', () => {
  const sourceApp = `replay-marks-${randomUUID().slice(0, 8)}`;
  const adapterGroup = `test-marks-${randomUUID().slice(0, 8)}.adapter-lac`;
  const otherGroup = `test-marks-${randomUUID().slice(0, 8)}.bystander`;
  let db: DataSource;
  let replay: ReplayDeadLetter;
  const deadLetters = new DeadLetterRepository();

  beforeAll(async () => {
    db = await new DataSource(postgresOptions(testEnv.databaseUrl, [], { poolSize: 3 })).initialize();
    replay = new ReplayDeadLetter(db, deadLetters, { outboxSourceApp: sourceApp });
  });

  afterAll(async () => {
    await db?.destroy();
  });

  /** An order.issued envelope as the adapter kept it; its payload is never validated on this path, so it is brief. */
  function orderIssued() {
    const caseId = randomUUID();
    const orderId = randomUUID();
    const event: Envelope<Record<string, string>> = {
      eventId: randomUUID(),
      type: TOPICS.orderIssued.eventType,
      schemaVersion: TOPICS.orderIssued.schemaVersion,
      occurredAt: new Date().toISOString(),
      correlationId: `marks-${caseId}`,
      caseId,
      partnerId: 'lac',
      payload: { orderId, caseId, partnerId: 'lac' },
    };
    return { event, orderId, raw: JSON.stringify(event), headers: envelopeHeaders(event) };
  }

  /** As the adapter does: the order was handed off ('handled'), and its delivery later given up on. */
  async function givenUp(order: ReturnType<typeof orderIssued>, offset: string): Promise<string> {
    const meta = { topic: TOPICS.orderIssued.name, partition: 1, offset, key: order.event.caseId };
    await db.transaction(async (tx) => {
      const failure = Object.assign(new Error('delivery to lac given up: HTTP 503'), { name: 'PartnerDeliveryFailed' });
      await appendDeadLetter(tx, { appName: 'adapter-lac', groupId: adapterGroup }, TOPICS.orderIssued,
        { eventKey: `delivery-failed:${order.orderId}`, eventId: order.event.eventId, raw: order.raw, meta, headers: order.headers }, failure, 12);
    });
    const [row] = await db.query(`SELECT id FROM dead_letters WHERE consumer_group = $1 AND event_key = $2 AND state = 'open'`, [adapterGroup, `delivery-failed:${order.orderId}`]);
    return row.id;
  }

  const marksOf = (group: string, keys: string[]) =>
    db.query('SELECT event_key, outcome FROM processed_events WHERE consumer_group = $1 AND event_key = ANY($2) ORDER BY outcome', [group, keys]);

  const republished = (deadLetterId: string) =>
    db.query('SELECT topic, message_key, headers, value FROM outbox_messages WHERE source_app = $1 AND event_id = $2', [sourceApp, `replay:${deadLetterId}`]);

  it('lifts the adapter’s handled and dead-lettered marks, keeps other groups’, and republishes the order as it was', async () => {
    const order = orderIssued();
    const keys = [order.event.eventId, `delivery-failed:${order.orderId}`];
    for (const group of [adapterGroup, otherGroup]) {
      await db.query(`INSERT INTO processed_events (consumer_group, event_key, topic, outcome) VALUES ($1, $2, $3, 'handled')`, [group, order.event.eventId, TOPICS.orderIssued.name]);
    }
    const id = await givenUp(order, '41');
    expect(await marksOf(adapterGroup, keys)).toEqual([
      { event_key: `delivery-failed:${order.orderId}`, outcome: 'dead_lettered' },
      { event_key: order.event.eventId, outcome: 'handled' },
    ]);
    const [recorded] = await db.query('SELECT case_id, partner_id, error_name, attempts FROM dead_letters WHERE id = $1', [id]);
    expect(recorded).toEqual({ case_id: order.event.caseId, partner_id: 'lac', error_name: 'PartnerDeliveryFailed', attempts: 12 });

    const first = await replay.execute({ deadLetterId: id, requestedBy: 'ops-suzuki' });
    expect(first).toMatchObject({ kind: 'replayed', deadLetter: { state: 'replayed', replayedBy: 'ops-suzuki', replayCount: 1 } });
    expect(await marksOf(adapterGroup, keys)).toEqual([]);
    expect(await marksOf(otherGroup, keys)).toEqual([{ event_key: order.event.eventId, outcome: 'handled' }]);
    expect(await republished(id)).toEqual([{ topic: TOPICS.orderIssued.name, message_key: order.event.caseId, headers: order.headers, value: order.event }]);

    const second = await replay.execute({ deadLetterId: id, requestedBy: 'ops-sato' });
    expect(second).toMatchObject({ kind: 'already_replayed', deadLetter: { replayedBy: 'ops-suzuki' } });
    expect(await republished(id)).toHaveLength(1);
  });

  it('takes a second give-up after the replay as a new dead letter, whose .dlq message has an id of its own', async () => {
    const order = orderIssued();
    const firstId = await givenUp(order, '42');
    expect((await replay.execute({ deadLetterId: firstId, requestedBy: 'ops-suzuki' })).kind).toBe('replayed');
    const secondId = await givenUp(order, '42'); // handed off again from the replayed message, and given up on again
    expect(secondId).not.toBe(firstId);
    const letters = await db.query('SELECT id, state, replay_count FROM dead_letters WHERE consumer_group = $1 AND event_key = $2 ORDER BY failed_at, id', [adapterGroup, `delivery-failed:${order.orderId}`]);
    expect(letters).toEqual([
      { id: firstId, state: 'replayed', replay_count: 1 },
      { id: secondId, state: 'open', replay_count: 1 },
    ]);
    const dlq = await db.query(`SELECT event_id, headers->>'dead-letter-id' AS letter FROM outbox_messages WHERE topic = $1 AND headers->>'dead-letter-id' = ANY($2) ORDER BY id`, [TOPICS.orderIssued.deadLetterTopic, [firstId, secondId]]);
    expect(dlq).toEqual([
      { event_id: `dlq:${adapterGroup}:delivery-failed:${order.orderId}`, letter: firstId },
      { event_id: `dlq:${adapterGroup}:delivery-failed:${order.orderId}:${secondId}`, letter: secondId },
    ]);
  });

  it('replays once when two requests race for the same dead letter', async () => {
    const id = await givenUp(orderIssued(), '43');
    const outcomes = await Promise.all(Array.from({ length: 4 }, (_, i) => replay.execute({ deadLetterId: id, requestedBy: `ops-${i}` })));
    expect(outcomes.map((o) => o.kind).sort()).toEqual(['already_replayed', 'already_replayed', 'already_replayed', 'replayed']);
    expect(await republished(id)).toHaveLength(1);
  });

  it('refuses to replay a value that is not JSON, and leaves it open with nothing published', async () => {
    const meta = { topic: TOPICS.orderIssued.name, partition: 0, offset: '7', key: null };
    const eventKey = `${meta.topic}:0:${randomUUID()}`;
    await db.transaction((tx) =>
      appendDeadLetter(tx, { appName: 'adapter-lac', groupId: adapterGroup }, TOPICS.orderIssued, { eventKey, raw: 'not json', meta }, new Error('not JSON'), 1),
    );
    const [{ id }] = await db.query('SELECT id FROM dead_letters WHERE consumer_group = $1 AND event_key = $2', [adapterGroup, eventKey]);
    expect(await replay.execute({ deadLetterId: id, requestedBy: 'ops-suzuki' })).toMatchObject({ kind: 'not_replayable', reason: expect.stringContaining('not JSON') });
    expect((await deadLetters.find(db.manager, id))?.state).toBe('open');
    expect(await republished(id)).toEqual([]);
    expect(await replay.execute({ deadLetterId: randomUUID(), requestedBy: 'ops-suzuki' })).toEqual({ kind: 'not_found' });
  });
});
