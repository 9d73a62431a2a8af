import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { Pool } from 'pg';
import { ADAPTER_CONSUMES, demoWebhookSecret, nativeVersion } from '@hub/adapter-kit';
import { TOPICS } from '@hub/messaging';
import { eventually, testEnv } from '@hub/testing';
import { CORE_CONSUMES } from '@apps/core/src/core.module';
import { partnerPackage } from '@apps/partner-sim/src/partner-packages';
import { startPartnerSim } from '@apps/partner-sim/src/partner-sim.app';
import { loadPartnerSimSettings } from '@apps/partner-sim/src/partner-sim.config';
import { type AppProcess, spawnApp, stopApps, tailOfLog, testAppEnv, untilReady } from '../support/app-processes';
import { callersOf, signInCallers } from '../support/callers';
import { deleteGroups, type GroupTopics, startGroupsAtTheEnd } from '../support/consumer-groups';
import { coreClient } from '../support/core-client';
import { lacOrder } from '../support/demo-requests';
import { OtlpReceiver, type ReceivedSpan, SPAN_KIND } from '../support/otlp-receiver';

const ROOT = join(__dirname, '..', '..');
/** From base + 70: away from the in-process hub (base … base + 11) and the fault tests' own ports (base + 40 …). */
const BASE = Number(process.env.TEST_PORT_BASE ?? 3100) + 70;
const PORTS = { core: BASE, adapter: BASE + 1, sim: BASE + 2, receiver: BASE + 3 };
const url = (port: number) => `http://127.0.0.1:${port}`;
/** Consumer groups of this run alone on the shared broker. */
const HUB_ENV = `${testEnv.hubEnv}-traces-${Date.now().toString(36)}`;
const LOG_DIR = join(ROOT, '.hub', 'test-logs', HUB_ENV);
const BROKERS = testEnv.brokers.split(',');
const GROUPS: GroupTopics[] = [
  { group: `${HUB_ENV}.core`, topics: CORE_CONSUMES },
  { group: `${HUB_ENV}.adapter-lac`, topics: ADAPTER_CONSUMES },
];
const LAC = partnerPackage('lac').adapter;

/** The SQL a pg span ran (the stable semantic conventions' attribute, or the older one). */
const statementOf = (span: ReceivedSpan) => String(span.attributes['db.query.text'] ?? span.attributes['db.statement'] ?? '');

/**
 * Issue 12: OpenTelemetry traces across HTTP, Kafka and PostgreSQL. Core and the LAC adapter run as OS processes of their
 * own (as `npm run start:<app>` runs them; their main.ts loads libs/operations/src/tracing/register first), exporting over
 * OTLP/HTTP JSON to a receiver this test runs on loopback; the LAC simulator runs in this process. One LAC order: each
 * status LAC reports reaches the adapter over HTTP, travels over Kafka (through the adapter's outbox) and core writes it
 * to the case's timeline — one trace from the callback to the INSERT, across both services. Without an OTLP endpoint the
 * same apps send nothing anywhere and work as before.
 */
