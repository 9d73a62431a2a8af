import { randomUUID } from 'node:crypto';
import { declaredRoutes } from '@hub/auth';
import type { CaseTimelineV1, DeliverablePageV1, DeliverableViewV1, DeliverablesReceiptV1, IssueOrderRequestV2 } from '@hub/contracts';
import { eventually, getSigned, postSigned } from '@hub/testing';
import { coreClient } from '../../../test/support/core-client';
import { type RunningHub, startHub } from '../../../test/support/running-hub';
import type { EltesBackOffice, SentToHub } from '../sim/eltes-back-office';
import { dailyReport, statusNotice } from '../sim/eltes-documents';
import { normalisePostUrl } from '../src/post-url';

type Entry = CaseTimelineV1['entries'][number];

const newWebhookId = () => `msg_${randomUUID().replace(/-/g, '')}`;
const ESTIMATE_YEN = 2_200_000;
const eltesOrder = (scope: string): IssueOrderRequestV2 => ({ partnerId: 'eltes', supportFunction: 'crisis_pr', scope, estimateYen: ESTIMATE_YEN });
const receiptsOf = (sent: SentToHub[]) => sent.map((s) => s.answer as DeliverablesReceiptV1);

/**
 * Eltes (social-media and web monitoring) against the real hub — core, the Eltes adapter and the simulated Eltes on real
 * Kafka and PostgreSQL: its monitoring request and stop notice delivered in its own terms, its statuses on the order and
 * the timeline, its alert bursts collapsing to one alert per post (10,000 alerts, 30% of them posts seen again), urgent
 * alerts on the timeline at once and the rest counted per hour, its daily report, its invoice settled, and no other
 * partner able to read or change any of it.
 */
