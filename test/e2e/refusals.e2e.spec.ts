import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { createKafka, TOPICS } from '@hub/messaging';
import { contractValidator } from '@hub/contracts';
import { eventually, getSigned, mentioning, postSigned, readTopic, testEnv } from '@hub/testing';
import { RunningHub, startHub } from '../support/running-hub';
import { demoWebhookSecret } from '@hub/adapter-kit';
import { lacOrder } from '../support/demo-requests';
import { bearer } from '../support/callers';
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

  /** LAC's access token (core's token endpoint): the adapter takes a callback only from LAC's own credentials. */
  const lac = () => hub.tokens.partner.lac;
  const count = async (sql: string, params: unknown[]) => Number((await db.query(sql, params))[0].count);
  const outboxMentioning = (text: string) =>
    count(`SELECT count(*) FROM outbox_messages WHERE value::text LIKE '%' || $1 || '%'`, [text]);

  /** An order LAC has received, so its callbacks have something to be about. */
  async function deliveredLacOrder(): Promise<{ caseId: string; orderId: string }> {
    const { caseId } = await core.openCase({ confirm: true });
    const orderId = (await hub.as.coordinator.post(`/cases/${caseId}/orders`).send(lacOrder()).expect(201)).body.orderId as string;
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
    core = coreClient(hub.as);
    db = hub.dataSource;
  });

  afterAll(async () => {
    await hub?.stop();
  });

  it('refuses an order while coverage is unconfirmed (409, saying why)', async () => {
    const { caseId } = await core.openCase({ confirm: false });
    const response = await hub.as.coordinator.post(`/cases/${caseId}/orders`).send(lacOrder()).expect(409);
    expect(response.body).toMatchObject({ error: 'coverage_not_confirmed' });
    expect(response.body.message).toContain('insurer must confirm');
    expect(await count('SELECT count(*) FROM orders WHERE case_id = $1', [caseId])).toBe(0);
    expect(await outboxMentioning(caseId)).toBe(0);
    expect(await readTopic(kafka, TOPICS.orderIssued.name, mentioning(caseId), { timeoutMs: 3_000 })).toEqual([]);
  });

  it('refuses an order when coverage was denied', async () => {
    const { caseId } = await core.openCase({ confirm: false });
    await hub.as.claims.post(`/cases/${caseId}/coverage-decision`).send({ decision: 'denied', reason: 'No effective access control (exclusion)' }).expect(200);
    expect((await core.timeline(caseId)).find((e) => e.kind === 'coverage_denied')).toMatchObject({ actor: 'staff:tanaka.claims' });
    const response = await hub.as.coordinator.post(`/cases/${caseId}/orders`).send(lacOrder()).expect(409);
    expect(response.body.message).toContain('denied');
    expect(await count('SELECT count(*) FROM orders WHERE case_id = $1', [caseId])).toBe(0);
  });

  it('refuses an order from anyone but a coordinator (401 without a token, 403 for the claims handler) and records nothing', async () => {
    const { caseId } = await core.openCase({ confirm: true });
    expect((await hub.as.anonymous.post(`/cases/${caseId}/orders`).send(lacOrder()).expect(401)).body.error).toBe('unauthenticated');
    expect((await hub.as.claims.post(`/cases/${caseId}/orders`).send(lacOrder()).expect(403)).body.error).toBe('forbidden');
    expect(await count('SELECT count(*) FROM orders WHERE case_id = $1', [caseId])).toBe(0);
    expect(await outboxMentioning(caseId)).toBe(0);
  });

  it('refuses a request body missing a field with 400 naming it', async () => {
    const { caseId } = await core.openCase({ confirm: true });
    const { scope: _omitted, ...withoutScope } = lacOrder();
    const response = await hub.as.coordinator.post(`/cases/${caseId}/orders`).send(withoutScope).expect(400);
    expect(response.body).toMatchObject({ error: 'validation_failed', issues: [{ field: 'scope', reason: 'is required' }] });
    expect(await count('SELECT count(*) FROM orders WHERE case_id = $1', [caseId])).toBe(0);
  });

  it('refuses a callback with a bad signature (401) and keeps nothing', async () => {
    const { orderId } = await deliveredLacOrder();
    const webhookId = `msg_${randomUUID()}`;
    const response = await postSigned(`${hub.adapterUrl}/lac/v1/callbacks`, 'whsec_QmFkU2VjcmV0Rm9yVGVzdGluZ09ubHk=', callback(orderId), { webhookId, token: lac() });
    expect(response.status).toBe(401);
    expect(response.body).toMatchObject({ error: 'bad_signature' });
    expect(await count('SELECT count(*) FROM inbound_webhooks WHERE webhook_id = $1', [webhookId])).toBe(0);
    expect(await outboxMentioning(`"orderId": "${orderId}", "status": "accepted"`)).toBe(0);
  });

  it('refuses a callback with a stale timestamp (401) and keeps nothing', async () => {
    const { orderId } = await deliveredLacOrder();
    const webhookId = `msg_${randomUUID()}`;
    const tenMinutesAgo = Math.floor(Date.now() / 1000) - 600;
    const response = await postSigned(`${hub.adapterUrl}/lac/v1/callbacks`, LAC_SECRET, callback(orderId), { webhookId, timestamp: tenMinutesAgo, token: lac() });
    expect(response.status).toBe(401);
    expect(response.body).toMatchObject({ error: 'stale_timestamp' });
    expect(await count('SELECT count(*) FROM inbound_webhooks WHERE webhook_id = $1', [webhookId])).toBe(0);
  });

  it('refuses a callback missing a field with 400 naming it', async () => {
    const { orderId } = await deliveredLacOrder();
    const webhookId = `msg_${randomUUID()}`;
    const { lac_ticket: _omitted, ...withoutTicket } = callback(orderId);
    const response = await postSigned(`${hub.adapterUrl}/lac/v1/callbacks`, LAC_SECRET, withoutTicket, { webhookId, token: lac() });
    expect(response.status).toBe(400);
    expect(response.body).toMatchObject({ error: 'validation_failed', issues: [{ field: 'lac_ticket', reason: 'is required' }] });
    expect(await count('SELECT count(*) FROM inbound_webhooks WHERE webhook_id = $1', [webhookId])).toBe(0);
  });

  it('refuses a callback about an order that is not LAC\'s (404)', async () => {
    const webhookId = `msg_${randomUUID()}`;
    const response = await postSigned(`${hub.adapterUrl}/lac/v1/callbacks`, LAC_SECRET, callback(randomUUID()), { webhookId, token: lac() });
    expect(response.status).toBe(404);
    expect(await count('SELECT count(*) FROM inbound_webhooks WHERE webhook_id = $1', [webhookId])).toBe(0);
  });

  it('gives a replayed webhook-id no second effect', async () => {
    const { caseId, orderId } = await deliveredLacOrder();
    const webhookId = `msg_${randomUUID()}`;
    const body = callback(orderId);
    const first = await postSigned(`${hub.adapterUrl}/lac/v1/callbacks`, LAC_SECRET, body, { webhookId, token: lac() });
    const replay = await postSigned(`${hub.adapterUrl}/lac/v1/callbacks`, LAC_SECRET, body, { webhookId, token: lac() });
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
    const response = await hub.as.coordinator.post(`/orders/${orderId}/close`).send({}).expect(409);
    expect(response.body).toMatchObject({ error: 'illegal_transition' });
    expect(response.body.message).toMatch(/cannot be closed: order is (issued|acknowledged)/);
    expect(await core.timeline(caseId)).toHaveLength(before);
  });

  it('refuses at once (409, with the reason) an update that can never apply, and the partner can read the refusal back', async () => {
    const { caseId, orderId } = await deliveredLacOrder();
    await postSigned(`${hub.adapterUrl}/lac/v1/callbacks`, LAC_SECRET, callback(orderId, { status_code: 'DECLINED', decline_reason: 'Conflict of interest' }), { token: lac() });
    await eventually(async () => (await core.order(orderId)).status === 'declined', { what: 'the decline' });
    const entriesBefore = (await core.timeline(caseId)).length;

    const webhookId = `msg_${randomUUID().replace(/-/g, '')}`;
    const late = await postSigned(`${hub.adapterUrl}/lac/v1/callbacks`, LAC_SECRET, callback(orderId, { status_code: 'IN_PROGRESS', phase: 'HEARING_DONE' }), { webhookId, token: lac() });
    expect(late.status).toBe(409);
    expect(late.body).toMatchObject({ error: 'contradicts_earlier_update' });
    expect(late.body.message).toContain('you declined this order; it cannot also be in_progress');
    // Sent again with the same webhook-id, it gets the same answer, not a 200 "duplicate".
    expect((await postSigned(`${hub.adapterUrl}/lac/v1/callbacks`, LAC_SECRET, callback(orderId, { status_code: 'IN_PROGRESS', phase: 'HEARING_DONE' }), { webhookId, token: lac() })).status).toBe(409);

    const outcome = await getSigned(`${hub.adapterUrl}/lac/v1/callbacks/${webhookId}`, LAC_SECRET, { token: lac() });
    expect(outcome.status).toBe(200);
    expect(outcome.body).toMatchObject({ webhookId, orderId, outcome: 'refused', reasonCode: 'contradicts_earlier_update', eventId: null, core: { result: null } });
    expect(contractValidator().validate('http/adapter/callback-outcome.v1', outcome.body).ok).toBe(true);
    expect(await outboxMentioning(`"orderId": "${orderId}", "status": "in_progress"`)).toBe(0);
    expect((await core.order(orderId)).status).toBe('declined');
    expect(await core.timeline(caseId)).toHaveLength(entriesBefore);
  });

  it('answers a callback it never received with 404, and an unsigned read with 401', async () => {
    const unknown = await getSigned(`${hub.adapterUrl}/lac/v1/callbacks/msg_doesnotexist`, LAC_SECRET, { token: lac() });
    expect(unknown.status).toBe(404);
    // LAC's token is not enough: the read must be signed too; without a token it is refused before the signature.
    const unsigned = await fetch(`${hub.adapterUrl}/lac/v1/callbacks/msg_doesnotexist`, { headers: bearer(lac()) });
    expect(unsigned.status).toBe(401);
    expect(await unsigned.json()).toMatchObject({ error: 'missing_signature_headers' });
    const anonymous = await fetch(`${hub.adapterUrl}/lac/v1/callbacks/msg_doesnotexist`);
    expect(anonymous.status).toBe(401);
    expect(await anonymous.json()).toMatchObject({ error: 'unauthenticated' });
  });

  it('refuses a correctly signed callback without LAC\'s token (401) or with another partner\'s (403), keeping nothing', async () => {
    const { orderId } = await deliveredLacOrder();
    const webhookId = `msg_${randomUUID()}`;
    const untokened = await postSigned(`${hub.adapterUrl}/lac/v1/callbacks`, LAC_SECRET, callback(orderId), { webhookId });
    expect(untokened).toMatchObject({ status: 401, body: { error: 'unauthenticated' } });
    const asPrap = await postSigned(`${hub.adapterUrl}/lac/v1/callbacks`, LAC_SECRET, callback(orderId), { webhookId, token: hub.tokens.partner.prap });
    expect(asPrap).toMatchObject({ status: 403, body: { error: 'forbidden' } });
    expect(await count('SELECT count(*) FROM inbound_webhooks WHERE webhook_id = $1', [webhookId])).toBe(0);
    expect(await outboxMentioning(`"orderId": "${orderId}", "status": "accepted"`)).toBe(0);
  });
});
