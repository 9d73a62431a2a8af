import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { demoWebhookSecret } from '@hub/adapter-kit';
import { contractValidator } from '@hub/contracts';
import { createKafka, TOPICS } from '@hub/messaging';
import { eventually, getSigned, mentioning, postSigned, readTopic, testEnv } from '@hub/testing';
import { bearer } from '../support/callers';
import { coreClient } from '../support/core-client';
import { lacOrder } from '../support/demo-requests';
import { RunningHub, startHub } from '../support/running-hub';

const LAC_SECRET = demoWebhookSecret('lac');

/**
 * LAC's endpoint answers 410 Gone: the adapter disables it (every order held, none given up), tells the coordinator
 * with an alert per case, and delivers once an operator enables it again.
 */
describe('a partner endpoint that is gone', () => {
  let hub: RunningHub;
  let server: Server;
  let answer = 410;
  const received: string[] = [];
  const kafka = createKafka(testEnv.brokers.split(','), 'partner-endpoint-test');

  beforeAll(async () => {
    server = createServer((req, res) => {
      let body = '';
      req.on('data', (chunk) => (body += chunk));
      req.on('end', () => {
        if (answer < 300) received.push(JSON.parse(body).engagement_id as string);
        res.writeHead(answer, { 'content-type': 'application/json' }).end(answer === 410 ? '{"error":"this endpoint was retired; use the new one"}' : '{"ticket":"LAC-1"}');
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const endpoint = `http://127.0.0.1:${(server.address() as AddressInfo).port}/lac/v2/engagements`;
    hub = await startHub({ apps: ['core', 'adapter-lac'], adapterEnv: { LAC_ENDPOINT_URL: endpoint } });
  });

  afterAll(async () => {
    // LAC's endpoint state outlives this file in the shared database: never leave it disabled for the next one.
    await hub?.dataSource.query(`UPDATE partner_endpoints SET disabled_at = NULL, disabled_reason = NULL, disabled_error = NULL WHERE partner_id = 'lac'`);
    await hub?.stop();
    await new Promise((resolve) => server.close(resolve));
  });

  it('disables the endpoint on 410, alerts the coordinator per case, holds the order, and delivers it once enabled', async () => {
    const core = coreClient(hub.as);
    const { caseId } = await core.openCase({ confirm: true });
    const orderId = (await hub.as.coordinator.post(`/cases/${caseId}/orders`).send(lacOrder()).expect(201)).body.orderId as string;

    const disabled = await eventually(async () => {
      const state = (await hub.adapterAs.operator.get('/endpoint').expect(200)).body;
      return state.state === 'disabled' ? state : undefined;
    }, { what: 'the endpoint to be disabled' });
    expect(disabled).toMatchObject({ partnerId: 'lac', channel: 'push', disabledReason: 'gone', pendingDeliveries: 1 });
    expect(disabled.disabledError).toContain('HTTP 410');
    expect(contractValidator().validate('http/adapter/endpoint.v1', disabled).ok).toBe(true);

    const [alert] = await readTopic(kafka, TOPICS.partnerEndpointDisabled.name, mentioning(caseId));
    expect(JSON.parse(alert.value)).toMatchObject({ type: 'partner.endpoint-disabled', caseId, payload: { partnerId: 'lac', caseId, reason: 'gone', heldOrderIds: [orderId] } });

    const record = (await hub.adapterAs.operator.get(`/deliveries/${orderId}`).expect(200)).body;
    expect(record.order).toMatchObject({ status: 'pending', attemptLog: [{ attemptNo: 1, outcome: 'gone', httpStatus: 410, channel: 'push' }] });
    await new Promise((resolve) => setTimeout(resolve, 1_500));
    expect((await hub.adapterAs.operator.get(`/deliveries/${orderId}`).expect(200)).body.order.attempts).toBe(1);

    answer = 202;
    // Only an operator enables it: the partner may see its endpoint's state, not switch it back on.
    expect((await hub.adapterAs.partner.lac.post('/endpoint/enable').send({ reason: 'We are back' }).expect(403)).body.error).toBe('forbidden');
    // The operator is who signed in; a body naming one is refused (enable-endpoint v2).
    const naming = await hub.adapterAs.operator.post('/endpoint/enable').send({ enabledBy: 'operator.ito', reason: 'LAC moved the endpoint back' }).expect(400);
    expect(naming.body.issues).toContainEqual({ field: 'enabledBy', reason: 'is not allowed' });
    expect((await hub.adapterAs.operator.get('/endpoint').expect(200)).body.state).toBe('disabled');
    await hub.adapterAs.operator.post('/endpoint/enable').send({ reason: 'LAC moved the endpoint back' }).expect(200);
    await eventually(async () => received.includes(orderId), { what: 'the held order to reach LAC' });
    await eventually(async () => (await core.order(orderId)).status === 'acknowledged', { what: 'the acknowledgement' });
    await hub.adapterAs.operator.post('/endpoint/enable').send({ reason: 'again' }).expect(409);
    const refused = await hub.adapterAs.operator.post('/endpoint/enable').send({}).expect(400);
    expect(refused.body.issues).toContainEqual({ field: 'reason', reason: 'is required' });
  });
});

/** LAC without an endpoint pulls its orders from the feed and acknowledges them; the record shows it like a push. */
describe('a partner that polls', () => {
  let hub: RunningHub;

  beforeAll(async () => {
    hub = await startHub({ apps: ['core', 'adapter-lac'], adapterEnv: { LAC_DELIVERY_CHANNEL: 'poll' } });
  });

  afterAll(async () => {
    await hub?.stop();
  });

  const feed = (query = '') => getSigned(`${hub.adapterUrl}/lac/v2/feed${query}`, LAC_SECRET, { token: hub.tokens.partner.lac });
  const ack = (webhookIds: string[]) => postSigned(`${hub.adapterUrl}/lac/v2/feed/ack`, LAC_SECRET, { webhookIds }, { token: hub.tokens.partner.lac });

  it('long-polls until an order is queued, takes its acknowledgement once, and then shows its cancellation after it', async () => {
    const core = coreClient(hub.as);
    const { caseId } = await core.openCase({ confirm: true });
    // Catch up on whatever earlier tests left in LAC's feed, so the long poll below waits for this test's order.
    for (let page = await feed(); (page.body.items as unknown[]).length > 0; page = await feed()) {
      await ack((page.body.items as { webhookId: string }[]).map((i) => i.webhookId));
    }
    const polling = feed('?wait=20');
    await new Promise((resolve) => setTimeout(resolve, 500));
    const orderId = (await hub.as.coordinator.post(`/cases/${caseId}/orders`).send(lacOrder()).expect(201)).body.orderId as string;
    const page = await polling;
    expect(page.status).toBe(200);
    expect(contractValidator().validate('http/adapter/feed.v1', page.body).ok).toBe(true);
    const [item] = page.body.items as { webhookId: string; kind: string; orderId: string; payload: Record<string, unknown> }[];
    expect(item).toMatchObject({ kind: 'order', orderId, payload: { api_version: '2', engagement_id: orderId } });

    expect((await ack([item.webhookId, 'msg_not_ours'])).body).toEqual({ acknowledged: [item.webhookId], alreadyAcknowledged: [], unknown: ['msg_not_ours'] });
    expect((await ack([item.webhookId])).body).toEqual({ acknowledged: [], alreadyAcknowledged: [item.webhookId], unknown: [] });
    await eventually(async () => (await core.order(orderId)).status === 'acknowledged', { what: 'the acknowledgement' });
    const record = (await hub.adapterAs.operator.get(`/deliveries/${orderId}`).expect(200)).body;
    expect(record.order).toMatchObject({ status: 'delivered', attempts: 1, attemptLog: [{ attemptNo: 1, channel: 'poll', outcome: 'delivered' }] });

    await hub.as.coordinator.post(`/orders/${orderId}/cancel`).send({ reason: 'Duplicate order' }).expect(200);
    const next = await eventually(async () => {
      const items = (await feed()).body.items as { kind: string; orderId: string }[];
      return items.find((i) => i.orderId === orderId);
    }, { what: 'the cancellation in the feed' });
    expect(next).toMatchObject({ kind: 'cancellation', payload: { api_version: '2', cancel_reason: 'Duplicate order' } });
  });

  it('refuses an unsigned poll and a bad query, naming the field', async () => {
    // LAC's own bearer token is not enough: the poll must be signed as well.
    const unsigned = await fetch(`${hub.adapterUrl}/lac/v2/feed`, { headers: bearer(hub.tokens.partner.lac) });
    expect(unsigned.status).toBe(401);
    expect(await unsigned.json()).toMatchObject({ error: 'missing_signature_headers' });
    // Nor is the signature without LAC's token, or with another partner's.
    expect((await getSigned(`${hub.adapterUrl}/lac/v2/feed`, LAC_SECRET)).status).toBe(401);
    const foreign = await getSigned(`${hub.adapterUrl}/lac/v2/feed`, LAC_SECRET, { token: hub.tokens.partner.aos });
    expect(foreign.status).toBe(403);
    expect(foreign.body).toMatchObject({ error: 'forbidden' });
    const bad = await feed('?limit=500&wait=99');
    expect(bad.status).toBe(400);
    expect(bad.body.issues).toEqual([
      { field: 'limit', reason: 'must be a whole number from 1 to 100' },
      { field: 'wait', reason: 'must be a whole number of seconds from 0 to 30' },
    ]);
  });
});
