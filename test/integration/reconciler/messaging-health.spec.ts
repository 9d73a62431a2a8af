import { randomUUID } from 'node:crypto';
import { type Admin, Kafka, logLevel } from 'kafkajs';
import { consumerLag, createKafka } from '@hub/messaging';
import { testEnv } from '@hub/testing';
import { japanDateOf } from '@apps/reconciler/src/jobs/business-date';
import { ConsumerLagReader } from '@apps/reconciler/src/jobs/messaging-health/consumer-lag.reader';
import { type RunningHub, startHub } from '../../support/running-hub';

interface FindingRow {
  id: string;
  kind: string;
  severity: string;
  subject_type: string;
  subject_id: string;
  case_id: string | null;
  partner_id: string | null;
  amount_yen: string | null;
  detail: Record<string, unknown>;
  state: string;
  resolution: string | null;
  first_run_id: string;
  last_run_id: string;
}

/**
 * The messaging-health job against the real PostgreSQL and Kafka: outbox rows planted under source apps of this file's
 * own, dead letters under its own consumer group, and a scratch topic with consumer groups of this deployment's HUB_ENV
 * committed where the test wants them. The database and broker are shared: only this file's subjects are asserted on.
 */
describe('messaging-health job', () => {
  const tag = randomUUID().slice(0, 8);
  const hubEnv = testEnv.hubEnv;
  const today = () => japanDateOf(new Date());
  const apps = { stale: `mh-stale-${tag}`, stuck: `mh-stuck-${tag}`, fresh: `mh-fresh-${tag}`, published: `mh-published-${tag}` };
  const partnerId = `mh-partner-${tag}`;
  const topic = `${hubEnv}.mh-lag-${tag}`;
  const laggingGroup = `${hubEnv}.mh-lagging-${tag}`;
  const caughtUpGroup = `${hubEnv}.mh-caught-up-${tag}`;
  // Another deployment's group on the same broker, as far behind: not this deployment's to report.
  const foreignGroup = `other-${tag}.mh-lagging`;
  const caseId = randomUUID();
  const deadLetters = { withCase: randomUUID(), textCase: randomUUID(), replayed: randomUUID() };
  const lagSubject = `${laggingGroup}/${topic}`;
  const mySubjects = [...Object.values(apps), ...Object.values(deadLetters), lagSubject, `${caughtUpGroup}/${topic}`, `${foreignGroup}/${topic}`];
  let hub: RunningHub;
  let kafka: Kafka;
  let admin: Admin;

  beforeAll(async () => {
    // Lag summed over the topic's two partitions (3 + 3) reaches the alert; neither partition alone does.
    hub = await startHub({ apps: ['core', 'reconciler'], reconcilerEnv: { CONSUMER_LAG_ALERT: '5', OUTBOX_STALE_AFTER_MINUTES: '15' } });
    kafka = createKafka(testEnv.brokers.split(','), `mh-test-${tag}`);
    admin = kafka.admin();
    await admin.connect();
    await admin.createTopics({ topics: [{ topic, numPartitions: 2, replicationFactor: 1 }], waitForLeaders: true });
    const producer = kafka.producer();
    await producer.connect();
    await producer.send({ topic, messages: [0, 0, 0, 1, 1, 1].map((partition, i) => ({ partition, value: `m${i}` })) });
    await producer.disconnect();
    await commitAt(laggingGroup, '0');
    await commitAt(foreignGroup, '0');
    await commitAt(caughtUpGroup, 'high');

    await plantOutbox(apps.stale, ['20 minutes', '17 minutes'], false);
    await plantOutbox(apps.stuck, ['2 hours'], false);
    await plantOutbox(apps.fresh, ['1 minute'], false);
    await plantOutbox(apps.published, ['3 hours'], true);
    await plantDeadLetter(deadLetters.withCase, caseId, 'open');
    await plantDeadLetter(deadLetters.textCase, `case-${tag}`, 'open');
    await plantDeadLetter(deadLetters.replayed, randomUUID(), 'replayed');
  });

  afterAll(async () => {
    await hub?.dataSource.query(`DELETE FROM outbox_messages WHERE source_app = ANY($1)`, [Object.values(apps)]);
    await hub?.dataSource.query(`DELETE FROM dead_letters WHERE id = ANY($1)`, [Object.values(deadLetters)]);
    if (admin) {
      await admin.deleteGroups([laggingGroup, caughtUpGroup, foreignGroup]).catch(() => undefined);
      await admin.deleteTopics({ topics: [topic] }).catch(() => undefined);
      await admin.disconnect();
    }
    await hub?.stop();
  });

  /** Commits the group on both partitions of the scratch topic: at offset 0, or at the end (nothing behind). */
  async function commitAt(groupId: string, at: '0' | 'high'): Promise<void> {
    const ends = await admin.fetchTopicOffsets(topic);
    await admin.setOffsets({ groupId, topic, partitions: ends.map((e) => ({ partition: e.partition, offset: at === '0' ? '0' : e.high })) });
  }

  /** Outbox rows of a source app no relay serves (it is this file's), created the given time ago. */
  async function plantOutbox(sourceApp: string, ages: string[], published: boolean): Promise<void> {
    for (const age of ages) {
      await hub.dataSource.query(
        `INSERT INTO outbox_messages (source_app, topic, message_key, event_id, headers, value, created_at, published_at)
         VALUES ($1, 'hub.test.messaging-health', NULL, $2, '{}', '{}', now() - $3::interval, CASE WHEN $4 THEN now() END)`,
        [sourceApp, randomUUID(), age, published],
      );
    }
  }

  async function plantDeadLetter(id: string, caseText: string, state: 'open' | 'replayed'): Promise<void> {
    await hub.dataSource.query(
      `INSERT INTO dead_letters (id, consumer_group, app_name, source_topic, source_partition, source_offset, event_key, event_id, case_id, partner_id,
                                 original_key, original_value, original_headers, error_name, error_message, attempts, failed_at, state, replayed_at, replayed_by)
       VALUES ($1, $2, 'mh-test', 'hub.test.messaging-health', 0, '7', $3, $3, $4, $5, NULL, '{}', '{}', 'ContractViolation', 'payload.orderId: must be a UUID', 3,
               now() - interval '1 hour', $6, CASE WHEN $6 = 'replayed' THEN now() END, CASE WHEN $6 = 'replayed' THEN 'operator' END)`,
      [id, `${hubEnv}.mh-test-${tag}`, `event-${id}`, caseText, partnerId, state],
    );
  }

  const findings = (): Promise<FindingRow[]> =>
    hub.dataSource.query(
      `SELECT id, kind, severity, subject_type, subject_id, case_id, partner_id, amount_yen, detail, state, resolution, first_run_id, last_run_id
         FROM reconciliation_findings WHERE job = 'messaging-health' AND subject_id = ANY($1) ORDER BY kind, subject_id`,
      [mySubjects],
    );
  const bySubject = (rows: FindingRow[], subject: string) => rows.filter((r) => r.subject_id === subject);

  it('finds stale outboxes, open dead letters and a lagging group of this deployment, and nothing for what is healthy', async () => {
    const run = await hub.reconcile('messaging-health', today());
    expect(run.state).toBe('succeeded');
    expect(run.summary).toMatchObject({ kafkaReachable: true });
    const rows = await findings();

    // Two rows of one app, 17 and 20 minutes old: one finding, a warning; 2 hours is beyond 4 × 15 minutes: an incident.
    const [stale] = bySubject(rows, apps.stale);
    expect(stale).toMatchObject({ kind: 'outbox_stale', severity: 'warning', subject_type: 'outbox', amount_yen: null, state: 'open' });
    expect(stale.detail).toMatchObject({ count: 2, oldestAgeMinutes: 20 });
    const [oldest]: { id: string; created_at: Date }[] = await hub.dataSource.query(`SELECT id::text, created_at FROM outbox_messages WHERE source_app = $1 ORDER BY id LIMIT 1`, [apps.stale]);
    expect(stale.detail).toMatchObject({ oldestId: oldest.id, oldestCreatedAt: oldest.created_at.toISOString() });
    expect(bySubject(rows, apps.stuck)).toEqual([expect.objectContaining({ kind: 'outbox_stale', severity: 'incident', detail: expect.objectContaining({ count: 1 }) })]);

    expect(bySubject(rows, deadLetters.withCase)).toEqual([
      expect.objectContaining({ kind: 'dead_letter_unreplayed', severity: 'warning', subject_type: 'dead_letter', case_id: caseId, partner_id: partnerId }),
    ]);
    // Its case_id is free text, not a case: the finding names none rather than fail the run.
    expect(bySubject(rows, deadLetters.textCase)).toEqual([expect.objectContaining({ kind: 'dead_letter_unreplayed', case_id: null, partner_id: partnerId })]);

    expect(bySubject(rows, lagSubject)).toEqual([
      expect.objectContaining({ kind: 'consumer_lag', severity: 'warning', detail: expect.objectContaining({ consumerGroup: laggingGroup, topic, lag: 6, partitions: 2 }) }),
    ]);

    // Healthy: a fresh row, published rows, a replayed letter, a group at the end; another deployment's group is not ours.
    for (const subject of [apps.fresh, apps.published, deadLetters.replayed, `${caughtUpGroup}/${topic}`, `${foreignGroup}/${topic}`]) {
      expect(bySubject(rows, subject)).toEqual([]);
    }
  });

  it('finds the same findings, once, when the day is run again', async () => {
    const before = await findings();
    const again = await hub.reconcile('messaging-health', today());
    expect(again.state).toBe('succeeded');
    const after = await findings();
    expect(after.map((r) => [r.id, r.kind, r.subject_id, r.state, r.first_run_id])).toEqual(before.map((r) => [r.id, r.kind, r.subject_id, r.state, r.first_run_id]));
    expect(after).toHaveLength(5); // two outboxes, two dead letters, one lag
    expect(new Set(after.map((r) => r.last_run_id))).toEqual(new Set([again.id]));
  });

  it('reports Kafka out of reach as a finding and still checks the database', async () => {
    const reader = hub.nest.reconciler!.get(ConsumerLagReader);
    // A broker address nobody listens on (quiet: the refused connections are the point, not news).
    const unreachable = new Kafka({ clientId: `mh-unreachable-${tag}`, brokers: ['127.0.0.1:1'], logLevel: logLevel.NOTHING });
    const spy = jest.spyOn(reader, 'read').mockImplementation(() => consumerLag(unreachable, hubEnv, { retries: 0 }));
    try {
      const run = await hub.reconcile('messaging-health', today());
      expect(run.state).toBe('succeeded');
      expect(run.summary).toMatchObject({ kafkaReachable: false, consumerLagsMeasured: null });
      const [down]: FindingRow[] = await hub.dataSource.query(
        `SELECT kind, severity, subject_type, subject_id, state, last_run_id, detail FROM reconciliation_findings WHERE job = 'messaging-health' AND kind = 'kafka_unreachable'`,
      );
      expect(down).toMatchObject({ severity: 'warning', subject_type: 'kafka', subject_id: 'kafka', state: 'open', last_run_id: run.id });
      expect(String(down.detail.error)).toMatch(/ECONNREFUSED|connect/i);
      // The outbox and dead-letter checks ran and found theirs again; the lag could not be measured, and its finding
      // stays open as last measured (not measured is not caught up).
      const rows = await findings();
      expect(rows).toHaveLength(5);
      expect(rows.map((r) => [r.subject_id, r.state, r.last_run_id])).toEqual(rows.map((r) => [r.subject_id, 'open', run.id]));
      expect(bySubject(rows, lagSubject)).toEqual([expect.objectContaining({ detail: expect.objectContaining({ lag: 6 }) })]);
    } finally {
      spy.mockRestore();
    }
    const back = await hub.reconcile('messaging-health', today());
    const [again]: { state: string; resolution: string | null }[] = await hub.dataSource.query(
      `SELECT state, resolution FROM reconciliation_findings WHERE job = 'messaging-health' AND kind = 'kafka_unreachable'`,
    );
    expect(again).toEqual({ state: 'resolved', resolution: 'no_longer_holds' });
    // Kafka answers again: the lag is measured again, the same finding.
    expect(bySubject(await findings(), lagSubject)).toEqual([expect.objectContaining({ state: 'open', last_run_id: back.id })]);
  });

  it('closes each finding once it is put right: the outbox published, the letters replayed, the group caught up', async () => {
    await hub.dataSource.query(`UPDATE outbox_messages SET published_at = now() WHERE source_app = ANY($1) AND published_at IS NULL`, [[apps.stale, apps.stuck]]);
    await hub.dataSource.query(`UPDATE dead_letters SET state = 'replayed', replayed_at = now(), replayed_by = 'operator', replay_count = 1 WHERE id = ANY($1)`, [
      [deadLetters.withCase, deadLetters.textCase],
    ]);
    await commitAt(laggingGroup, 'high');

    const run = await hub.reconcile('messaging-health', today());
    expect(run.state).toBe('succeeded');
    const rows = await findings();
    expect(rows).toHaveLength(5);
    expect(rows.map((r) => [r.subject_id, r.state, r.resolution])).toEqual(rows.map((r) => [r.subject_id, 'resolved', 'no_longer_holds']));
    expect(run.closed).toBeGreaterThanOrEqual(5);
  });
});
