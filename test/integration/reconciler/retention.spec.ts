import { randomUUID } from 'node:crypto';
import { japanDateOf } from '@apps/reconciler/src/jobs/business-date';
import type { TableRetention } from '@apps/reconciler/src/jobs/retention/retention.job';
import { type RunningHub, startHub } from '../../support/running-hub';

/**
 * The retention job against the real PostgreSQL, with the smallest batch allowed (100): rows planted past their
 * retention go, a batch at a time, and the rows within it stay; a pending delivery keeps its last attempt however old.
 * Rows are planted under a consumer group and partner id of this file's own; the database is shared, so only they
 * are counted (the removed totals and batches may include other files' old rows, hence the ≥).
 */
describe('retention job', () => {
  const tag = randomUUID().slice(0, 8);
  const group = `rt-${tag}.consumer`;
  const partnerId = `rt-${tag}`;
  let hub: RunningHub;

  beforeAll(async () => {
    hub = await startHub({
      apps: ['core', 'reconciler'],
      reconcilerEnv: { RETENTION_BATCH_SIZE: '100', PROCESSED_EVENTS_RETENTION_DAYS: '30', INBOUND_WEBHOOKS_RETENTION_DAYS: '30', DELIVERY_ATTEMPTS_RETENTION_DAYS: '180' },
    });
  });

  afterAll(async () => {
    if (hub) {
      await hub.dataSource.query(`DELETE FROM processed_events WHERE consumer_group = $1`, [group]);
      await hub.dataSource.query(`DELETE FROM inbound_webhooks WHERE partner_id = $1`, [partnerId]);
      await hub.dataSource.query(`DELETE FROM delivery_attempts WHERE partner_id = $1`, [partnerId]);
      await hub.dataSource.query(`DELETE FROM partner_deliveries WHERE partner_id = $1`, [partnerId]);
    }
    await hub?.stop();
  });

  /** A delivery of this file's partner, in the state given, with attempts started the given number of days ago (attempt 1 first). */
  async function delivery(status: 'pending' | 'delivered' | 'failed', attemptAgesDays: number[]): Promise<string> {
    const id = randomUUID();
    const orderId = randomUUID();
    await hub.dataSource.query(
      `INSERT INTO partner_deliveries (id, partner_id, order_id, case_id, correlation_id, webhook_id, payload, status, attempts, delivered_at)
       VALUES ($1, $2, $3, $4, $5, $6, '{}', $7, $8, CASE WHEN $7 = 'delivered' THEN now() END)`,
      [id, partnerId, orderId, randomUUID(), `rt-${id}`, `msg_rt_${id}`, status, attemptAgesDays.length],
    );
    for (const [i, days] of attemptAgesDays.entries()) {
      await hub.dataSource.query(
        `INSERT INTO delivery_attempts (delivery_id, partner_id, order_id, attempt_no, started_at, duration_ms, http_status, outcome, error)
         VALUES ($1, $2, $3, $4, now() - make_interval(days => $5), 120, 503, 'failed', 'HTTP 503')`,
        [id, partnerId, orderId, i + 1, days],
      );
    }
    return id;
  }

  const attemptNos = async (deliveryId: string): Promise<number[]> =>
    (await hub.dataSource.query(`SELECT attempt_no FROM delivery_attempts WHERE delivery_id = $1 ORDER BY attempt_no`, [deliveryId])).map((r: { attempt_no: number }) => r.attempt_no);

  const count = async (sql: string, param: string): Promise<number> => Number((await hub.dataSource.query(sql, [param]))[0].count);

  it('removes what is past retention in batches, keeps what is not, and keeps the last attempt of a pending delivery', async () => {
    // 250 processed-event marks 31–32 days old, 5 within the 30 days.
    await hub.dataSource.query(
      `INSERT INTO processed_events (consumer_group, event_key, topic, outcome, processed_at)
       SELECT $1, 'old-' || i, 'hub.test.retention', 'handled', now() - interval '31 days' - make_interval(mins => i) FROM generate_series(1, 250) i`,
      [group],
    );
    await hub.dataSource.query(
      `INSERT INTO processed_events (consumer_group, event_key, topic, outcome, processed_at)
       SELECT $1, 'new-' || i, 'hub.test.retention', 'handled', now() - interval '29 days' + make_interval(mins => i) FROM generate_series(1, 5) i`,
      [group],
    );
    // 120 webhook ids past 30 days, 3 within.
    await hub.dataSource.query(
      `INSERT INTO inbound_webhooks (partner_id, webhook_id, received_at)
       SELECT $1, 'msg_old_' || i, now() - interval '45 days' - make_interval(mins => i) FROM generate_series(1, 120) i`,
      [partnerId],
    );
    await hub.dataSource.query(`INSERT INTO inbound_webhooks (partner_id, webhook_id, received_at) SELECT $1, 'msg_new_' || i, now() - interval '1 day' FROM generate_series(1, 3) i`, [partnerId]);
    // Attempts: past 180 days unless said otherwise.
    const delivered = await delivery('delivered', [200, 199, 190]);
    const pending = await delivery('pending', [300, 250, 200]);
    const pendingRecent = await delivery('pending', [200, 3]);
    const failed = await delivery('failed', [220, 210]);
    const deliveredRecent = await delivery('delivered', [10]);

    const run = await hub.reconcile('retention', japanDateOf(new Date()));
    expect(run.state).toBe('succeeded');
    expect(run.found).toBe(0);
    const summary = run.summary as { batchSize: number; processedEvents: TableRetention; inboundWebhooks: TableRetention; deliveryAttempts: TableRetention };
    expect(summary.batchSize).toBe(100);
    // 250 rows at 100 a batch: 100, 100, then fewer than 100, which ends the table.
    expect(summary.processedEvents).toMatchObject({ retentionDays: 30 });
    expect(summary.processedEvents.removed).toBeGreaterThanOrEqual(250);
    expect(summary.processedEvents.batches).toBeGreaterThanOrEqual(3);
    expect(summary.processedEvents.batches).toBe(Math.floor(summary.processedEvents.removed / 100) + 1);
    expect(summary.inboundWebhooks.removed).toBeGreaterThanOrEqual(120);
    expect(summary.inboundWebhooks.batches).toBeGreaterThanOrEqual(2);
    expect(summary.deliveryAttempts).toMatchObject({ retentionDays: 180 });
    expect(summary.deliveryAttempts.removed).toBeGreaterThanOrEqual(3 + 2 + 1 + 2);

    expect(await count(`SELECT count(*) FROM processed_events WHERE consumer_group = $1 AND event_key LIKE 'old-%'`, group)).toBe(0);
    expect(await count(`SELECT count(*) FROM processed_events WHERE consumer_group = $1 AND event_key LIKE 'new-%'`, group)).toBe(5);
    expect(await count(`SELECT count(*) FROM inbound_webhooks WHERE partner_id = $1 AND webhook_id LIKE 'msg_old_%'`, partnerId)).toBe(0);
    expect(await count(`SELECT count(*) FROM inbound_webhooks WHERE partner_id = $1 AND webhook_id LIKE 'msg_new_%'`, partnerId)).toBe(3);
    expect(await attemptNos(delivered)).toEqual([]);
    expect(await attemptNos(failed)).toEqual([]);
    // Still pending: its last attempt stays, however old, the earlier ones go; a recent attempt stays anyway.
    expect(await attemptNos(pending)).toEqual([3]);
    expect(await attemptNos(pendingRecent)).toEqual([2]);
    expect(await attemptNos(deliveredRecent)).toEqual([1]);
  });

  it('removes nothing more when run again, and once the pending delivery is delivered its last old attempt goes too', async () => {
    const [{ id: pending }]: { id: string }[] = await hub.dataSource.query(
      `SELECT d.id FROM partner_deliveries d JOIN delivery_attempts a ON a.delivery_id = d.id WHERE d.partner_id = $1 AND d.status = 'pending' AND a.started_at < now() - interval '180 days'`,
      [partnerId],
    );
    const again = await hub.reconcile('retention', japanDateOf(new Date()));
    expect(again.state).toBe('succeeded');
    expect(await attemptNos(pending)).toEqual([3]);
    expect(await count(`SELECT count(*) FROM processed_events WHERE consumer_group = $1`, group)).toBe(5);

    await hub.dataSource.query(`UPDATE partner_deliveries SET status = 'delivered', delivered_at = now() WHERE id = $1`, [pending]);
    const after = await hub.reconcile('retention', japanDateOf(new Date()));
    expect(after.state).toBe('succeeded');
    expect(await attemptNos(pending)).toEqual([]);
    expect((after.summary.deliveryAttempts as TableRetention).removed).toBeGreaterThanOrEqual(1);
  });
});
