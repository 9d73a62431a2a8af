import { randomUUID } from 'node:crypto';
import { demoWebhookSecret, signWebhook } from '@hub/adapter-kit';
import { eventually, postSigned } from '@hub/testing';
import { bearer } from '../support/callers';
import { coreClient } from '../support/core-client';
import { lacOrder } from '../support/demo-requests';
import { RunningHub, startHub } from '../support/running-hub';

const LAC_SECRET = demoWebhookSecret('lac');

/**
 * LAC's native API v1 and v2 side by side: orders go out in the version the adapter is pinned to, callbacks are
 * taken in both, and v1's answers carry Deprecation and Sunset headers (RFC 9745, RFC 8594) until its sunset.
 */
describe('LAC v1 and v2 partners in one run', () => {
  let hub: RunningHub;
  let core: ReturnType<typeof coreClient>;

  const orderDeliveredToLac = async () => {
    const { caseId } = await core.openCase({ confirm: true });
    const orderId = (await hub.as.coordinator.post(`/cases/${caseId}/orders`).send(lacOrder()).expect(201)).body.orderId as string;
    return { caseId, orderId, engagement: await eventually(async () => hub.lac.find(orderId), { what: 'LAC to receive the order' }) };
  };

  afterEach(async () => {
    await hub?.stop();
  });

  it('pinned to v2: LAC gets a v2 request and its v2 callbacks move the order; a v1 partner\'s callbacks are still taken, with deprecation headers', async () => {
    hub = await startHub({ simStepDelayMs: 100 });
    core = coreClient(hub.as);
    const v2 = await orderDeliveredToLac();
    expect(v2.engagement.version).toBe(2);
    expect(v2.engagement.request).toMatchObject({ api_version: '2', client: { contacts: [{ role: 'PRIMARY' }] } });
    await eventually(async () => (await core.order(v2.orderId)).status === 'in_progress', { what: 'LAC\'s v2 callbacks to move the order', timeoutMs: 20_000 });

    // A LAC system still on v1 reports on another engagement in the same run.
    const v1 = await orderDeliveredToLac();
    const v1Callback = { api_version: '1', engagement_id: v1.orderId, lac_ticket: 'LAC-2026-000901', status_code: 'ACCEPTED', reported_at: new Date().toISOString() };
    const answer = await fetchSigned(`${hub.adapterUrl}/lac/v1/callbacks`, v1Callback, hub.tokens.partner.lac);
    expect(answer.status).toBe(200);
    expect(answer.headers.get('deprecation')).toBe(`@${Math.floor(Date.parse('2026-12-01T00:00:00+09:00') / 1000)}`);
    expect(answer.headers.get('sunset')).toBe(new Date('2027-06-30T23:59:59+09:00').toUTCString());
    expect(answer.headers.get('link')).toBe('</lac/v2/callbacks>; rel="successor-version"');
    await eventually(async () => (await core.order(v1.orderId)).acceptedAt !== null, { what: 'the v1 acceptance' });

    const v2Callback = { api_version: '2', engagement_id: v1.orderId, ticket_no: 'LAC-2026-000901', sequence: 2, event_type: 'PHASE_REACHED', phase: 'HEARING_DONE', occurred_at: new Date().toISOString() };
    const v2Answer = await fetchSigned(`${hub.adapterUrl}/lac/v2/callbacks`, v2Callback, hub.tokens.partner.lac);
    expect(v2Answer.status).toBe(200);
    expect(v2Answer.headers.get('deprecation')).toBeNull();
    // Each route takes only its own version's payload, naming what is missing.
    const crossed = await postSigned(`${hub.adapterUrl}/lac/v2/callbacks`, LAC_SECRET, v1Callback, { token: hub.tokens.partner.lac });
    expect(crossed.status).toBe(400);
    expect(crossed.body).toMatchObject({ error: 'validation_failed' });
    expect(crossed.body.issues).toContainEqual({ field: 'ticket_no', reason: 'is required' });
  });

  it('pinned to v1 (LAC_API_VERSION=1): LAC gets a v1 request and answers in v1', async () => {
    hub = await startHub({ simStepDelayMs: 100, adapterEnv: { LAC_API_VERSION: '1' } });
    core = coreClient(hub.as);
    const { orderId, engagement } = await orderDeliveredToLac();
    expect(engagement.version).toBe(1);
    expect(engagement.request).toMatchObject({ api_version: '1', client: { contact_tel: '03-1234-5678' } });
    await eventually(async () => (await core.order(orderId)).status === 'in_progress', { what: 'LAC\'s v1 callbacks to move the order', timeoutMs: 20_000 });
  });
});

/** A signed callback with LAC's bearer token, keeping the whole response: the headers are what these tests look at. */
function fetchSigned(url: string, body: unknown, token: string): Promise<Response> {
  const text = JSON.stringify(body);
  return fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...bearer(token), ...signWebhook(LAC_SECRET, `msg_${randomUUID().replace(/-/g, '')}`, Math.floor(Date.now() / 1000), text) },
    body: text,
  });
}
