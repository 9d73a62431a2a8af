import { randomUUID } from 'node:crypto';
import { declaredRoutes } from '@hub/auth';
import type { DeliverableViewV1, PrapAnkenStatusV1, PrapKohyoReportV1 } from '@hub/contracts';
import { eventually, getSigned, postSigned } from '@hub/testing';
import { coreClient } from '../../../test/support/core-client';
import { type RunningHub, type StartedAdapter, startHub } from '../../../test/support/running-hub';
import type { Anken, PrapDesk } from '../sim/prap-desk';
import { coverageReport, FACT_MASTER_NO, invoiceFor, RELEASE_NO } from '../sim/prap-paperwork';

const SCOPE = 'お詫び・プレスリリースの作成支援、記者会見実施支援、報道モニタリング';
const COMMENT = '「一部のお客様」ではなく、判明している件数（約12,000件）を明記してください。';
const newWebhookId = () => `msg_${randomUUID().replace(/-/g, '')}`;
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * PRAP Japan end to end, on real Kafka and PostgreSQL with core, PRAP's adapter and PRAP's simulated Crisis Desk: the
 * matter reaches PRAP in its own form; PRAP's drafts reach the coordinator, who returns the release with comments and
 * approves the revision, PRAP being told natively each time; the release is published only after approval; coverage is
 * reported; PRAP's invoice is settled; a cancellation reaches PRAP natively; and no other partner gets past any of
 * PRAP's routes. The steps below build on each other, in order.
 */
