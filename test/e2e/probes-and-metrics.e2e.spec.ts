import request from 'supertest';
import { eventually } from '@hub/testing';
import { coreClient } from '../support/core-client';
import { lacOrder } from '../support/demo-requests';
import { invoiceFor } from '../support/invoices';
import { RunningHub, startHub } from '../support/running-hub';

/** One sample's value from Prometheus's text format, or undefined when the series is not there. */
function sample(text: string, name: string, labels: Record<string, string>): number | undefined {
  const wanted = Object.entries(labels).map(([k, v]) => `${k}="${v}"`);
  for (const line of text.split('\n')) {
    const match = /^([a-zA-Z_:][a-zA-Z0-9_:]*)\{([^}]*)\} (\S+)$/.exec(line);
    if (!match || match[1] !== name) continue;
    const present = match[2].split(',');
    if (wanted.every((pair) => present.includes(pair))) return Number(match[3]);
  }
  return undefined;
}

/**
 * What the people and machines that run the hub read of every app: liveness and readiness (terminus), Prometheus
 * metrics counting what the app did — requests by route template, deliveries to the partner by outcome, settlements
 * committed, the outbox, the broker, the consumer lag, the partner endpoint's state — and the probes answering a
 * scraper that addresses the pod by its IP while every other route still checks Host.
 */
describe('probes and metrics of every app', () => {
  let hub: RunningHub;
  let core: ReturnType<typeof coreClient>;
  const scrape = async (url: string) => {
    const answer = await request(url).get('/metrics').expect(200);
    expect(answer.headers['content-type']).toMatch(/^text\/plain; .*version=0\.0\.4/);
    return answer.text;
  };

  beforeAll(async () => {
    hub = await startHub({ apps: ['core', 'adapter-lac', 'partner-sim', 'console', 'reconciler'] });
    core = coreClient(hub.as);
  });

  afterAll(async () => {
    await hub?.stop();
  });

  it('answers liveness without asking anything, and readiness with the database, Kafka and the outbox', async () => {
    for (const [app, url] of [['core', hub.coreUrl], ['adapter-lac', hub.adapterUrl], ['console', hub.consoleUrl], ['reconciler', hub.reconcilerUrl], ['partner-sim', hub.simUrl]]) {
      const live = await request(url).get('/health/live').expect(200);
      expect(live.body).toEqual({ status: 'ok', app, info: {}, error: {}, details: {} });
      const ready = await eventually(async () => {
        const answer = await request(url).get('/health/ready').expect(200);
        return answer.body.status === 'ok' ? answer.body : undefined;
      }, { what: `${app} ready` });
      expect(ready.app).toBe(app);
      if (app === 'partner-sim') {
        // The simulator has neither a database nor Kafka: nothing to report but that it answers.
        expect(ready.details).toEqual({});
        continue;
      }
      expect(ready.details.database).toEqual({ status: 'up', responseMs: expect.any(Number) });
      if (app === 'console') {
        expect(ready.details.kafka).toBeUndefined();
        continue;
      }
      expect(ready.details.kafka).toMatchObject({ status: 'up', reachable: true, connected: true });
      expect(ready.details.outbox).toMatchObject({ status: 'up', pending: expect.any(Number), oldestAgeMs: expect.any(Number) });
    }
  });

  it('counts requests by route template, deliveries by outcome and settlements committed', async () => {
    const { caseId } = await core.openCase({ confirm: true });
    const orderId = (await hub.as.coordinator.post(`/cases/${caseId}/orders`).send(lacOrder()).expect(201)).body.orderId as string;
    await eventually(async () => (await core.order(orderId)).status === 'in_progress', { what: 'LAC to start work', timeoutMs: 45_000 });
    const before = await scrape(hub.coreUrl);
    const settledBefore = ['full', 'partial', 'none'].reduce((sum, outcome) => sum + (sample(before, 'hub_settlements_total', { outcome }) ?? 0), 0);
    await hub.as.coordinator.post(`/orders/${orderId}/cancel`).send({ reason: 'Insured chose its own vendor' }).expect(200);
    const invoice = invoiceFor('lac', orderId, [{ description: '中止までの調査', category: 'cause_and_scope_investigation', unitPriceYen: 300_000 }]);
    expect((await hub.as.partner.lac.post('/invoices').send(invoice).expect(201)).body.state).toBe('settled');
    await request(hub.coreUrl).get('/cases/not-a-uuid').expect(401);

    const after = await scrape(hub.coreUrl);
    const settledAfter = ['full', 'partial', 'none'].reduce((sum, outcome) => sum + (sample(after, 'hub_settlements_total', { outcome }) ?? 0), 0);
    expect(settledAfter - settledBefore).toBe(1);
    // The route's template, never the id a caller put in the path.
    expect(sample(after, 'hub_http_requests_total', { app: 'core', method: 'POST', route: '/cases/:caseId/orders', status: '201' })).toBeGreaterThanOrEqual(1);
    expect(sample(after, 'hub_http_requests_total', { method: 'GET', route: '/cases/:caseId', status: '401' })).toBeGreaterThanOrEqual(1);
    expect(after).not.toContain(caseId);
    expect(sample(after, 'process_resident_memory_bytes', { app: 'core' })).toBeGreaterThan(10_000_000);
    expect(sample(after, 'hub_kafka_reachable', { app: 'core' })).toBe(1);
    expect(sample(after, 'hub_outbox_pending', { app: 'core' })).toEqual(expect.any(Number));
    expect(sample(after, 'hub_kafka_consumer_lag', { group: `${process.env.HUB_ENV ?? 'test'}.core`, topic: 'hub.order.status-changed.v1' })).toEqual(expect.any(Number));

    const adapter = await scrape(hub.adapterUrl);
    expect(sample(adapter, 'hub_delivery_attempts_total', { app: 'adapter-lac', partner: 'lac', outcome: 'delivered' })).toBeGreaterThanOrEqual(2);
    expect(sample(adapter, 'hub_partner_endpoint_state', { partner: 'lac', state: 'closed' })).toBe(1);
    expect(sample(adapter, 'hub_partner_endpoint_state', { partner: 'lac', state: 'open' })).toBe(0);
    expect(sample(adapter, 'hub_delivery_attempt_duration_seconds_count', { partner: 'lac' })).toBeGreaterThanOrEqual(2);
  });

  it('answers the probes whatever Host a scraper names, and still checks Host everywhere else', async () => {
    for (const path of ['/metrics', '/health/live', '/health/ready']) {
      await request(hub.coreUrl).get(path).set('Host', '10.0.0.5:3000').expect(200);
    }
    const refused = await request(hub.coreUrl).get('/health').set('Host', '10.0.0.5:3000').expect(421);
    expect(refused.body.error).toBe('host_not_allowed');
    await request(hub.coreUrl).post('/health/ready').set('Host', '10.0.0.5:3000').expect(421);
  });

  it('shows the probes in every app\'s API document beside its own routes', async () => {
    for (const url of [hub.coreUrl, hub.adapterUrl, hub.reconcilerUrl]) {
      const document = (await request(url).get('/docs/openapi.json').expect(200)).body as { paths: Record<string, unknown> };
      expect(Object.keys(document.paths)).toEqual(expect.arrayContaining(['/health', '/health/live', '/health/ready', '/metrics']));
    }
  });
});