describe('Eltes, end to end', () => {
  let hub: RunningHub;
  let core: ReturnType<typeof coreClient>;
  let eltes: EltesBackOffice;
  let adapterUrl: string;
  let secret: string;

  beforeAll(async () => {
    hub = await startHub({ apps: ['core', 'partner-sim', 'adapter-eltes'], simStepDelayMs: 100 });
    core = coreClient(hub.as);
    eltes = hub.sims.eltes as EltesBackOffice;
    ({ url: adapterUrl, secret } = hub.adapters.eltes);
  });

  afterAll(async () => {
    await hub?.stop();
  });

  async function issue(scope: string): Promise<{ caseId: string; orderId: string }> {
    const { caseId } = await core.openCase({ confirm: true });
    const issued = await hub.as.coordinator.post(`/cases/${caseId}/orders`).send(eltesOrder(scope)).expect(201);
    return { caseId, orderId: issued.body.orderId as string };
  }

  /** An order Eltes took on and is monitoring, its script paused there (`#sim-hold`): the test drives what comes next. */
  async function monitoredOrder(): Promise<{ caseId: string; orderId: string }> {
    const issued = await issue('SNS・Webモニタリング #sim-hold');
    await eventually(async () => (await core.timeline(issued.caseId)).some((e) => e.milestone === 'monitoring_started'), { what: 'Eltes to start monitoring', timeoutMs: 30_000 });
    return issued;
  }

  /** Every deliverable of a kind on an order, page after page through the cursor, as the coordinator reads them. */
  async function allDeliverables(orderId: string, kind: string): Promise<DeliverableViewV1[]> {
    const all: DeliverableViewV1[] = [];
    let cursor: string | null = null;
    do {
      const page: DeliverablePageV1 = (await hub.as.coordinator.get(`/orders/${orderId}/deliverables`).query({ kind, limit: '500', ...(cursor ? { cursor } : {}) }).expect(200)).body;
      all.push(...page.deliverables);
      cursor = page.nextCursor;
    } while (cursor);
    return all;
  }

  const countInCore = async (orderId: string, kind: string): Promise<number> =>
    (await hub.dataSource.query('SELECT count(*)::int AS n FROM order_deliverables WHERE order_id = $1 AND kind = $2', [orderId, kind]))[0].n;

  const invoiceDecision = (webhookId: string) =>
    eventually(async () => {
      const read = await getSigned(`${adapterUrl}/eltes/v1/callbacks/${webhookId}`, secret, { token: hub.tokens.partner.eltes });
      return (read.body.core as { result: string | null } | undefined)?.result ? read.body : undefined;
    }, { what: "core's decision on Eltes's invoice", timeoutMs: 30_000 });

  it('delivers the monitoring request natively; Eltes reports, alerts, reports the day, completes and is paid', async () => {
    const { caseId, orderId } = await issue('SNS・Webの24時間モニタリングと炎上時の対応助言');

    // Eltes's system received the order as its own monitoring request, signed (the simulator verified it).
    const received = await eventually(async () => eltes.find(orderId), { what: 'Eltes to receive the monitoring request' });
    expect(received.request).toEqual({
      apiVersion: '1',
      requestId: orderId,
      incidentRef: caseId,
      plan: 'EMERGENCY_SPOT',
      client: { corporateName: '株式会社みなと精機', personInCharge: { name: '情報システム部 佐藤', phone: '03-1234-5678', email: 'sato@minato-seiki.example.jp' } },
      incident: { incidentType: 'INFORMATION_LEAK', description: expect.any(String), awareAt: expect.any(String), affectedRecords: 12_000 },
      watch: { keywords: ['株式会社みなと精機', 'みなと精機'], startAt: expect.any(String) },
      instructions: 'SNS・Webの24時間モニタリングと炎上時の対応助言',
      budgetInclTaxYen: ESTIMATE_YEN,
      requestedAt: expect.any(String),
    });

    const invoiceSent = await eventually(async () => eltes.sentAbout(orderId, 'invoice')[0], { what: 'Eltes to finish its script and invoice', timeoutMs: 120_000 });
    expect(eltes.sentAbout(orderId).every((s) => s.status === 200 || s.status === 202)).toBe(true);

    // Statuses, each once, in order, on core's order and timeline (Eltes's RECEIVED is the delivery's acknowledgement again).
    const entries = await eventually(async () => {
      const all = await core.timeline(caseId);
      return all.some((e) => e.orderId === orderId && e.toStatus === 'work_complete') ? all : undefined;
    }, { what: 'work complete to reach the timeline' });
    const statuses = entries.filter((e) => e.orderId === orderId && e.toStatus !== null).map((e) => [e.toStatus, e.milestone]);
    expect(statuses).toEqual([
      ['issued', null],
      ['acknowledged', null],
      ['accepted', null],
      ['in_progress', 'watch_keywords_configured'],
      ['in_progress', 'monitoring_started'],
      ['in_progress', 'official_account_support_started'],
      ['in_progress', 'emergency_notice_issued'],
      ['in_progress', 'monitoring_ended'],
      ['work_complete', null],
    ]);
    const order = await core.order(orderId);
    expect(order).toMatchObject({ status: 'work_complete', partnerReference: received.projectNo });

    // The script's burst: 3,000 alerts, each post once in core however often and however linked it was alerted.
    const receipts = receiptsOf(eltes.sentAbout(orderId, 'alerts'));
    expect(receipts).toHaveLength(3);
    expect(receipts.reduce((n, r) => n + r.counts.new + r.counts.repeated, 0)).toBe(3_000);
    expect(receipts.reduce((n, r) => n + r.counts.new, 0)).toBe(received.posts.length);
    await eventually(async () => (await countInCore(orderId, 'monitoring_alert')) === received.posts.length, { what: 'core to record every post', timeoutMs: 30_000 });
    const alerts = await allDeliverables(orderId, 'monitoring_alert');
    expect(new Set(alerts.map((a) => a.reference))).toEqual(new Set(received.posts.map((p) => normalisePostUrl(p.url))));

    // The day's report, as Eltes wrote it, one timeline entry (the day is smoldering, not flaring).
    const [report] = await allDeliverables(orderId, 'daily_monitoring_report');
    const sentReport = eltes.sentAbout(orderId, 'daily-report')[0].body as ReturnType<typeof dailyReport>;
    expect(report).toMatchObject({ kind: 'daily_monitoring_report', reference: sentReport.reportDate, version: 1, attention: 'normal', factsContract: 'partners/eltes/daily-monitoring-report-facts.v1' });
    expect(report.facts).toMatchObject({
      totalAlerts: sentReport.alertTotals.total,
      urgentAlerts: sentReport.alertTotals.byRiskLevel[0].count,
      flareUpStatus: sentReport.flareUpStatus,
      byPlatform: sentReport.alertTotals.byPlatform,
    });
    expect((await core.timeline(caseId)).filter((e) => e.kind === 'deliverable_received' && e.note?.startsWith('daily_monitoring_report'))).toHaveLength(1);

    // The invoice, in Eltes's terms, settled by core; Eltes reads the decision by its webhook-id.
    const decided = await invoiceDecision(invoiceSent.webhookId);
    expect(decided).toMatchObject({ kind: 'invoice', orderId, outcome: 'accepted', core: { result: 'accepted', code: null } });
    const stored = (await hub.as.coordinator.get(`/invoices/${(decided.core as { invoiceId: string }).invoiceId}`).expect(200)).body;
    expect(stored).toMatchObject({ partnerId: 'eltes', orderId, invoiceNumber: invoiceSent.label, state: 'settled', totals: { grossYen: 1_914_000 } });
    expect(stored.totals.grossYen).toBeLessThanOrEqual(ESTIMATE_YEN);
    expect(stored.settlement.coveredYen + stored.settlement.retainedYen).toBe(1_914_000);
    expect(stored.lines.map((l: { description: string }) => l.description)).toContain('Webモニタリング 24時間監視（日額）（単位: 日）');
  });

  it('takes 10,000 alerts with 30% repeats and keeps exactly the distinct alerts, urgent ones at once and the rest counted per hour', async () => {
    const { caseId, orderId } = await monitoredOrder();
    const { burst, sent, ok } = await eltes.sendAlertBurst(orderId, { total: 10_000, batchSize: 1_000, repeatShare: 0.3, urgentShare: 0.01, seed: 20_261_120 });
    expect(ok).toBe(true);
    expect(burst.batches).toHaveLength(10);
    expect(burst.posts).toHaveLength(7_000);
    // Repeats within a batch and across batches, and under other link forms (tracking parameters, host aliases, case, slash).
    expect(burst.repeatsWithinBatch).toBeGreaterThan(100);
    expect(burst.repeatsAcrossBatches).toBeGreaterThan(100);
    expect(burst.repeatsInAnotherForm).toBeGreaterThan(100);
    expect(burst.repeatsWithinBatch + burst.repeatsAcrossBatches).toBe(3_000);

    // What the adapter answered: every alert accounted for, new or repeated, adding up batch by batch and in all.
    const receipts = receiptsOf(sent);
    expect(sent.map((s) => s.status)).toEqual(Array(10).fill(202));
    for (const receipt of receipts) {
      expect(receipt.duplicate).toBe(false);
      expect(receipt.counts.new + receipt.counts.repeated).toBe(1_000);
      expect(receipt.deliverables).toHaveLength(1_000);
    }
    expect(receipts.reduce((n, r) => n + r.counts.new, 0)).toBe(7_000);
    expect(receipts.reduce((n, r) => n + r.counts.repeated, 0)).toBe(3_000);

    // Core keeps each post exactly once, under its normalised URL.
    await eventually(async () => (await countInCore(orderId, 'monitoring_alert')) >= 7_000, { what: 'core to record 7,000 alerts', timeoutMs: 60_000 });
    const alerts = await allDeliverables(orderId, 'monitoring_alert');
    expect(alerts).toHaveLength(7_000);
    const expected = new Set(burst.posts.map((p) => normalisePostUrl(p.url)));
    expect(expected.size).toBe(7_000);
    expect(new Set(alerts.map((a) => a.reference))).toEqual(expected);

    // 緊急 posts are alerts on the timeline at once; the others are counted per hour of detection.
    const urgent = burst.posts.filter((p) => p.riskLevel === '緊急');
    expect(urgent.length).toBeGreaterThan(20);
    expect(alerts.filter((a) => a.attention === 'urgent')).toHaveLength(urgent.length);
    expect(alerts.filter((a) => a.attention === 'urgent').every((a) => a.facts.riskLevel === '緊急')).toBe(true);
    expect(new Set(alerts.filter((a) => a.attention === 'bulk').map((a) => a.facts.riskLevel))).toEqual(new Set(['要注意', '参考']));
    const entries = (await core.timeline(caseId)).filter((e) => e.orderId === orderId);
    const partnerAlerts = entries.filter((e) => e.kind === 'partner_alert');
    expect(partnerAlerts).toHaveLength(urgent.length);
    expect(partnerAlerts.every((e) => e.actor === 'partner:eltes' && e.note?.startsWith('monitoring_alert https://'))).toBe(true);
    const counted = entries.filter((e) => e.kind === 'deliverables_counted');
    const bulkHours = new Set(burst.posts.filter((p) => p.riskLevel !== '緊急').map((p) => new Date(Math.floor(Date.parse(p.detectedAt) / 3_600_000) * 3_600_000).toISOString()));
    expect(new Set(counted.map((e) => e.occurredAt.replace(/\.000Z$/, 'Z')))).toEqual(new Set([...bulkHours].map((h) => h.replace(/\.000Z$/, 'Z'))));
    const countOf = (e: Entry) => Number(/^(\d+) monitoring_alert in the hour from /.exec(e.note ?? '')?.[1]);
    expect(counted.reduce((n, e) => n + countOf(e), 0)).toBe(7_000 - urgent.length);

    // A batch sent again is nothing new: the same webhook-id is a duplicate, a new one is all repeats.
    const again = await postSigned(`${adapterUrl}/eltes/v1/alerts`, secret, burst.batches[3], { webhookId: sent[3].webhookId, token: hub.tokens.partner.eltes });
    expect(again.body).toMatchObject({ received: true, duplicate: true, counts: { new: 0, repeated: 0 } });
    const resent = await postSigned(`${adapterUrl}/eltes/v1/alerts`, secret, burst.batches[3], { webhookId: newWebhookId(), token: hub.tokens.partner.eltes });
    expect(resent.body).toMatchObject({ duplicate: false, counts: { new: 0, repeated: 1_000 } });
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    expect(await countInCore(orderId, 'monitoring_alert')).toBe(7_000);
  }, 180_000);

  it('refuses an alert batch naming the field: a URL that cannot be read (400), another partner\'s or an unknown order (404)', async () => {
    const { orderId } = await monitoredOrder();
    const batch = (requestId: string, postUrl: string) => ({
      apiVersion: '1', requestId, batchNo: 'B20261120-000001', sentAt: new Date().toISOString(),
      alerts: [{ alertId: 'AL-20261120-000000001', platform: 'BLOG', postUrl, detectedAt: new Date().toISOString(), excerpt: 'みなと精機', reach: 1, reachBasis: 'MONTHLY_PV', riskLevel: '参考', flareUpPct: 1 }],
    });
    const bad = await postSigned(`${adapterUrl}/eltes/v1/alerts`, secret, batch(orderId, 'https://[blog.example.jp/entry'), { token: hub.tokens.partner.eltes });
    expect(bad.status).toBe(400);
    expect(bad.body.issues).toContainEqual({ field: 'alerts[0].postUrl', reason: 'is not an http(s) URL with a host' });
    const unknown = await postSigned(`${adapterUrl}/eltes/v1/alerts`, secret, batch(randomUUID(), 'https://blog.example.jp/entry-1'), { token: hub.tokens.partner.eltes });
    expect(unknown.status).toBe(404);
    expect(await countInCore(orderId, 'monitoring_alert')).toBe(0);
  });

  it('raises a post that flares up after it was first seen: seen again as 緊急, it is the next version and an alert', async () => {
    const { caseId, orderId } = await monitoredOrder();
    const postUrl = `https://x.com/someone/status/${Date.now()}`;
    const batch = (batchNo: string, riskLevel: string, alertId: string) => ({
      apiVersion: '1', requestId: orderId, batchNo, sentAt: new Date().toISOString(),
      alerts: [{ alertId, platform: 'X', postUrl, detectedAt: new Date().toISOString(), excerpt: '情報漏えいの件、まとめました', reach: 12_000, reachBasis: 'FOLLOWERS', riskLevel, flareUpPct: riskLevel === '緊急' ? 90 : 20 }],
    });
    const send = async (body: unknown) => (await postSigned(`${adapterUrl}/eltes/v1/alerts`, secret, body, { token: hub.tokens.partner.eltes })).body as unknown as DeliverablesReceiptV1;

    expect((await send(batch('B20261120-000101', '参考', 'AL-20261120-000000101'))).deliverables[0]).toMatchObject({ outcome: 'new', version: 1 });
    // The same post again at the same level: one alert, counted.
    expect((await send(batch('B20261120-000102', '参考', 'AL-20261120-000000102'))).deliverables[0]).toMatchObject({ outcome: 'repeated', version: 1 });
    // Now urgent: the coordinator must hear of it, so it is not collapsed into the first.
    expect((await send(batch('B20261120-000103', '緊急', 'AL-20261120-000000103'))).deliverables[0]).toMatchObject({ outcome: 'new', version: 2 });
    // Urgent again: already raised, counted once.
    expect((await send(batch('B20261120-000104', '緊急', 'AL-20261120-000000104'))).deliverables[0]).toMatchObject({ outcome: 'repeated', version: 1 });

    const alerts = await eventually(async () => {
      const found = await allDeliverables(orderId, 'monitoring_alert');
      return found.length === 2 ? found : undefined;
    }, { what: 'both versions of the post in core', timeoutMs: 20_000 });
    expect(alerts.map((a) => [a.version, a.attention])).toEqual([[1, 'bulk'], [2, 'urgent']]);
    const raised = await eventually(async () => {
      const entries = (await core.timeline(caseId)).filter((e: Entry) => e.kind === 'partner_alert' && e.orderId === orderId);
      return entries.length > 0 ? entries : undefined;
    }, { what: 'the flare-up on the timeline', timeoutMs: 20_000 });
    expect(raised).toHaveLength(1);
  });

  it('records a decline with Eltes\'s reason', async () => {
    const { orderId } = await issue('Webモニタリング #sim-decline');
    const order = await eventually(async () => {
      const current = await core.order(orderId);
      return current.status === 'declined' ? current : undefined;
    }, { what: 'Eltes to decline' });
    expect(order.statusReason).toBe('同業他社の案件と利益相反のため、本件の監視はお受けできません');
  });

  it('tells Eltes of a cancellation in its own terms, after the request', async () => {
    const { orderId } = await monitoredOrder();
    await hub.as.coordinator.post(`/orders/${orderId}/cancel`).send({ reason: '被保険者が自社でモニタリングを行うため' }).expect(200);
    const stop = await eventually(async () => eltes.stopOf(orderId), { what: 'the stop notice to reach Eltes', timeoutMs: 30_000 });
    expect(stop.stop).toEqual({ apiVersion: '1', requestId: orderId, stopReason: '被保険者が自社でモニタリングを行うため', stoppedBy: 'staff:sato.coordinator', stoppedAt: expect.any(String) });
    expect(Date.parse(stop.receivedAt)).toBeGreaterThanOrEqual(Date.parse((eltes.find(orderId) as { receivedAt: string }).receivedAt));
    expect(eltes.isStopped(orderId)).toBe(true);
  });

  it('lets no other partner read or change anything of Eltes\'s, on every route of its adapter and on core', async () => {
    const { orderId } = await monitoredOrder();
    const projectNo = (eltes.find(orderId) as { projectNo: string }).projectNo;
    await eltes.sendAlertBurst(orderId, { total: 50, batchSize: 50 });
    expect(await eltes.sendInvoice(orderId)).toBe(true);
    const invoiceWebhookId = eltes.sentAbout(orderId, 'invoice')[0].webhookId;
    const invoiceId = ((await invoiceDecision(invoiceWebhookId)).core as { invoiceId: string }).invoiceId;
    await eventually(async () => (await countInCore(orderId, 'monitoring_alert')) > 0, { what: 'the alerts to reach core' });
    const before = { alerts: await countInCore(orderId, 'monitoring_alert'), order: await core.order(orderId) };

    const lac = hub.tokens.partner.lac;
    const batch = eltes.sentAbout(orderId, 'alerts')[0];
    const bodies: Record<string, unknown> = {
      'POST /eltes/v1/callbacks': statusNotice(orderId, projectNo, 'COMPLETED'),
      'POST /eltes/v1/invoices': eltes.sentAbout(orderId, 'invoice')[0].body,
      'POST /eltes/v1/alerts': { apiVersion: '1', requestId: orderId, batchNo: (batch.body as { batchNo: string }).batchNo, sentAt: new Date().toISOString(), alerts: [{ alertId: 'AL-20261120-000000002', platform: 'X', postUrl: 'https://x.com/a/status/1', detectedAt: new Date().toISOString(), excerpt: '偽のアラート', reach: 1, reachBasis: 'FOLLOWERS', riskLevel: '緊急', flareUpPct: 99 }] },
      'POST /eltes/v1/daily-reports': dailyReport(orderId, '2026-11-20', []),
      'POST /eltes/v1/feed/ack': { deliveryIds: [randomUUID()] },
      'POST /endpoint/enable': { reason: 'lac tries' },
    };
    const paths: Record<string, string> = {
      'GET /eltes/v1/callbacks/:webhookId': `/eltes/v1/callbacks/${invoiceWebhookId}`,
      'GET /deliveries/:orderId': `/deliveries/${orderId}`,
    };
    // Every route the adapter serves, as it declares them: a new route fails here until it is tried below.
    // The probes and /metrics every app answers say nothing of Eltes's (test/security/route-access.ts covers them).
    const probes = new Set(['GET /health', 'GET /health/live', 'GET /health/ready', 'GET /metrics']);
    const routes = declaredRoutes(hub.adapters.eltes.app).flatMap((r) => r.routes).filter((r) => !probes.has(r)).sort();
    expect(routes).toEqual([...Object.keys(bodies), ...Object.keys(paths), 'GET /deliveries', 'GET /endpoint', 'GET /eltes/v1/feed'].sort());
    for (const route of routes) {
      const [method, template] = route.split(' ');
      const path = paths[route] ?? template;
      // Signed with Eltes's own secret, so the refusal is about who calls, not about the signature.
      const answer = method === 'GET'
        ? await getSigned(`${adapterUrl}${path}`, secret, { token: lac })
        : await postSigned(`${adapterUrl}${path}`, secret, bodies[route], { token: lac });
      expect([route, [403, 404].includes(answer.status)]).toEqual([route, true]);
      const text = JSON.stringify(answer.body);
      for (const secretThing of [orderId, projectNo, invoiceId, invoiceWebhookId]) expect(text).not.toContain(secretThing);
    }

    // Core: the order, its deliverables and its invoice are Eltes's alone (another partner's answers are 404, no data).
    for (const path of [`/orders/${orderId}`, `/orders/${orderId}/deliverables`, `/invoices/${invoiceId}`]) {
      const answer = await hub.as.partner.lac.get(path);
      expect([path, answer.status]).toEqual([path, 404]);
      expect(JSON.stringify(answer.body)).not.toContain(projectNo);
    }
    expect((await hub.as.partner.eltes.get(`/orders/${orderId}/deliverables`).query({ limit: '1' }).expect(200)).body.deliverables).toHaveLength(1);

    // Nothing changed.
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    expect(await countInCore(orderId, 'monitoring_alert')).toBe(before.alerts);
    expect((await core.order(orderId)).status).toBe(before.order.status);
  }, 90_000);
});
