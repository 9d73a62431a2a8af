import { randomUUID } from 'node:crypto';
import { Producer } from 'kafkajs';
import { DataSource } from 'typeorm';
import type { DeadLetterListV1, DeadLetterReplayV1, DeadLetterSummaryV1, DeadLetterViewV1, PayoutInstructedV1 } from '@hub/contracts';
import { createKafka, Envelope, envelopeHeaders, HUB_ENV_HEADER, TOPICS } from '@hub/messaging';
import { eventually, readTopic, testEnv } from '@hub/testing';
import { DEMO_PEOPLE } from '../support/callers';
import { CoreOverHttp, startCoreOverHttp } from './fixtures/core-over-http';
import { PayoutProbe, payoutEvent, startPayoutProbe } from './fixtures/payout-probe';

/**
 * A dead letter on the record, replayed over HTTP through core: listed with its error, re-delivered once to the
 * group that failed it (and to no other group), with one effect however often the replay is asked for; a replay
 * that fails again is a new dead letter. Core, the probes and the messages share an HUB_ENV of this test's own.
 * Operators list and replay; who replayed is the operator signed in, never a name in the body.
 */
describe('dead letters replayed over HTTP', () => {
  const hubEnv = `test-replay-${randomUUID().slice(0, 8)}`;
  const brokers = testEnv.brokers.split(',');
  const kafka = createKafka(brokers, `${hubEnv}-producer`);
  // Beside the hub a test run starts on TEST_PORT_BASE (3100–3102 by default), so a second run moves it too.
  const port = Number(process.env.TEST_PORT_BASE ?? 3100) + 90;
  const operator = `staff:${DEMO_PEOPLE.operator}`;
  let core: CoreOverHttp;
  let failing: PayoutProbe;
  let bystander: PayoutProbe;
  let producer: Producer;

  beforeAll(async () => {
    const common = { hubEnv, databaseUrl: testEnv.databaseUrl, brokers };
    [core, failing, bystander] = await Promise.all([
      startCoreOverHttp({ ...common, brokers: testEnv.brokers, logLevel: testEnv.logLevel, port }),
      startPayoutProbe({ ...common, appName: 'ledger' }),
      startPayoutProbe({ ...common, appName: 'bystander' }),
    ]);
    producer = kafka.producer();
    await producer.connect();
  }, 120_000);

  afterAll(async () => {
    await producer?.disconnect();
    await Promise.allSettled([failing?.close(), bystander?.close()]);
    await core?.app.close();
  });

  const publish = (event: Envelope<PayoutInstructedV1>) =>
    producer.send({
      topic: TOPICS.payoutInstructed.name,
      messages: [{ key: event.caseId, value: JSON.stringify(event), headers: { ...envelopeHeaders(event), [HUB_ENV_HEADER]: hubEnv } }],
    });

  const openLettersOf = async (eventId: string): Promise<DeadLetterSummaryV1[]> => {
    const { status, body } = await core.as.operator<DeadLetterListV1>('GET', `/dead-letters?consumerGroup=${failing.groupId}&state=open&limit=200`);
    expect(status).toBe(200);
    return body.deadLetters.filter((l) => l.eventId === eventId);
  };

  const waitForOpenLetter = (eventId: string) =>
    eventually(async () => (await openLettersOf(eventId))[0], { what: `a dead letter of ${eventId}` });

  /** Outbox rows that publish this dead letter's message again: one per replay that happened. */
  async function countReplays(deadLetterId: string): Promise<number> {
    const rows: { n: number }[] = await core.app.get(DataSource).query('SELECT count(*)::int AS n FROM outbox_messages WHERE event_id = $1', [`replay:${deadLetterId}`]);
    return rows[0].n;
  }

  /** Waits for the bystander to handle the event, so its mark exists before anything is replayed. */
  const bystanderHandled = (eventId: string) => eventually(async () => bystander.handled.get(eventId) === 1, { what: 'the bystander to handle it' });

  it('lists a dead letter with its error, replays it once, and a second replay has no second effect', async () => {
    const event = payoutEvent('lac');
    failing.refusing.add(event.eventId);
    await publish(event);
    const listed = await waitForOpenLetter(event.eventId);
    await bystanderHandled(event.eventId);
    expect(listed).toMatchObject({
      state: 'open',
      consumerGroup: failing.groupId,
      appName: 'ledger',
      sourceTopic: TOPICS.payoutInstructed.name,
      eventKey: event.eventId,
      caseId: event.caseId,
      partnerId: 'lac',
      attempts: 1,
      error: { name: 'NonRetryableError', message: `the ledger refuses payout ${event.payload.payoutId}` },
      replayedAt: null,
      replayCount: 0,
    });

    const shown = await core.as.operator<DeadLetterViewV1>('GET', `/dead-letters/${listed.id}`);
    expect(shown.status).toBe(200);
    expect(JSON.parse(shown.body.original.value)).toEqual(event);
    expect(shown.body.original).toMatchObject({ key: event.caseId, headers: { 'event-id': event.eventId, 'partner-id': 'lac' } });
    // The .dlq topic still gets the record, now naming the dead letter it is on the record as.
    const [onDlq] = await readTopic(kafka, TOPICS.payoutInstructed.deadLetterTopic, (m) => m.headers['dead-letter-id'] === listed.id);
    expect(JSON.parse(onDlq.value)).toMatchObject({ eventId: event.eventId, consumerGroup: failing.groupId });

    failing.refusing.delete(event.eventId); // the ledger is fixed
    const first = await core.as.operator<DeadLetterReplayV1>('POST', `/dead-letters/${listed.id}/replay`, {});
    expect(first.status).toBe(200);
    expect(first.body).toMatchObject({ replayed: true, deadLetter: { id: listed.id, state: 'replayed', replayedBy: operator, replayCount: 1 } });
    await eventually(async () => failing.handled.get(event.eventId) === 1, { what: 'the ledger to handle the replayed payout' });

    const second = await core.as.operator<DeadLetterReplayV1>('POST', `/dead-letters/${listed.id}/replay`, {});
    expect(second.status).toBe(200);
    expect(second.body).toMatchObject({ replayed: false, deadLetter: { state: 'replayed', replayedBy: operator, replayCount: 1 } });
    expect(second.body.deadLetter.replayedAt).toBe(first.body.deadLetter.replayedAt); // the first replay's record, untouched

    // Long enough for a second publication to arrive, were there one.
    await new Promise((resolve) => setTimeout(resolve, 2_000));
    expect(await countReplays(listed.id)).toBe(1);
    expect(failing.handled.get(event.eventId)).toBe(1);
    expect(bystander.handled.get(event.eventId)).toBe(1); // the other group kept its mark and skipped the replay
    expect(await openLettersOf(event.eventId)).toEqual([]);
  });

  it('dead-letters a replay that fails again as a new dead letter, which can be replayed in turn', async () => {
    const event = payoutEvent('lac');
    failing.refusing.add(event.eventId);
    await publish(event);
    const firstLetter = await waitForOpenLetter(event.eventId);

    const replay = await core.as.operator<DeadLetterReplayV1>('POST', `/dead-letters/${firstLetter.id}/replay`, {});
    expect(replay.body.replayed).toBe(true);
    const secondLetter = await eventually(async () => (await openLettersOf(event.eventId)).find((l) => l.id !== firstLetter.id), { what: 'a second dead letter' });
    expect(secondLetter).toMatchObject({ state: 'open', eventKey: event.eventId, replayCount: 1, error: { name: 'NonRetryableError' } });
    // Each dead letter went to the .dlq topic under an outbox id of its own.
    const dlq = await readTopic(kafka, TOPICS.payoutInstructed.deadLetterTopic, (m) => [firstLetter.id, secondLetter.id].includes(m.headers['dead-letter-id']), {
      until: (found) => found.length >= 2,
    });
    expect(dlq.map((m) => m.headers['dead-letter-id']).sort()).toEqual([firstLetter.id, secondLetter.id].sort());

    failing.refusing.delete(event.eventId);
    expect((await core.as.operator<DeadLetterReplayV1>('POST', `/dead-letters/${secondLetter.id}/replay`, {})).body).toMatchObject({
      replayed: true,
      deadLetter: { replayCount: 2 },
    });
    await eventually(async () => failing.handled.get(event.eventId) === 1, { what: 'the ledger to handle it at last' });
    expect(await openLettersOf(event.eventId)).toEqual([]);
  });

  it('refuses bad input naming the field, and an unknown dead letter with 404', async () => {
    const unknown = randomUUID();
    expect((await core.as.operator('POST', `/dead-letters/${unknown}/replay`, {})).status).toBe(404);
    expect((await core.as.operator('GET', `/dead-letters/${unknown}`)).status).toBe(404);

    const notUuid = await core.as.operator('POST', '/dead-letters/42/replay', {});
    expect(notUuid).toMatchObject({ status: 400, body: { error: 'validation_failed', issues: [{ field: 'deadLetterId', reason: 'must be a UUID' }] } });
    // Who replays comes from the credentials: a body still naming someone is refused, naming the field.
    const named = await core.as.operator('POST', `/dead-letters/${unknown}/replay`, { requestedBy: 'ops-suzuki' });
    expect(named).toMatchObject({ status: 400, body: { issues: [{ field: 'requestedBy', reason: 'is not allowed' }] } });

    for (const [query, field] of [['limit=0', 'limit'], ['limit=201', 'limit'], ['partner=lac', 'partner'], ['since=yesterday', 'since'], ['cursor=abc', 'cursor']]) {
      const refused = await core.as.operator('GET', `/dead-letters?${query}`);
      expect(refused.status).toBe(400);
      expect(refused.body.issues?.map((i) => i.field)).toEqual([field]);
    }
    const badTopic = await core.as.operator('POST', '/dead-letters/recover', { partnerId: 'lac', since: new Date().toISOString(), topic: 'hub.order.retired.v1' });
    expect(badTopic).toMatchObject({ status: 400, body: { issues: [{ field: 'topic' }] } });
    const noSince = await core.as.operator('POST', '/dead-letters/recover', { partnerId: 'lac' });
    expect(noSince).toMatchObject({ status: 400, body: { issues: [{ field: 'since', reason: 'is required' }] } });
    const namedRecovery = await core.as.operator('POST', '/dead-letters/recover', { partnerId: 'lac', since: new Date().toISOString(), requestedBy: 'ops-suzuki' });
    expect(namedRecovery).toMatchObject({ status: 400, body: { issues: [{ field: 'requestedBy', reason: 'is not allowed' }] } });
  });

  it('lets operators act, auditors only read, and nobody else in', async () => {
    const event = payoutEvent('lac');
    failing.refusing.add(event.eventId);
    await publish(event);
    const letter = await waitForOpenLetter(event.eventId);
    const replay = `/dead-letters/${letter.id}/replay`;
    const recover = { partnerId: 'lac', since: letter.failedAt };

    // The auditor reads the list and the letter…
    const listed = await core.as.auditor<DeadLetterListV1>('GET', `/dead-letters?consumerGroup=${failing.groupId}&state=open&limit=200`);
    expect(listed.status).toBe(200);
    expect(listed.body.deadLetters.map((l) => l.id)).toContain(letter.id);
    expect((await core.as.auditor<DeadLetterViewV1>('GET', `/dead-letters/${letter.id}`)).body).toMatchObject({ id: letter.id, state: 'open' });
    // …but neither replays nor recovers; other staff and partners do not even read; without a token, nobody does anything.
    for (const call of [core.as.auditor, core.as.coordinator, core.as.claims, core.as.finance, core.as.partner.lac]) {
      expect(await call('POST', replay, {})).toMatchObject({ status: 403, body: { error: 'forbidden' } });
      expect(await call('POST', '/dead-letters/recover', recover)).toMatchObject({ status: 403, body: { error: 'forbidden' } });
    }
    for (const call of [core.as.coordinator, core.as.approver, core.as.partner.lac]) {
      expect(await call('GET', '/dead-letters')).toMatchObject({ status: 403, body: { error: 'forbidden' } });
      expect(await call('GET', `/dead-letters/${letter.id}`)).toMatchObject({ status: 403, body: { error: 'forbidden' } });
    }
    for (const [method, path, body] of [['GET', '/dead-letters', undefined], ['GET', `/dead-letters/${letter.id}`, undefined], ['POST', replay, {}], ['POST', '/dead-letters/recover', recover]] as const) {
      expect(await core.as.anonymous(method, path, body)).toMatchObject({ status: 401, body: { error: 'unauthenticated' } });
    }

    // None of the refused requests replayed it: the letter is still open, and nothing was republished.
    expect(await openLettersOf(event.eventId)).toMatchObject([{ id: letter.id, state: 'open', replayCount: 0 }]);
    expect(await countReplays(letter.id)).toBe(0);
    failing.refusing.delete(event.eventId);
    expect((await core.as.operator<DeadLetterReplayV1>('POST', replay, {})).body).toMatchObject({ replayed: true, deadLetter: { replayedBy: operator } });
    await eventually(async () => failing.handled.get(event.eventId) === 1, { what: 'the ledger to handle the operator\'s replay' });
  });
});
