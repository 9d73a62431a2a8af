import { randomUUID } from 'node:crypto';
import { Producer } from 'kafkajs';
import type { DeadLetterListV1, DeadLetterReplayV1, DeadLetterSummaryV1, PayoutInstructedV1, RecoveryV1 } from '@hub/contracts';
import { createKafka, Envelope, envelopeHeaders, HUB_ENV_HEADER, TOPICS } from '@hub/messaging';
import { eventually, testEnv } from '@hub/testing';
import { DEMO_PEOPLE } from '../support/callers';
import { CoreOverHttp, startCoreOverHttp } from './fixtures/core-over-http';
import { PayoutProbe, payoutEvent, startPayoutProbe } from './fixtures/payout-probe';

/**
 * "Recover" after an outage: every open dead letter of one partner since T is replayed, each with one effect, and
 * nothing else — not the partner's letters from before T, not another partner's, not one already replayed. A repeat
 * replays nothing. Partner ids are this test's own, so no other test's dead letters can match. An operator recovers,
 * and the recovery names the operator signed in.
 */
describe('recovering one partner’s dead letters since a time', () => {
  const hubEnv = `test-recover-${randomUUID().slice(0, 8)}`;
  const partner = `rp-${randomUUID().slice(0, 8)}`;
  const otherPartner = `ro-${randomUUID().slice(0, 8)}`;
  const brokers = testEnv.brokers.split(',');
  // Beside the hub a test run starts on TEST_PORT_BASE (3100–3102 by default), so a second run moves it too.
  const port = Number(process.env.TEST_PORT_BASE ?? 3100) + 91;
  let core: CoreOverHttp;
  let ledger: PayoutProbe;
  let producer: Producer;

  beforeAll(async () => {
    [core, ledger] = await Promise.all([
      startCoreOverHttp({ hubEnv, databaseUrl: testEnv.databaseUrl, brokers: testEnv.brokers, logLevel: testEnv.logLevel, port }),
      startPayoutProbe({ hubEnv, databaseUrl: testEnv.databaseUrl, brokers, appName: 'ledger' }),
    ]);
    producer = createKafka(brokers, `${hubEnv}-producer`).producer();
    await producer.connect();
  }, 120_000);

  afterAll(async () => {
    await producer?.disconnect();
    await ledger?.close();
    await core?.app.close();
  });

  /** Publishes events the ledger refuses and waits until each is an open dead letter; answers them in order. */
  async function deadLettered(...events: Envelope<PayoutInstructedV1>[]): Promise<DeadLetterSummaryV1[]> {
    for (const event of events) ledger.refusing.add(event.eventId);
    await producer.send({
      topic: TOPICS.payoutInstructed.name,
      messages: events.map((e) => ({ key: e.caseId, value: JSON.stringify(e), headers: { ...envelopeHeaders(e), [HUB_ENV_HEADER]: hubEnv } })),
    });
    return eventually(async () => {
      const { body } = await core.as.operator<DeadLetterListV1>('GET', `/dead-letters?consumerGroup=${ledger.groupId}&limit=200`);
      const letters = events.map((e) => body.deadLetters.find((l) => l.eventId === e.eventId && l.state === 'open'));
      return letters.every((l) => l !== undefined) ? (letters as DeadLetterSummaryV1[]) : undefined;
    }, { what: `${events.length} dead letter(s)` });
  }

  const recover = (body: Record<string, unknown>) => core.as.operator<RecoveryV1>('POST', '/dead-letters/recover', body);
  const settle = () => new Promise((resolve) => setTimeout(resolve, 2_000));

  it('replays only the partner’s open dead letters since T, each once, and a repeat replays nothing', async () => {
    const before = [payoutEvent(partner), payoutEvent(partner)];
    const beforeLetters = await deadLettered(...before);
    const since = new Date(Math.max(...beforeLetters.map((l) => Date.parse(l.failedAt))) + 1);
    await new Promise((resolve) => setTimeout(resolve, 20)); // every later failure falls strictly after T

    const after = [payoutEvent(partner), payoutEvent(partner), payoutEvent(partner)];
    const replayedAlready = payoutEvent(partner);
    const others = payoutEvent(otherPartner);
    const [a1, a2, a3, done, other] = await deadLettered(...after, replayedAlready, others);
    expect(Date.parse(a1.failedAt)).toBeGreaterThanOrEqual(since.getTime());
    // Everything downstream is fixed now; one letter since T is replayed by hand before the recovery.
    for (const e of [...before, ...after, replayedAlready, others]) ledger.refusing.delete(e.eventId);
    expect((await core.as.operator<DeadLetterReplayV1>('POST', `/dead-letters/${done.id}/replay`, {})).body.replayed).toBe(true);

    const recovery = await recover({ partnerId: partner, since: since.toISOString() });
    expect(recovery.status).toBe(200);
    expect(recovery.body).toMatchObject({ partnerId: partner, topic: null, matched: 3, replayed: 3, alreadyReplayed: 0, notReplayable: 0, refused: [], more: false });
    expect(recovery.body.requestedBy).toBe(`staff:${DEMO_PEOPLE.operator}`);
    // Oldest first, as they failed: (failed_at, id) order, the same the list pages by.
    const listed = (await core.as.auditor<DeadLetterListV1>('GET', `/dead-letters?partnerId=${partner}&state=replayed&since=${encodeURIComponent(since.toISOString())}`)).body;
    const expectedOrder = listed.deadLetters.filter((l) => [a1.id, a2.id, a3.id].includes(l.id)).map((l) => l.id);
    expect(recovery.body.replayedIds).toEqual(expectedOrder);
    expect(listed.deadLetters.filter((l) => expectedOrder.includes(l.id)).map((l) => l.replayedBy)).toEqual(Array(3).fill(`staff:${DEMO_PEOPLE.operator}`));

    await eventually(async () => after.every((e) => ledger.handled.get(e.eventId) === 1), { what: 'the three replays to be handled' });
    const repeat = await recover({ partnerId: partner, since: since.toISOString() });
    expect(repeat.body).toMatchObject({ matched: 0, replayed: 0, replayedIds: [] });
    await settle();

    for (const e of [...after, replayedAlready]) expect(ledger.handled.get(e.eventId)).toBe(1);
    for (const e of [...before, others]) expect(ledger.handled.has(e.eventId)).toBe(false);
    const stillOpen = (await core.as.operator<DeadLetterListV1>('GET', `/dead-letters?consumerGroup=${ledger.groupId}&state=open&limit=200`)).body.deadLetters.map((l) => l.id);
    expect(stillOpen.sort()).toEqual([...beforeLetters.map((l) => l.id), other.id].sort());
  });

  it('recovers only the topic asked for, when one is', async () => {
    const [letter] = await deadLettered(payoutEvent(otherPartner));
    const since = new Date(Date.parse(letter.failedAt)).toISOString();
    ledger.refusing.clear();
    const elsewhere = await recover({ partnerId: otherPartner, since, topic: TOPICS.orderIssued.name });
    expect(elsewhere.body).toMatchObject({ topic: TOPICS.orderIssued.name, matched: 0, replayed: 0 });
    const here = await recover({ partnerId: otherPartner, since, topic: TOPICS.payoutInstructed.name });
    expect(here.body).toMatchObject({ matched: 1, replayed: 1, replayedIds: [letter.id] });
    await eventually(async () => ledger.handled.get(letter.eventId as string) === 1, { what: 'the replay to be handled' });
  });

  it('pages through a partner’s dead letters with a stable cursor', async () => {
    const paged = `rq-${randomUUID().slice(0, 8)}`;
    const letters = await deadLettered(...Array.from({ length: 5 }, () => payoutEvent(paged)));
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const page: DeadLetterListV1 = (await core.as.operator<DeadLetterListV1>('GET', `/dead-letters?partnerId=${paged}&limit=2${cursor ? `&cursor=${cursor}` : ''}`)).body;
      expect(page.deadLetters.length).toBeLessThanOrEqual(2);
      seen.push(...page.deadLetters.map((l) => l.id));
      cursor = page.nextCursor;
    } while (cursor);
    expect(seen).toHaveLength(5);
    expect([...seen].sort()).toEqual(letters.map((l) => l.id).sort());
    const all = (await core.as.operator<DeadLetterListV1>('GET', `/dead-letters?partnerId=${paged}&limit=200`)).body.deadLetters;
    expect(seen).toEqual(all.map((l) => l.id));
    const keys = all.map((l) => `${l.failedAt}|${l.id}`);
    expect(keys).toEqual([...keys].sort());
  });
});