describe('traces: a partner callback to the case timeline as one trace', () => {
  const receiver = new OtlpReceiver();
  let apps: AppProcess[] = [];
  let stopSim: (() => Promise<void>) | undefined;
  let db: Pool;
  let passed = 0;

  beforeAll(async () => {
    db = new Pool({ connectionString: testEnv.databaseUrl, max: 2 });
    // The LAC endpoint's state (breaker, slowed) and its pending deliveries outlive other runs in the database: start clean.
    await db.query(`DELETE FROM partner_endpoints WHERE partner_id = 'lac'`);
    await db.query(`UPDATE partner_deliveries SET status = 'failed' WHERE partner_id = 'lac' AND status = 'pending'`);
    await startGroupsAtTheEnd(BROKERS, GROUPS);
    await receiver.listen(PORTS.receiver);
    const sim = await startPartnerSim(
      loadPartnerSimSettings({
        PORT: String(PORTS.sim),
        SIM_STEP_DELAY_MS: '150',
        LOG_LEVEL: 'error',
        SIM_PARTNERS: 'lac',
        LAC_ADAPTER_URL: url(PORTS.adapter),
        LAC_WEBHOOK_SECRET: demoWebhookSecret('lac'),
        LAC_TOKEN_URL: `${url(PORTS.core)}/oauth/token`,
      }),
    );
    stopSim = () => sim.app.close();
  }, 60_000);

  afterAll(async () => {
    await stopApps(apps);
    await stopSim?.().catch(() => undefined);
    await receiver.close();
    await db?.end();
    await deleteGroups(BROKERS, GROUPS);
    if (passed === 2) rmSync(LOG_DIR, { recursive: true, force: true });
  }, 60_000);

  /** Core and the LAC adapter as processes, with `otel` laid over the tests' environment; resolves once both are ready. */
  async function startApps(run: string, otel: Record<string, string>): Promise<{ core: AppProcess; adapter: AppProcess }> {
    // The previous run's apps are gone first (stopped cleanly when its test passed): the same ports, the same consumer groups.
    await stopApps(apps);
    const env = testAppEnv(HUB_ENV, otel);
    const core = spawnApp(`core-${run}`, 'core', PORTS.core, env, LOG_DIR);
    const adapter = spawnApp(`adapter-lac-${run}`, LAC.appName, PORTS.adapter, {
      ...env,
      [`${LAC.envPrefix}_ENDPOINT_URL`]: `${url(PORTS.sim)}${nativeVersion(LAC, LAC.pinnedVersion).demoEndpointPath}`,
      [`${LAC.envPrefix}_WEBHOOK_SECRET`]: demoWebhookSecret('lac'),
      [`${LAC.envPrefix}_BREAKER_COOL_DOWN_SECONDS`]: '1',
      [`${LAC.envPrefix}_BREAKER_MAX_COOL_DOWN_SECONDS`]: '2',
    }, LOG_DIR);
    apps = [core, adapter];
    await Promise.all(apps.map((app) => untilReady(app, 120_000)));
    return { core, adapter };
  }

  /**
   * Issues one LAC order on a new case (the order's POST with `traceparent`), and waits until every status LAC's script
   * reports is on the case's timeline and the adapter has core's answer to each. Returns the order's answer and LAC's entries.
   */
  async function driveOneLacOrder(coreUrl: string, traceparent: string) {
    const as = callersOf(coreUrl, await signInCallers(coreUrl));
    const core = coreClient(as);
    const { caseId } = await core.openCase({ confirm: true });
    const issued = await as.coordinator.post(`/cases/${caseId}/orders`).set('traceparent', traceparent).send(lacOrder()).expect(201);
    const orderId = issued.body.orderId as string;
    const entries = await eventually(
      async () => {
        const all = await core.timeline(caseId);
        return all.some((e) => e.milestone === 'preliminary_report_delivered') ? all : undefined;
      },
      { what: 'the preliminary report LAC reports to reach the timeline', timeoutMs: 60_000, intervalMs: 500 },
    );
    const reported = entries.filter((e) => e.orderId === orderId && e.actor === 'partner:lac');
    // Core answers each report to the adapter (hub.order.update-placed.v1): the last of that work is done once the
    // adapter has handled every answer.
    await eventually(
      async () => {
        const { rows } = await db.query(
          `SELECT count(*)::int AS n FROM outbox_messages o JOIN processed_events p ON p.consumer_group = $1 AND p.event_key = o.event_id
            WHERE o.topic = $2 AND o.value->'payload'->>'orderId' = $3`,
          [`${HUB_ENV}.adapter-lac`, TOPICS.orderUpdatePlaced.name, orderId],
        );
        return rows[0].n >= reported.length;
      },
      { what: 'the adapter to handle core\'s answer to every report', timeoutMs: 30_000, intervalMs: 250 },
    );
    return { issued, orderId, reported };
  }

  /** SIGTERM, as Kubernetes stops a pod: each app closes (Nest's shutdown hooks), flushes its spans and exits on the signal. */
  async function stopCleanly(): Promise<void> {
    await stopApps(apps, 20_000);
    for (const app of apps) expect({ app: app.name, exit: app.child.signalCode ?? app.child.exitCode }).toEqual({ app: app.name, exit: 'SIGTERM' });
  }

  it('follows each LAC status callback over HTTP, Kafka and PostgreSQL to the timeline in one trace, across adapter-lac and core', async () => {
    const started = Date.now();
    // Spans are batched for a minute and by the ten thousand: they reach the receiver only because each app flushes when it stops.
    await startApps('traced', {
      OTEL_EXPORTER_OTLP_ENDPOINT: url(PORTS.receiver),
      OTEL_EXPORTER_OTLP_PROTOCOL: 'http/json',
      OTEL_BSP_SCHEDULE_DELAY: '60000',
      OTEL_BSP_MAX_QUEUE_SIZE: '10000',
      OTEL_BSP_MAX_EXPORT_BATCH_SIZE: '10000',
    });
    const booted = Date.now();
    const callerTrace = '0af7651916cd43dd8448eb211c80319c';
    const callerSpan = 'b7ad6b7169203331';
    const { issued, orderId, reported } = await driveOneLacOrder(url(PORTS.core), `00-${callerTrace}-${callerSpan}-01`);
    expect(reported.map((e) => e.milestone ?? e.toStatus)).toEqual(['acknowledged', 'accepted', 'hearing_done', 'forensic_investigation_started', 'preliminary_report_delivered']);
    expect(receiver.requests).toEqual([]);
    await stopCleanly();
    const spans = receiver.spans;
    const failure = () => `\n${spans.length} spans received; services ${[...new Set(spans.map((s) => s.service))].join(', ')}\ncore log:\n${tailOfLog(apps[0])}\nadapter log:\n${tailOfLog(apps[1])}`;
    expect(spans.length).toBeGreaterThan(0);
    const byId = new Map(spans.map((s) => [s.spanId, s]));
    /** The span's ancestors, nearest first, as far as they were exported. */
    const ancestors = (span: ReceivedSpan): ReceivedSpan[] => {
      const chain: ReceivedSpan[] = [];
      for (let parent = span.parentSpanId && byId.get(span.parentSpanId); parent; parent = parent.parentSpanId && byId.get(parent.parentSpanId)) chain.push(parent);
      return chain;
    };

    // Core's answer to the order names the span of core's HTTP server that handled it, in the caller's trace.
    const [, answeredTrace, answeredSpan] = /^00-([0-9a-f]{32})-([0-9a-f]{16})-01$/.exec(String(issued.headers.traceresponse)) ?? [];
    expect(answeredTrace).toBe(callerTrace);
    const orderRequest = byId.get(answeredSpan);
    expect(orderRequest).toMatchObject({ service: 'core', kind: SPAN_KIND.server, traceId: callerTrace, parentSpanId: callerSpan, attributes: { 'http.request.method': 'POST' } });
    // …and the order it published reached the adapter in the same trace: core's PRODUCER span (its parent the request's
    // span, by the traceparent the outbox stored), then the adapter's CONSUMER span.
    const orderConsumed = spans.find((s) => s.service === 'adapter-lac' && s.kind === SPAN_KIND.consumer && s.name === `${TOPICS.orderIssued.name} process` && s.traceId === callerTrace);
    expect(orderConsumed).toBeDefined();
    expect(ancestors(orderConsumed as ReceivedSpan).map((s) => [s.service, s.kind, s.name])).toEqual([
      ['core', SPAN_KIND.producer, `${TOPICS.orderIssued.name} publish`],
      ['core', SPAN_KIND.server, orderRequest?.name],
    ]);

    /** Core's CONSUMER span for the status event a timeline entry recorded, and core's INSERT of the entry under it. */
    const consumedAndInserted = (entry: (typeof reported)[number]) => {
      const consumed = spans.find((s) => s.kind === SPAN_KIND.consumer && s.attributes['messaging.message.id'] === entry.eventId);
      if (!consumed) throw new Error(`no consumer span for ${entry.eventId} (${entry.milestone ?? entry.toStatus})${failure()}`);
      expect(consumed).toMatchObject({
        service: 'core',
        name: `${TOPICS.orderStatusChanged.name} process`,
        attributes: { 'messaging.system': 'kafka', 'messaging.destination.name': TOPICS.orderStatusChanged.name, 'messaging.consumer.group.name': `${HUB_ENV}.core` },
      });
      // Core inserted the timeline entry within the message's handling: a pg span right under the consumer span.
      // (The order's own trace holds other timeline INSERTs too, the order's issue among them: only this message's count.)
      const inserts = spans.filter((s) => s.parentSpanId === consumed.spanId && s.service === 'core' && s.kind === SPAN_KIND.client && /INSERT INTO "?case_timeline"?/i.test(statementOf(s)));
      expect(inserts).toHaveLength(1);
      expect(inserts[0].traceId).toBe(consumed.traceId);
      expect(inserts[0].attributes['db.system.name'] ?? inserts[0].attributes['db.system']).toBe('postgresql');
      return consumed;
    };

    // LAC's acknowledgement is the adapter's delivery worker's (LAC's answer to the delivery), published outside any request
    // or message: the attempt's span continues the order's trace (the traceparent its delivery row kept), so the order is one
    // trace from the coordinator's request through core, Kafka and the adapter to LAC's endpoint and back to core's timeline.
    const [acknowledged, ...callbacks] = reported;
    expect(acknowledged.toStatus).toBe('acknowledged');
    const acknowledgedChain = ancestors(consumedAndInserted(acknowledged));
    expect(acknowledgedChain.map((s) => [s.service, s.kind, s.name])).toEqual([
      ['adapter-lac', SPAN_KIND.producer, `${TOPICS.orderStatusChanged.name} publish`],
      ['adapter-lac', SPAN_KIND.internal, 'lac deliver order'],
      ['adapter-lac', SPAN_KIND.consumer, `${TOPICS.orderIssued.name} process`],
      ['core', SPAN_KIND.producer, `${TOPICS.orderIssued.name} publish`],
      ['core', SPAN_KIND.server, orderRequest?.name],
    ]);
    const attempt = acknowledgedChain[1];
    expect(attempt).toMatchObject({ traceId: callerTrace, attributes: { 'hub.delivery.outcome': 'delivered', 'hub.delivery.attempt': 1, 'http.response.status_code': 202 } });
    // The call to LAC itself: fetch's CLIENT span under the attempt, its traceparent sent to LAC.
    const call = spans.filter((s) => s.parentSpanId === attempt.spanId && s.kind === SPAN_KIND.client && s.attributes['http.request.method'] === 'POST');
    expect(call).toHaveLength(1);
    expect(String(call[0].attributes['url.full'])).toContain(`127.0.0.1:${PORTS.sim}`);

    // Each status LAC called back: one trace from LAC's callback to the adapter, to core's INSERT into the timeline.
    for (const entry of callbacks) {
      const consumed = consumedAndInserted(entry);
      // Its parents, nearest first: the adapter's relay publishing the message, then the adapter's HTTP server span for the
      // callback — the trace's root (LAC sends no traceparent).
      const [published, callback, ...beyond] = ancestors(consumed);
      expect(published).toMatchObject({ service: 'adapter-lac', kind: SPAN_KIND.producer, name: `${TOPICS.orderStatusChanged.name} publish`, attributes: { 'messaging.message.id': entry.eventId } });
      expect(callback).toMatchObject({ service: 'adapter-lac', kind: SPAN_KIND.server, attributes: { 'http.request.method': 'POST', 'url.path': expect.stringMatching(/\/callbacks$/), 'http.response.status_code': expect.any(Number) } });
      expect(callback.parentSpanId).toBeUndefined();
      expect(beyond).toEqual([]);
      const trace = spans.filter((s) => s.traceId === callback.traceId);
      expect(new Set(trace.map((s) => s.service))).toEqual(new Set(['adapter-lac', 'core']));
      // The adapter wrote the callback's outbox row within the request (a pg span under its server span).
      expect(trace.some((s) => s.service === 'adapter-lac' && s.kind === SPAN_KIND.client && /INSERT INTO "?outbox_messages"?/i.test(statementOf(s)) && ancestors(s).includes(callback))).toBe(true);
      // Core's answer (the report's placement, hub.order.update-placed.v1) was written in the message's handling, so its
      // outbox row names the consumer span (the log context took the span's ids), and it went back to the adapter.
      const answered = trace.find((s) => s.kind === SPAN_KIND.consumer && s.name === `${TOPICS.orderUpdatePlaced.name} process`);
      expect(answered).toMatchObject({ service: 'adapter-lac' });
      expect(ancestors(answered as ReceivedSpan).slice(0, 2)).toEqual([expect.objectContaining({ service: 'core', kind: SPAN_KIND.producer, name: `${TOPICS.orderUpdatePlaced.name} publish` }), consumed]);
    }
    // Probes and scrapes make no traces; queries outside traced work (the relay's polls) make no spans.
    expect(spans.filter((s) => /^\/(health|metrics)/.test(String(s.attributes['url.path'] ?? '')))).toEqual([]);
    expect(spans.filter((s) => s.kind === SPAN_KIND.client && !s.parentSpanId)).toEqual([]);
    console.log(`traces: ${spans.length} spans of order ${orderId} received; apps ready in ${((booted - started) / 1000).toFixed(1)} s, run ${((Date.now() - started) / 1000).toFixed(1)} s`);
    passed += 1;
  }, 180_000);

  it('sends nothing when no OTLP endpoint is configured, and the apps work and log in the caller\'s trace as before', async () => {
    const started = Date.now();
    const before = receiver.requests.length;
    // Endpoints of the other signals only, pointing at the receiver: tracing must not start for them (nor metrics or logs).
    await startApps('untraced', { OTEL_EXPORTER_OTLP_METRICS_ENDPOINT: `${url(PORTS.receiver)}/v1/metrics`, OTEL_EXPORTER_OTLP_LOGS_ENDPOINT: `${url(PORTS.receiver)}/v1/logs`, OTEL_EXPORTER_OTLP_PROTOCOL: 'http/json', OTEL_BSP_SCHEDULE_DELAY: '100' });
    const callerTrace = '4bf92f3577b34da6a3ce929d0e0e4736';
    const { issued, reported } = await driveOneLacOrder(url(PORTS.core), `00-${callerTrace}-00f067aa0ba902b7-01`);
    expect(reported).toHaveLength(5);
    // The hand-made log context continues the caller's trace under a span id of its own.
    expect(String(issued.headers.traceresponse)).toMatch(new RegExp(`^00-${callerTrace}-(?!00f067aa0ba902b7)[0-9a-f]{16}-01$`));
    await stopCleanly();
    expect(receiver.requests.slice(before)).toEqual([]);
    // …and says nothing about it.
    for (const app of apps) expect(readFileSync(app.logFile, 'utf8')).not.toMatch(/opentelemetry|otlp|\botel\b/i);
    console.log(`traces: untraced run ${((Date.now() - started) / 1000).toFixed(1)} s, nothing sent`);
    passed += 1;
  }, 180_000);
});