describe('PRAP Japan (crisis PR), end to end', () => {
  let hub: RunningHub;
  let core: ReturnType<typeof coreClient>;
  let desk: PrapDesk;
  let prap: StartedAdapter;
  // The matter the flow works on, filled in as it goes.
  let caseId: string;
  let orderId: string;
  let anken: Anken;

  beforeAll(async () => {
    hub = await startHub({ apps: ['core', 'partner-sim', 'adapter-prap'], simStepDelayMs: 100 });
    core = coreClient(hub.as);
    desk = hub.sims.prap as PrapDesk;
    prap = hub.adapters.prap;
  });

  afterAll(async () => {
    await hub?.stop();
  });

  async function issuePrapOrder(scope = SCOPE, estimateYen = 2_750_000): Promise<{ caseId: string; orderId: string }> {
    const opened = await core.openCase({ confirm: true });
    const issued = await hub.as.coordinator.post(`/cases/${opened.caseId}/orders`).send({ partnerId: 'prap', supportFunction: 'crisis_pr', scope, estimateYen }).expect(201);
    return { caseId: opened.caseId, orderId: issued.body.orderId as string };
  }

  async function deliverables(query = ''): Promise<DeliverableViewV1[]> {
    return (await hub.as.coordinator.get(`/orders/${orderId}/deliverables${query}`).expect(200)).body.deliverables as DeliverableViewV1[];
  }

  const waitForDeliverables = (query: string, done: (list: DeliverableViewV1[]) => boolean, what: string) =>
    eventually(async () => {
      const list = await deliverables(query);
      return done(list) ? list : undefined;
    }, { what, timeoutMs: 30_000 });

  const review = (deliverableId: string, decision: 'approved' | 'returned', comment?: string) =>
    hub.as.coordinator.post(`/orders/${orderId}/deliverables/${deliverableId}/review`).send({ decision, ...(comment ? { comment } : {}) }).expect(200);

  const asPrap = (path: string, body: unknown, token = hub.tokens.partner.prap) => postSigned(`${prap.url}${path}`, prap.secret, body, { webhookId: newWebhookId(), token });

  it('delivers the order to PRAP as a matter (案件) in its own form, signed', async () => {
    ({ caseId, orderId } = await issuePrapOrder());
    anken = await eventually(async () => desk.find(orderId), { what: 'PRAP to receive the matter' });
    expect(anken.order).toEqual({
      apiVersion: '1',
      ankenId: orderId,
      jikoId: caseId,
      iraiKubun: 'KINKYUJI_KOHO',
      kokyaku: { shamei: '株式会社みなと精機', tantosha: { shimei: '情報システム部 佐藤', denwa: '03-1234-5678', mail: 'sato@minato-seiki.example.jp' } },
      jiko: { shubetsu: 'JOHO_ROEI', gaiyo: '受注管理サーバーへの不正アクセスにより顧客情報が漏えいした可能性', hakkenNichiji: expect.any(String), eikyoKensu: 12_000 },
      iraiNaiyo: SCOPE,
      yosan: { jogenGaku: 2_750_000, zeiKubun: 'ZEIKOMI' },
      iraiNichiji: expect.any(String),
    });
  });

  it("shows PRAP's first drafts in core, each awaiting the coordinator's approval", async () => {
    const drafts = await waitForDeliverables('?kind=crisis_document', (l) => l.length >= 2, "PRAP's first drafts in core");
    expect(drafts.map((d) => [d.reference, d.version, d.needsApproval, d.review])).toEqual([
      [FACT_MASTER_NO(anken), 1, true, null],
      [RELEASE_NO(anken), 1, true, null],
    ]);
    expect(drafts[1]).toMatchObject({
      partnerId: 'prap',
      kind: 'crisis_document',
      title: '【お詫び・プレスリリース】不正アクセスによるお客様情報流出の可能性に関するお詫びとお知らせ',
      attention: 'normal',
      factsContract: 'partners/prap/crisis-document-facts.v1',
      facts: { documentType: 'apology_and_press_release', author: expect.any(String), text: expect.stringContaining('一部のお客様') },
      publishes: null,
    });
    const timeline = await core.timeline(caseId);
    expect(timeline.filter((e) => e.kind === 'deliverable_received' && e.orderId === orderId).length).toBeGreaterThanOrEqual(2);
  });

  it('refuses a publication before approval (409 not_approved) and records nothing of it', async () => {
    const early: PrapKohyoReportV1 = {
      apiVersion: '1',
      ankenId: orderId,
      kohyo: [{ kohyoNo: `${anken.ankenNo}-K99`, documentNo: RELEASE_NO(anken), han: 1, baitai: 'KISHA_CLUB', baitaiMei: '経済産業記者会', kohyoNichiji: new Date().toISOString() }],
    };
    const refused = await asPrap(`/prap/v1/anken/${orderId}/kohyo`, early);
    expect(refused.status).toBe(409);
    expect(refused.body).toMatchObject({ error: 'not_approved', issues: [{ field: 'deliverables/0/publishes', reason: expect.stringContaining('has not been reviewed yet') }] });
    await pause(1_000);
    expect(await deliverables('?kind=publication')).toEqual([]);
  });

  it('returns the release with comments: PRAP receives the native notice with them, and sends version 2', async () => {
    const [factMaster, releaseV1] = await deliverables('?kind=crisis_document');
    // The fact master is agreed as it is.
    await review(factMaster.deliverableId, 'approved');
    const returned = await review(releaseV1.deliverableId, 'returned', COMMENT);
    expect(returned.body).toMatchObject({ deliverableId: releaseV1.deliverableId, review: { decision: 'returned', comment: COMMENT, reviewedBy: expect.stringContaining('sato.coordinator') } });

    const notice = await eventually(async () => desk.reviewsOf(orderId).find((n) => n.documentNo === RELEASE_NO(anken) && n.han === 1), { what: 'PRAP to be told the release was returned' });
    expect(notice).toEqual({
      apiVersion: '1',
      ankenId: orderId,
      documentNo: RELEASE_NO(anken),
      han: 1,
      kekka: 'SASHIMODOSHI',
      shitekiJiko: COMMENT,
      shoninsha: expect.stringContaining('sato.coordinator'),
      kekkaNichiji: expect.any(String),
      hubDeliverableId: releaseV1.deliverableId,
    });

    const drafts = await waitForDeliverables('?kind=crisis_document', (l) => l.some((d) => d.reference === RELEASE_NO(anken) && d.version === 2), 'version 2 of the release');
    const v2 = drafts.find((d) => d.reference === RELEASE_NO(anken) && d.version === 2) as DeliverableViewV1;
    expect(v2).toMatchObject({ needsApproval: true, review: null, facts: { text: expect.stringContaining('約12,000件のお客様'), revisionNote: expect.stringContaining(COMMENT) } });
    // Version 1 keeps its decision; the fact master its approval.
    expect(drafts.find((d) => d.deliverableId === releaseV1.deliverableId)?.review).toMatchObject({ decision: 'returned', comment: COMMENT });
    expect(drafts.find((d) => d.deliverableId === factMaster.deliverableId)?.review).toMatchObject({ decision: 'approved' });
  });

  it('approves version 2: PRAP is told, publishes it, and the publication is recorded with its channel and time', async () => {
    const v2 = (await deliverables('?kind=crisis_document')).find((d) => d.reference === RELEASE_NO(anken) && d.version === 2) as DeliverableViewV1;
    await review(v2.deliverableId, 'approved');
    const notice = await eventually(async () => desk.reviewsOf(orderId).find((n) => n.documentNo === RELEASE_NO(anken) && n.han === 2), { what: 'PRAP to be told version 2 was approved' });
    expect(notice).toMatchObject({ kekka: 'SHONIN', han: 2, hubDeliverableId: v2.deliverableId });
    expect(notice).not.toHaveProperty('shitekiJiko');

    const publications = await waitForDeliverables('?kind=publication', (l) => l.length >= 2, 'the release published');
    expect(publications.map((p) => [p.reference, p.publishes, p.facts.channel, p.facts.publishedVersion])).toEqual([
      [`${anken.ankenNo}-K01`, { kind: 'crisis_document', reference: RELEASE_NO(anken) }, 'corporate_website', 2],
      [`${anken.ankenNo}-K02`, { kind: 'crisis_document', reference: RELEASE_NO(anken) }, 'press_wire', 2],
    ]);
    expect(publications[1]).toMatchObject({ partnerId: 'prap', facts: { outlet: 'PR TIMES', url: expect.stringMatching(/^https:\/\//), publishedAt: publications[1].occurredAt } });
    // PRAP published only once told of the approval, and the hub took it as new.
    const sent = desk.sentFor(orderId).find((s) => s.what === 'publication of the release');
    const approvedAt = anken.reviews.find((r) => r.notice.han === 2 && r.notice.documentNo === RELEASE_NO(anken))?.receivedAt as string;
    expect(sent).toMatchObject({ status: 202, answer: { duplicate: false, counts: { new: 2, repeated: 0 } } });
    expect(Date.parse(sent?.at as string)).toBeGreaterThan(Date.parse(approvedAt));
    // The early attempt left nothing behind.
    expect(publications.some((p) => p.reference.endsWith('-K99'))).toBe(false);
    // The coordinator's decisions are on the case's timeline: the fact master and the release's version 2 approved, version 1 returned.
    const decisions = (await core.timeline(caseId)).filter((e) => e.orderId === orderId && ['deliverable_approved', 'deliverable_returned'].includes(e.kind)).map((e) => e.kind);
    expect(decisions.sort()).toEqual(['deliverable_approved', 'deliverable_approved', 'deliverable_returned']);
  });

  it("shows PRAP's media coverage in core, the report PRAP marked 要警戒 as an alert on the timeline", async () => {
    const coverage = await waitForDeliverables('?kind=media_coverage', (l) => l.length >= 2, "PRAP's coverage reports");
    expect(coverage[0]).toMatchObject({
      reference: `${anken.ankenNo}-M01`,
      attention: 'urgent',
      factsContract: 'partners/prap/media-coverage-facts.v1',
      facts: { alertLevel: 'watch', totalItems: 1_284, positiveItems: 32, neutralItems: 634, negativeItems: 618 },
    });
    expect(coverage[0].facts.byMedia).toContainEqual({ media: 'sns', items: 1_240, positive: 30, neutral: 610, negative: 600 });
    expect(coverage[1]).toMatchObject({ reference: `${anken.ankenNo}-M02`, attention: 'normal', facts: { alertLevel: 'normal', totalItems: 441 } });
    expect((await deliverables('?attention=urgent')).map((d) => d.reference)).toEqual([`${anken.ankenNo}-M01`]);

    const alerts = (await core.timeline(caseId)).filter((e) => e.kind === 'partner_alert' && e.orderId === orderId);
    expect(alerts).toHaveLength(1);
    expect(alerts[0].actor).toBe('partner:prap');
  });

  it("puts PRAP's statuses and milestones on the order and the case's timeline", async () => {
    const entries = await eventually(
      async () => {
        const all = await core.timeline(caseId);
        return all.some((e) => e.orderId === orderId && e.toStatus === 'work_complete') ? all : undefined;
      },
      { what: 'PRAP to report the work complete', timeoutMs: 30_000 },
    );
    const statuses = entries.filter((e) => e.orderId === orderId && e.toStatus !== null).map((e) => [e.toStatus, e.milestone]);
    expect(statuses[0]).toEqual(['issued', null]);
    // The adapter records the acknowledgement once PRAP's desk answered the delivery; PRAP may take the matter on first.
    expect(statuses.slice(1, 3).map(([status]) => status).sort()).toEqual(['accepted', 'acknowledged']);
    expect(statuses[3]).toEqual(['in_progress', 'kickoff_meeting_held']);
    expect(statuses[statuses.length - 1]).toEqual(['work_complete', null]);
    // Monitoring starts and the fact master is agreed independently of each other; the rest follows the approved release.
    expect(statuses.slice(4, -1).map(([, milestone]) => milestone).sort()).toEqual(['fact_master_agreed', 'media_monitoring_started', 'press_conference_held', 'press_release_published']);
    const order = await core.order(orderId);
    expect(order).toMatchObject({ status: 'work_complete', partnerReference: anken.ankenNo });
  });

  it("settles PRAP's invoice, which PRAP reads back by webhook-id", async () => {
    const sent = await eventually(async () => desk.sentFor(orderId).find((s) => s.what === 'invoice'), { what: 'PRAP to send its invoice' });
    expect(sent.status).toBe(202);
    const decided = await eventually(
      async () => {
        const read = await getSigned(`${prap.url}/prap/v1/callbacks/${sent.webhookId}`, prap.secret, { token: hub.tokens.partner.prap });
        return (read.body.core as { result: string | null } | undefined)?.result ? read.body : undefined;
      },
      { what: "core's decision on PRAP's invoice", timeoutMs: 20_000 },
    );
    expect(decided).toMatchObject({ kind: 'invoice', orderId, outcome: 'accepted', core: { result: 'accepted', code: null } });
    const invoiceId = (decided.core as { invoiceId: string }).invoiceId;
    const stored = (await hub.as.coordinator.get(`/invoices/${invoiceId}`).expect(200)).body;
    expect(stored).toMatchObject({ partnerId: 'prap', orderId, state: 'settled', totals: { grossYen: 2_013_000 } });
    expect(stored.settlement.coveredYen + stored.settlement.retainedYen).toBe(2_013_000);
    expect((stored.lines as { description: string; category: string }[]).map((l) => [l.category, l.description.slice(l.description.lastIndexOf('（'))])).toEqual([
      ['consulting', '（単位: 月）'],
      ['public_notice_and_press', '（単位: 式）'],
      ['public_notice_and_press', '（単位: 回）'],
      ['public_notice_and_press', '（単位: 件）'],
    ]);
  });

  it("records PRAP's decline with its reason", async () => {
    const declined = await issuePrapOrder('記者会見支援のみ #sim-decline');
    const order = await eventually(async () => {
      const current = await core.order(declined.orderId);
      return current.status === 'declined' ? current : undefined;
    }, { what: 'PRAP to decline' });
    expect(order.statusReason).toContain('利益相反');
  });

  it('delivers the coordinator\'s cancellation to PRAP in its own form, after the matter', async () => {
    const cancelled = await issuePrapOrder();
    await eventually(async () => (await core.order(cancelled.orderId)).acceptedAt !== null, { what: 'PRAP to take the matter on' });
    const reason = '被保険者が自社広報で対応することになったため';
    await hub.as.coordinator.post(`/orders/${cancelled.orderId}/cancel`).send({ reason }).expect(200);
    const received = await eventually(async () => desk.find(cancelled.orderId)?.cancellation, { what: 'PRAP to receive the cancellation' });
    expect(received.notice).toEqual({ apiVersion: '1', ankenId: cancelled.orderId, torikeshiRiyu: reason, torikeshisha: expect.any(String), torikeshiNichiji: expect.any(String) });
    expect(Date.parse(received.receivedAt)).toBeGreaterThan(Date.parse(desk.find(cancelled.orderId)?.receivedAt as string));
  });

  describe('partner isolation', () => {
    /** A body PRAP could rightly send on each of its routes about its own matter: only the caller is wrong. */
    function prapBodyFor(route: string): unknown {
      if (route.endsWith('/callbacks')) return { apiVersion: '1', ankenId: orderId, ankenNo: anken.ankenNo, jokyo: 'SHINCHOKU', shinchoku: 'SHAKOKU_KEISAI', hokokuNichiji: new Date().toISOString() } satisfies PrapAnkenStatusV1;
      if (route.endsWith('/invoices')) return invoiceFor(anken);
      if (route.endsWith('/documents')) return { apiVersion: '1', ankenId: orderId, documents: [{ documentNo: `${anken.ankenNo}-D09`, shubetsu: 'SOTEI_MONDO', han: 1, hyodai: '想定問答', honbun: 'Q. 流出件数は？ A. 約12,000件です。', sakuseisha: '高橋', sakuseiNichiji: new Date().toISOString() }] };
      if (route.endsWith('/kohyo')) return { apiVersion: '1', ankenId: orderId, kohyo: [{ kohyoNo: `${anken.ankenNo}-K09`, documentNo: RELEASE_NO(anken), han: 2, baitai: 'KISHA_CLUB', baitaiMei: '経済産業記者会', kohyoNichiji: new Date().toISOString() }] };
      if (route.endsWith('/media-coverage')) return { ...coverageReport(anken, 2), reportNo: `${anken.ankenNo}-M09` };
      return {};
    }

    const noPrapData = (body: unknown) => {
      const text = JSON.stringify(body);
      return !text.includes(orderId) && !text.includes(anken.ankenNo) && !text.includes('みなと精機');
    };

    it("answers another partner's token on every route of PRAP's adapter with 403, no data, and no effect", async () => {
      const invoiceWebhookId = desk.sentFor(orderId).find((s) => s.what === 'invoice')?.webhookId ?? newWebhookId();
      const routes = declaredRoutes(prap.app)
        .filter((r) => !r.callers?.includes('anyone'))
        .flatMap((r) => r.routes);
      expect(routes).toEqual(expect.arrayContaining(['POST /prap/v1/callbacks', 'GET /prap/v1/callbacks/:webhookId', 'POST /prap/v1/invoices', 'POST /prap/v1/anken/:ankenId/documents', 'POST /prap/v1/anken/:ankenId/kohyo', 'POST /prap/v1/anken/:ankenId/media-coverage']));
      const before = await deliverables();
      const answers: string[] = [];
      for (const route of routes) {
        const [method, template] = route.split(' ');
        const path = template.replace(':ankenId', orderId).replace(':orderId', orderId).replace(':webhookId', invoiceWebhookId);
        // LAC's token, with a request otherwise exactly as PRAP would sign it: the token alone must keep LAC out.
        const response =
          method === 'GET'
            ? await getSigned(`${prap.url}${path}`, prap.secret, { token: hub.tokens.partner.lac })
            : await postSigned(`${prap.url}${path}`, prap.secret, prapBodyFor(path), { webhookId: newWebhookId(), token: hub.tokens.partner.lac });
        if (![403, 404].includes(response.status)) answers.push(`${route}: ${response.status}`);
        if (!noPrapData(response.body)) answers.push(`${route} told LAC about PRAP's matter: ${JSON.stringify(response.body).slice(0, 200)}`);
      }
      expect(answers).toEqual([]);
      await pause(1_000);
      expect(await deliverables()).toEqual(before);
      expect((await core.order(orderId)).status).toBe('work_complete');
    });

    it("answers another partner in core as if PRAP's documents did not exist, and lets only the coordinator review them", async () => {
      const [first] = await deliverables();
      const read = await hub.as.partner.lac.get(`/orders/${orderId}/deliverables`).expect(404);
      expect(read.body).toEqual({ statusCode: 404, error: 'not_found', message: `Order ${orderId} does not exist` });
      // PRAP reads its own.
      expect((await hub.as.partner.prap.get(`/orders/${orderId}/deliverables`).expect(200)).body.deliverables.length).toBeGreaterThan(0);
      for (const partner of ['lac', 'prap']) {
        const refused = await hub.as.partner[partner].post(`/orders/${orderId}/deliverables/${first.deliverableId}/review`).send({ decision: 'approved' });
        expect(refused.status).toBe(403);
        expect(noPrapData(refused.body)).toBe(true);
      }
    });

    it("refuses PRAP's submissions about another partner's order as an order PRAP does not have (404)", async () => {
      const lacOrderId = (await hub.as.coordinator.post(`/cases/${caseId}/orders`).send({ partnerId: 'lac', supportFunction: 'investigation', scope: 'Forensics', estimateYen: 3_300_000 }).expect(201)).body.orderId as string;
      const drafts = { apiVersion: '1', ankenId: lacOrderId, documents: [{ documentNo: 'PRAP-X-D01', shubetsu: 'FACT_MASTER', han: 1, hyodai: 'x', honbun: 'x', sakuseisha: 'x', sakuseiNichiji: new Date().toISOString() }] };
      const submitted = await asPrap(`/prap/v1/anken/${lacOrderId}/documents`, drafts);
      expect(submitted.status).toBe(404);
      const reported = await asPrap('/prap/v1/callbacks', { apiVersion: '1', ankenId: lacOrderId, ankenNo: 'PRAP-X', jokyo: 'JUCHU', hokokuNichiji: new Date().toISOString() });
      expect(reported.status).toBe(404);
      const invoice = await asPrap('/prap/v1/invoices', { ...invoiceFor(anken), ankenId: lacOrderId });
      expect(invoice.status).toBe(404);
      expect((await hub.as.partner.prap.get(`/orders/${lacOrderId}/deliverables`)).status).toBe(404);
      await pause(500);
      expect((await hub.as.coordinator.get(`/orders/${lacOrderId}/deliverables`).expect(200)).body.deliverables).toEqual([]);
    });
  });

  it('answers a resent submission as a duplicate, and a changed version of a document PRAP already sent with 409', async () => {
    const resend = desk.sentFor(orderId).find((s) => s.what === 'coverage report 2');
    expect(resend).toBeDefined();
    const again = await postSigned(`${prap.url}${resend?.path}`, prap.secret, resend?.body, { webhookId: resend?.webhookId, token: hub.tokens.partner.prap });
    expect(again).toMatchObject({ status: 202, body: { duplicate: true } });
    const [factMaster] = await deliverables('?kind=crisis_document');
    const changed = { apiVersion: '1', ankenId: orderId, documents: [{ documentNo: factMaster.reference, shubetsu: 'FACT_MASTER', han: 1, hyodai: '差し替え', honbun: '別の本文', sakuseisha: '高橋', sakuseiNichiji: new Date().toISOString() }] };
    const refused = await asPrap(`/prap/v1/anken/${orderId}/documents`, changed);
    expect(refused.status).toBe(409);
    expect(refused.body).toMatchObject({ error: 'deliverable_changed' });
  });
});
