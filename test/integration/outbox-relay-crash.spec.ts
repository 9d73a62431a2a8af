import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { appendToOutbox, createEnvelope, createKafka, FAULT_POINTS, TOPICS } from '@hub/messaging';
import { eventually, readTopic, testEnv } from '@hub/testing';
import { RunningHub, startHub } from '../support/running-hub';
import { lacOrder } from '../support/demo-requests';
import { coreClient } from '../support/core-client';

/**
 * Kill the relay between the database commit and the Kafka send, for real (SIGKILL, no clean-up), at
 * both sides of the send: nothing is lost, and the consumer's effect happens exactly once.
 */
describe('outbox relay killed mid-flight', () => {
  // The status reports are written as the LAC adapter would write them; its app is not running here,
  // so only the relay processes this test starts publish them.
  const SOURCE = 'adapter-lac';
  let hub: RunningHub;
  let core: ReturnType<typeof coreClient>;
  const kafka = createKafka(testEnv.brokers.split(','), 'relay-crash-test');

  beforeAll(async () => {
    hub = await startHub({ apps: ['core'] });
    core = coreClient(hub.as);
  });

  afterAll(async () => {
    await hub?.stop();
  });

  function runRelay(faultPoint?: string): Promise<{ code: number | null; signal: NodeJS.Signals | null }> {
    // `node --import tsx` rather than the tsx CLI, which would wrap the relay in a second process.
    const child = spawn(process.execPath, ['--import', 'tsx', join(__dirname, '../support/relay-once.ts')], {
      env: { ...process.env, DATABASE_URL: testEnv.databaseUrl, KAFKA_BROKERS: testEnv.brokers, RELAY_SOURCE_APP: SOURCE, HUB_FAULT_POINT: faultPoint ?? '' },
      stdio: 'inherit',
    });
    return new Promise((resolve) => child.on('exit', (code, signal) => resolve({ code, signal })));
  }

  /** An order on a covered case, plus committed (not yet published) status reports about it. */
  async function orderWithPendingReports(): Promise<{ caseId: string; orderId: string; eventIds: string[] }> {
    const { caseId } = await core.openCase({ confirm: true });
    const orderId = (await hub.as.coordinator.post(`/cases/${caseId}/orders`).send(lacOrder()).expect(201)).body.orderId as string;
    const reports = [
      { orderId, status: 'acknowledged' as const, reportedAt: new Date().toISOString() },
      { orderId, status: 'accepted' as const, partnerReference: 'LAC-2026-000777', reportedAt: new Date().toISOString() },
      { orderId, status: 'in_progress' as const, milestone: 'hearing_done', reportedAt: new Date().toISOString() },
    ];
    const envelopes = reports.map((payload) =>
      createEnvelope(TOPICS.orderStatusChanged, { caseId, partnerId: 'lac', correlationId: `crash-${caseId}`, payload }),
    );
    await hub.dataSource.transaction(async (tx) => {
      for (const envelope of envelopes) await appendToOutbox(tx, SOURCE, TOPICS.orderStatusChanged, envelope);
    });
    return { caseId, orderId, eventIds: envelopes.map((e) => e.eventId) };
  }

  const unpublished = async (eventIds: string[]) =>
    Number((await hub.dataSource.query('SELECT count(*) FROM outbox_messages WHERE event_id = ANY($1) AND published_at IS NULL', [eventIds]))[0].count);

  const onKafka = (eventIds: string[], expected: number) =>
    readTopic(kafka, TOPICS.orderStatusChanged.name, (m) => eventIds.includes(m.headers['event-id']), {
      until: (found) => found.length >= expected,
      timeoutMs: 8_000,
    });

  it('killed after claiming, before sending: the restart sends each message once', async () => {
    const { caseId, eventIds } = await orderWithPendingReports();
    const killed = await runRelay(FAULT_POINTS.relayAfterCommitBeforeSend);
    expect(killed.signal).toBe('SIGKILL');
    expect(await unpublished(eventIds)).toBe(3);
    expect(await onKafka(eventIds, 1)).toHaveLength(0);

    expect(await runRelay()).toEqual({ code: 0, signal: null });
    expect(await unpublished(eventIds)).toBe(0);
    const sent = await onKafka(eventIds, 4);
    expect(sent.map((m) => m.headers['event-id']).sort()).toEqual([...eventIds].sort());

    const applied = await eventually(async () => {
      const entries = (await core.timeline(caseId)).filter((e) => e.eventId && eventIds.includes(e.eventId));
      return entries.length === 3 ? entries : undefined;
    }, { what: 'core to apply the three reports' });
    expect(applied.map((e) => e.toStatus)).toEqual(['acknowledged', 'accepted', 'in_progress']);
  });

  it('killed after sending, before marking: the restart re-sends, and core applies each report once', async () => {
    const { caseId, orderId, eventIds } = await orderWithPendingReports();
    const killed = await runRelay(FAULT_POINTS.relayAfterSendBeforeMark);
    expect(killed.signal).toBe('SIGKILL');
    expect(await unpublished(eventIds)).toBe(3);

    expect(await runRelay()).toEqual({ code: 0, signal: null });
    expect(await unpublished(eventIds)).toBe(0);
    const sent = await onKafka(eventIds, 6);
    expect(sent).toHaveLength(6); // every report twice on Kafka: the crash really duplicated them

    await eventually(async () => (await core.order(orderId)).status === 'in_progress', { what: 'the order to be in progress' });
    // Give the duplicates time to arrive, then check each report had exactly one effect.
    await new Promise((resolve) => setTimeout(resolve, 1_500));
    const entries = (await core.timeline(caseId)).filter((e) => e.eventId && eventIds.includes(e.eventId));
    expect(entries.map((e) => e.toStatus)).toEqual(['acknowledged', 'accepted', 'in_progress']);
    const processed = await hub.dataSource.query(
      `SELECT outcome, count(*)::int AS n FROM processed_events WHERE event_key = ANY($1) GROUP BY outcome`,
      [eventIds],
    );
    expect(processed).toEqual([{ outcome: 'handled', n: 3 }]);
  });
});
