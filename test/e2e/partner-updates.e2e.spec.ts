import { randomUUID } from 'node:crypto';
import { demoWebhookSecret } from '@hub/adapter-kit';
import { contractValidator } from '@hub/contracts';
import { eventually, getSigned, postSigned } from '@hub/testing';
import { startPartnerSim } from '@apps/partner-sim/src/partner-sim.app';
import { loadPartnerSimSettings } from '@apps/partner-sim/src/partner-sim.config';
import { coreClient } from '../support/core-client';
import { lacOrder } from '../support/demo-requests';
import { RunningHub, startHub } from '../support/running-hub';

const LAC_SECRET = demoWebhookSecret('lac');
const newWebhookId = () => `msg_${randomUUID().replace(/-/g, '')}`;

/**
 * A partner's updates land in the order they happened, once, whatever order they arrive in; a cancellation reaches
 * the partner after its order and never before; an update after the cancellation is recorded as late, not dropped.
 */
describe('partner updates, in the order they happened, once', () => {
  let hub: RunningHub;
  let core: ReturnType<typeof coreClient>;

  const callback = (orderId: string, reportedAt: Date, overrides: Record<string, unknown>) => ({
    api_version: '1',
    engagement_id: orderId,
    lac_ticket: 'LAC-2026-000777',
    reported_at: reportedAt.toISOString(),
    ...overrides,
  });
  const send = (body: unknown, webhookId = newWebhookId()) => postSigned(`${hub.adapterUrl}/lac/v1/callbacks`, LAC_SECRET, body, { webhookId, token: hub.tokens.partner.lac });
  const readOutcome = (webhookId: string) => getSigned(`${hub.adapterUrl}/lac/v1/callbacks/${webhookId}`, LAC_SECRET, { token: hub.tokens.partner.lac });
  /** What LAC reported on the order, leaving out the acknowledgement the adapter records when a delivery succeeds. */
  const partnerEntries = async (caseId: string, orderId: string) =>
    (await core.timeline(caseId)).filter(
      (e: { orderId: string | null; actor: string; toStatus: string | null }) => e.orderId === orderId && e.actor === 'partner:lac' && e.toStatus !== 'acknowledged',
    );

  async function deliveredOrder(): Promise<{ caseId: string; orderId: string }> {
    const { caseId } = await core.openCase({ confirm: true });
    const orderId = (await hub.as.coordinator.post(`/cases/${caseId}/orders`).send(lacOrder()).expect(201)).body.orderId as string;
    await eventually(async () => hub.lac.find(orderId), { what: 'delivery to LAC' });
    await eventually(async () => (await core.order(orderId)).status === 'acknowledged', { what: 'the acknowledgement' });
    return { caseId, orderId };
  }

  beforeAll(async () => {
    // LAC's simulator plays no script of its own here (a minute between steps): these tests are LAC.
    hub = await startHub({ simStepDelayMs: 60_000 });
    core = coreClient(hub.as);
  });

  afterAll(async () => {
    await hub?.stop();
  });

  it('places six callbacks sent in reverse where they happened, all recorded, none dead-lettered', async () => {
    const { caseId, orderId } = await deliveredOrder();
    const t0 = Date.now() - 60 * 60_000;
    const at = (minutes: number) => new Date(t0 + minutes * 60_000);
    const inTrueOrder = [
      callback(orderId, at(1), { status_code: 'ACCEPTED', comment: 'Analyst assigned' }),
      callback(orderId, at(2), { status_code: 'IN_PROGRESS', phase: 'HEARING_DONE' }),
      callback(orderId, at(3), { status_code: 'IN_PROGRESS', phase: 'FORENSICS_STARTED' }),
      callback(orderId, at(4), { status_code: 'IN_PROGRESS', phase: 'PRELIMINARY_REPORT' }),
      callback(orderId, at(5), { status_code: 'IN_PROGRESS', phase: 'FINAL_REPORT' }),
      callback(orderId, at(6), { status_code: 'COMPLETED', comment: 'Final report delivered' }),
    ];
    for (const body of [...inTrueOrder].reverse()) expect((await send(body)).status).toBe(200);

    const entries = await eventually(async () => {
      const found = await partnerEntries(caseId, orderId);
      return found.length === 6 ? found : undefined;
    }, { what: 'all six reports on the timeline' });
    // In the order they happened, not the order they arrived.
    expect(entries.map((e: { occurredAt: string }) => e.occurredAt)).toEqual(inTrueOrder.map((c) => new Date(c.reported_at).toISOString()));
    expect(entries.map((e: { milestone: string | null }) => e.milestone)).toEqual([
      null, 'hearing_done', 'forensic_investigation_started', 'preliminary_report_delivered', 'final_report_delivered', null,
    ]);
    expect(entries[5]).toMatchObject({ kind: 'order_status_changed', toStatus: 'work_complete' });
    expect(entries.slice(0, 5).every((e: { kind: string }) => e.kind === 'partner_update_late')).toBe(true);
    const order = await core.order(orderId);
    expect(order.status).toBe('work_complete');
    // Acceptance counts from when LAC accepted, though the acceptance arrived last.
    expect(new Date(order.acceptedAt as string).toISOString()).toBe(at(1).toISOString());
    expect(await hub.dataSource.query(`SELECT 1 FROM dead_letters WHERE original_value::text LIKE '%' || $1 || '%'`, [orderId])).toEqual([]);
  });

  it('counts a milestone sent ten times with fresh webhook-ids once', async () => {
    const { caseId, orderId } = await deliveredOrder();
    expect((await send(callback(orderId, new Date(), { status_code: 'ACCEPTED' }))).status).toBe(200);
    const answers = [];
    for (let i = 0; i < 10; i++) answers.push(await send(callback(orderId, new Date(), { status_code: 'IN_PROGRESS', phase: 'HEARING_DONE' })));
    expect(answers.map((a) => a.status)).toEqual(Array(10).fill(200));
    expect(answers.filter((a) => a.body.duplicate === false)).toHaveLength(1);
    await eventually(async () => (await core.order(orderId)).status === 'in_progress', { what: 'the milestone' });
    await new Promise((resolve) => setTimeout(resolve, 500));
    const hearing = (await partnerEntries(caseId, orderId)).filter((e: { milestone: string | null }) => e.milestone === 'hearing_done');
    expect(hearing).toHaveLength(1);
  });

  it('lets the partner read what became of a callback: accepted by the adapter, then placed by core', async () => {
    const { orderId } = await deliveredOrder();
    const webhookId = newWebhookId();
    expect((await send(callback(orderId, new Date(), { status_code: 'ACCEPTED' }), webhookId)).status).toBe(200);
    const outcome = await eventually(async () => {
      const read = await readOutcome(webhookId);
      return read.body.core && (read.body.core as { result: string | null }).result ? read.body : undefined;
    }, { what: 'core\'s placement of the callback' });
    expect(outcome).toMatchObject({ webhookId, orderId, outcome: 'accepted', core: { result: 'advanced' } });
    expect(contractValidator().validate('http/adapter/callback-outcome.v1', outcome).ok).toBe(true);
    // Only LAC reads it: signed, but with another partner's token, it is refused.
    const foreign = await getSigned(`${hub.adapterUrl}/lac/v1/callbacks/${webhookId}`, LAC_SECRET, { token: hub.tokens.partner.aos });
    expect(foreign.status).toBe(403);
    expect(foreign.body).toMatchObject({ error: 'forbidden' });
  });

  it('records an update that arrives after the cancellation as late, for the coordinator to see', async () => {
    const { caseId, orderId } = await deliveredOrder();
    await hub.as.coordinator.post(`/orders/${orderId}/cancel`).send({ reason: 'The insured engaged its own vendor' }).expect(200);
    const cancellation = await eventually(async () => hub.lac.cancellationOf(orderId), { what: 'the cancellation to reach LAC' });
    // LAC is told who cancelled: the coordinator who signed in.
    expect(cancellation.request).toMatchObject({ api_version: '2', engagement_id: orderId, cancel_reason: 'The insured engaged its own vendor', cancelled_by: 'staff:sato.coordinator' });

    const webhookId = newWebhookId();
    const late = await send(callback(orderId, new Date(), { status_code: 'IN_PROGRESS', phase: 'HEARING_DONE' }), webhookId);
    expect(late.status).toBe(200);
    const entry = await eventually(async () => (await partnerEntries(caseId, orderId)).find((e: { kind: string }) => e.kind === 'partner_update_after_cancellation'), {
      what: 'the late update on the timeline',
    });
    expect(entry.note).toContain('after the order was cancelled');
    expect((await core.order(orderId)).status).toBe('cancelled');
    const outcome = await eventually(async () => {
      const read = await readOutcome(webhookId);
      return (read.body.core as { result: string | null }).result ? read.body : undefined;
    }, { what: 'core\'s placement' });
    expect(outcome).toMatchObject({ outcome: 'accepted', core: { result: 'after_end' } });
  });
});

