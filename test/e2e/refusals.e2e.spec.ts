import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { createKafka, TOPICS } from '@hub/messaging';
import { contractValidator } from '@hub/contracts';
import { eventually, getSigned, mentioning, postSigned, readTopic, testEnv } from '@hub/testing';
import { RunningHub, startHub } from '../support/running-hub';
import { demoWebhookSecret } from '@hub/adapter-kit';
import { lacOrder } from '../support/demo-requests';
import { coreClient } from '../support/core-client';

const LAC_SECRET = demoWebhookSecret('lac');

/**
 * Every refusal: the caller gets a clear error, and the hub is left exactly as it was — no row, no
 * outbox message, nothing on Kafka.
 */
describe('refusals leave nothing behind', () => {
  let hub: RunningHub;
  let core: ReturnType<typeof coreClient>;
  let db: DataSource;
  const kafka = createKafka(testEnv.brokers.split(','), 'refusals-test');

  const count = async (sql: string, params: unknown[]) => Number((await db.query(sql, params))[0].count);
  const outboxMentioning = (text: string) =>
    count(`SELECT count(*) FROM outbox_messages WHERE value::text LIKE '%' || $1 || '%'`, [text]);

  /** An order LAC has received, so its callbacks have something to be about. */
  async function deliveredLacOrder(): Promise<{ caseId: string; orderId: string }> {
    const { caseId } = await core.openCase({ confirm: true });
    const orderId = (await core.http().post(`/cases/${caseId}/orders`).send(lacOrder()).expect(201)).body.orderId as string;
    await eventually(async () => hub.lac.find(orderId), { what: 'delivery to LAC' });
    return { caseId, orderId };
  }

  const callback = (orderId: string, overrides: Record<string, unknown> = {}) => ({
    api_version: '1',
    engagement_id: orderId,
    lac_ticket: 'LAC-2026-999999',
    status_code: 'ACCEPTED',
    reported_at: new Date().toISOString(),
    ...overrides,
  });

  beforeAll(async () => {
    // A slow simulator keeps LAC's own callbacks out of the way of the ones these tests send.
    hub = await startHub({ simStepDelayMs: 60_000 });
    core = coreClient(hub.coreUrl);
    db = hub.dataSource;
  });

  afterAll(async () => {
    await hub?.stop();
  });

  it('refuses an order while coverage is unconfirmed (409, saying why)', async () => {
    const { caseId } = await core.openCase({ confirm: false });
    const response = await core.http().post(`/cases/${caseId}/orders`).send(lacOrder()).expect(409);
    expect(response.body).toMatchObject({ error: 'coverage_not_confirmed' });
    expect(response.body.message).toContain('insurer must confirm');
    expect(await count('SELECT count(*) FROM orders WHERE case_id = $1', [caseId])).toBe(0);
    expect(await outboxMentioning(caseId)).toBe(0);
    expect(await readTopic(kafka, TOPICS.orderIssued.name, mentioning(caseId), { timeoutMs: 3_000 })).toEqual([]);
  });

  it('refuses an order when coverage was denied', async () => {
    const { caseId } = await core.openCase({ confirm: false });
    await core.http().post(`/cases/${caseId}/coverage-decision`).send({ decision: 'denied', decidedBy: 'adjuster.tanaka', reason: 'No effective access control (exclusion)' }).expect(200);
    const response = await core.http().post(`/cases/${caseId}/orders`).send(lacOrder()).expect(409);
    expect(response.body.message).toContain('denied');
    expect(await count('SELECT count(*) FROM orders WHERE case_id = $1', [caseId])).toBe(0);
  });

  it('refuses a request body missing a field with 400 naming it', async () => {
    const { caseId } = await core.openCase({ confirm: true });
    const { scope: _omitted, ...withoutScope } = lacOrder();
    const response = await core.http().post(`/cases/${caseId}/orders`).send(withoutScope).expect(400);
    expect(response.body).toMatchObject({ error: 'validation_failed', issues: [{ field: 'scope', reason: 'is required' }] });
    expect(await count('SELECT count(*) FROM orders WHERE case_id = $1', [caseId])).toBe(0);
  });

  it('refuses a callback with a bad signature (401) and keeps nothing', async () => {
    const { orderId } = await deliveredLacOrder();
    const webhookId = `msg_${randomUUID()}`;
    const response = await postSigned(`${hub.adapterUrl}/lac/v1/callbacks`, 'whsec_QmFkU2VjcmV0Rm9yVGVzdGluZ09ubHk=', callback(orderId), { webhookId });
    expect(response.status).toBe(401);
    expect(response.body).toMatchObject({ error: 'bad_signature' });
    expect(await count('SELECT count(*) FROM inbound_webhooks WHERE webhook_id = $1', [webhookId])).toBe(0);
    expect(await outboxMentioning(`"orderId": "${orderId}", "status": "accepted"`)).toBe(0);
  });

  it('refuses a callback with a stale timestamp (401) and keeps nothing', async () => {
    const { orderId } = await deliveredLacOrder();
    const webhookId = `msg_${randomUUID()}`;
    const tenMinutesAgo = Math.floor(Date.now() / 1000) - 600;
    const response = await postSigned(`${hub.adapterUrl}/lac/v1/callbacks`, LAC_SECRET, callback(orderId), { webhookId, timestamp: tenMinutesAgo });
    expect(response.status).toBe(401);
    expect(response.body).toMatchObject({ error: 'stale_timestamp' });
    expect(await count('SELECT count(*) FROM inbound_webhooks WHERE webhook_id = $1', [webhookId])).toBe(0);
  });

  it('refuses a callback missing a field with 400 naming it', async () => {
    const { orderId } = await deliveredLacOrder();
    const webhookId = `msg_${randomUUID()}`;
    const { lac_ticket: _omitted, ...withoutTicket } = callback(orderId);
    const response = await postSigned(`${hub.adapterUrl}/lac/v1/callbacks`, LAC_SECRET, withoutTicket, { webhookId });
    expect(response.status).toBe(400);
    expect(response.body).toMatchObject({ error: 'validation_failed', issues: [{ field: 'lac_ticket', reason: 'is required' }] });
    expect(await count('SELECT count(*) FROM inbound_webhooks WHERE webhook_id = $1', [webhookId])).toBe(0);
  });

  it('refuses a callback about an order that is not LAC\'s (404)', async () => {
    const webhookId = `msg_${randomUUID()}`;
    const response = await postSigned(`${hub.adapterUrl}/lac/v1/callbacks`, LAC_SECRET, callback(randomUUID()), { webhookId });
    expect(response.status).toBe(404);
    expect(await count('SELECT count(*) FROM inbound_webhooks WHERE webhook_id = $1', [webhookId])).toBe(0);
  });

  it('gives a replayed webhook-id no second effect', async () => {
    const { caseId, orderId } = await deliveredLacOrder();
    const webhookId = `msg_${randomUUID()}`;
    const body = callback(orderId);
    const first = await postSigned(`${hub.adapterUrl}/lac/v1/callbacks`, LAC_SECRET, body, { webhookId });
    const replay = await postSigned(`${hub.adapterUrl}/lac/v1/callbacks`, LAC_SECRET, body, { webhookId });
    expect(first).toMatchObject({ status: 200, body: { duplicate: false } });
    expect(replay).toMatchObject({ status: 200, body: { duplicate: true } });

    await eventually(async () => (await core.order(orderId)).status === 'accepted', { what: 'the order to be accepted' });
    const accepted = (await core.timeline(caseId)).filter((e) => e.toStatus === 'accepted');
    expect(accepted).toHaveLength(1);
    const onKafka = await readTopic(kafka, TOPICS.orderStatusChanged.name, (m) => m.value.includes(orderId) && m.value.includes('"accepted"'), { timeoutMs: 3_000, until: () => false });
    expect(onKafka).toHaveLength(1);
  });

  it('refuses an illegal transition from the coordinator (409) and records nothing', async () => {
    const { caseId, orderId } = await deliveredLacOrder();
    const before = (await core.timeline(caseId)).length;
    const response = await core.http().post(`/orders/${orderId}/close`).send({ closedBy: 'coordinator.suzuki' }).expect(409);
    expect(response.body).toMatchObject({ error: 'illegal_transition' });
    expect(response.body.message).toMatch(/cannot be closed: order is (issued|acknowledged)/);
    expect(await core.timeline(caseId)).toHaveLength(before);
  });

  it('refuses at once (409, with the reason) an update that can never apply, and the partner can read the refusal back', async () => {
    const { caseId, orderId } = await deliveredLacOrder();
    await postSigned(`${hub.adapterUrl}/lac/v1/callbacks`, LAC_SECRET, callback(orderId, { status_code: 'DECLINED', decline_reason: 'Conflict of interest' }));
    await eventually(async () => (await core.order(orderId)).status === 'declined', { what: 'the decline' });
    const entriesBefore = (await core.timeline(caseId)).length;

    const webhookId = `msg_${randomUUID().replace(/-/g, '')}`;
    const late = await postSigned(`${hub.adapterUrl}/lac/v1/callbacks`, LAC_SECRET, callback(orderId, { status_code: 'IN_PROGRESS', phase: 'HEARING_DONE' }), { webhookId });
    expect(late.status).toBe(409);
    expect(late.body).toMatchObject({ error: 'contradicts_earlier_update' });
    expect(late.body.message).toContain('you declined this order; it cannot also be in_progress');
    // Sent again with the same webhook-id, it gets the same answer, not a 200 "duplicate".
    expect((await postSigned(`${hub.adapterUrl}/lac/v1/callbacks`, LAC_SECRET, callback(orderId, { status_code: 'IN_PROGRESS', phase: 'HEARING_DONE' }), { webhookId })).status).toBe(409);

    const outcome = await getSigned(`${hub.adapterUrl}/lac/v1/callbacks/${webhookId}`, LAC_SECRET);
    expect(outcome.status).toBe(200);
    expect(outcome.body).toMatchObject({ webhookId, orderId, outcome: 'refused', reasonCode: 'contradicts_earlier_update', eventId: null, core: { result: null } });
    expect(contractValidator().validate('http/adapter/callback-outcome.v1', outcome.body).ok).toBe(true);
    expect(await outboxMentioning(`"orderId": "${orderId}", "status": "in_progress"`)).toBe(0);
    expect((await core.order(orderId)).status).toBe('declined');
    expect(await core.timeline(caseId)).toHaveLength(entriesBefore);
  });

  it('answers a callback it never received with 404, and an unsigned read with 401', async () => {
    const unknown = await getSigned(`${hub.adapterUrl}/lac/v1/callbacks/msg_doesnotexist`, LAC_SECRET);
    expect(unknown.status).toBe(404);
    const unsigned = await fetch(`${hub.adapterUrl}/lac/v1/callbacks/msg_doesnotexist`);
    expect(unsigned.status).toBe(401);
  });
});