describe('a cancellation reaches the partner after its order, never before', () => {
  let hub: RunningHub;
  let stopSim: (() => Promise<void>) | undefined;

  beforeAll(async () => {
    // LAC is down while the order is issued and cancelled: both wait, in the case's order.
    hub = await startHub({ apps: ['core', 'adapter-lac'] });
  });

  afterAll(async () => {
    await stopSim?.();
    await hub?.stop();
  });

  it('holds the cancellation behind its undelivered order, then delivers both in order', async () => {
    const core = coreClient(hub.as);
    const { caseId } = await core.openCase({ confirm: true });
    const orderId = (await hub.as.coordinator.post(`/cases/${caseId}/orders`).send(lacOrder()).expect(201)).body.orderId as string;
    await eventually(async () => (await hub.dataSource.query(`SELECT attempts FROM partner_deliveries WHERE order_id = $1 AND kind = 'order'`, [orderId]))[0]?.attempts >= 1, {
      what: 'a failed attempt at the order',
    });
    await hub.as.coordinator.post(`/orders/${orderId}/cancel`).send({ reason: 'Duplicate order' }).expect(200);
    const cancellation = await eventually(async () => (await hub.dataSource.query(`SELECT status, attempts FROM partner_deliveries WHERE order_id = $1 AND kind = 'cancellation'`, [orderId]))[0], {
      what: 'the cancellation queued',
    });
    // While the order is undelivered its cancellation is not even tried.
    await new Promise((resolve) => setTimeout(resolve, 1_500));
    expect((await hub.dataSource.query(`SELECT attempts FROM partner_deliveries WHERE order_id = $1 AND kind = 'cancellation'`, [orderId]))[0].attempts).toBe(0);
    expect(cancellation.status).toBe('pending');

    const sim = await startPartnerSim(
      loadPartnerSimSettings({ PORT: new URL(hub.simUrl).port, LAC_ADAPTER_URL: hub.adapterUrl, LAC_TOKEN_URL: `${hub.coreUrl}/oauth/token`, SIM_STEP_DELAY_MS: '60000', LOG_LEVEL: 'warn' }),
    );
    stopSim = () => sim.app.close();
    const cancelled = await eventually(async () => sim.lac.cancellationOf(orderId), { what: 'the cancellation at LAC', timeoutMs: 30_000 });
    const engagement = sim.lac.find(orderId);
    expect(engagement).toBeDefined();
    expect(cancelled.receivedAtMs).toBeGreaterThanOrEqual((engagement as { receivedAtMs: number }).receivedAtMs);
    // The partner has it; the adapter records the delivery once the partner's answer is back, a moment later.
    await eventually(async () => (await hub.dataSource.query(`SELECT status FROM partner_deliveries WHERE order_id = $1 AND kind = 'cancellation'`, [orderId]))[0]?.status === 'delivered', {
      what: 'the cancellation recorded as delivered',
    });
  });
});
