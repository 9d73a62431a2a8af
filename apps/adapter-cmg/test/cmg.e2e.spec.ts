import { randomUUID } from 'node:crypto';
import { declaredRoutes } from '@hub/auth';
import type { CmgMandateLogV1, CmgStatementDraftV1, DeliverableViewV1 } from '@hub/contracts';
import { eventually, getSigned, postSigned } from '@hub/testing';
import { coreClient } from '../../../test/support/core-client';
import { type RunningHub, type StartedAdapter, startHub } from '../../../test/support/running-hub';
import type { CmgCrisisRoom, Mandate } from '../sim/cmg-crisis-room';
import { feeNoteFor, HOLDING_STATEMENT_REF, MONITORING_SUMMARY } from '../sim/cmg-paperwork';

const BRIEFING = 'クライシス・シミュレーションとホールディング・ステートメント作成、メディア対応方針、記者会見トレーニング';
const FEE_CAP = 1_650_000;
const COMMENT = '「調査中」だけでなく、対象のお客様へのご連絡と問い合わせ窓口を明記してください。';
const newWebhookId = () => `msg_${randomUUID().replace(/-/g, '')}`;
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * CMG Japan end to end, on real Kafka and PostgreSQL with core, CMG's adapter and CMG's simulated Crisis Room — a partner
 * added as its own folder and contracts, nothing else: the mandate reaches CMG in its own form; CMG's holding statement
 * reaches the coordinator, who returns it with a comment and signs off the revision, CMG being told natively each time;
 * CMG's log is on core's order and timeline; its fee note is settled; a stand-down reaches CMG natively; and no other
 * partner gets past any of CMG's routes. The steps below build on each other, in order.
 */
describe('CMG Japan (crisis communications), end to end', () => {
  let hub: RunningHub;
  let core: ReturnType<typeof coreClient>;
  let room: CmgCrisisRoom;
  let cmg: StartedAdapter;
  // The mandate the flow works on, filled in as it goes.
  let caseId: string;
  let orderId: string;
  let mandate: Mandate;

  beforeAll(async () => {
    hub = await startHub({ apps: ['core', 'partner-sim', 'adapter-cmg'], simStepDelayMs: 100 });
    core = coreClient(hub.as);
    room = hub.sims.cmg as CmgCrisisRoom;
    cmg = hub.adapters.cmg;
  });

  afterAll(async () => {
    await hub?.stop();
  });

  async function issueCmgOrder(scope = BRIEFING, estimateYen = FEE_CAP): Promise<{ caseId: string; orderId: string }> {
    const opened = await core.openCase({ confirm: true });
    const issued = await hub.as.coordinator.post(`/cases/${opened.caseId}/orders`).send({ partnerId: 'cmg', supportFunction: 'crisis_pr', scope, estimateYen }).expect(201);
    return { caseId: opened.caseId, orderId: issued.body.orderId as string };
  }

  async function statements(): Promise<DeliverableViewV1[]> {
    return (await hub.as.coordinator.get(`/orders/${orderId}/deliverables?kind=crisis_statement`).expect(200)).body.deliverables as DeliverableViewV1[];
  }

  const waitForStatements = (done: (list: DeliverableViewV1[]) => boolean, what: string) =>
    eventually(async () => {
      const list = await statements();
      return done(list) ? list : undefined;
    }, { what, timeoutMs: 30_000 });

  const review = (deliverableId: string, decision: 'approved' | 'returned', comment?: string) =>
    hub.as.coordinator.post(`/orders/${orderId}/deliverables/${deliverableId}/review`).send({ decision, ...(comment ? { comment } : {}) }).expect(200);

  const asCmg = (path: string, body: unknown, token = hub.tokens.partner.cmg) => postSigned(`${cmg.url}${path}`, cmg.secret, body, { webhookId: newWebhookId(), token });

  it('delivers the order to CMG as a mandate brief in its own form, signed, the estimate as its fee cap', async () => {
    ({ caseId, orderId } = await issueCmgOrder());
    mandate = await eventually(async () => room.find(orderId), { what: 'CMG to receive the mandate' });
    expect(mandate.brief).toEqual({
      crisisRoomApi: '1',
      mandateId: orderId,
      incidentId: caseId,
      mandateType: 'CRISIS_COMMUNICATIONS',
      client: { companyName: '株式会社みなと精機', keyContact: { name: '情報システム部 佐藤', phone: '03-1234-5678', email: 'sato@minato-seiki.example.jp' } },
      situation: { category: 'DATA_BREACH', narrative: '受注管理サーバーへの不正アクセスにより顧客情報が漏えいした可能性', discoveredAt: expect.any(String), recordsAtRisk: 12_000 },
      briefing: BRIEFING,
      feeCap: { amountYen: FEE_CAP, taxIncluded: true },
      mandatedAt: expect.any(String),
    });
    expect(mandate.cmgMandateNo).toMatch(/^CMG-[0-9]{2}-[0-9]{4}$/);
  });

  it("shows CMG's holding statement in core, awaiting the coordinator's sign-off", async () => {
    const [first] = await waitForStatements((l) => l.length >= 1, "CMG's holding statement in core");
    expect(first).toMatchObject({
      partnerId: 'cmg',
      kind: 'crisis_statement',
      reference: HOLDING_STATEMENT_REF(mandate),
      version: 1,
      title: '【ホールディング・ステートメント】不正アクセスに関するお知らせとお詫び（第一報）',
      summary: expect.stringContaining('第一報'),
      attention: 'normal',
      needsApproval: true,
      review: null,
      factsContract: 'partners/cmg/statement-facts.v1',
      facts: { statementType: 'holding_statement', audience: '報道機関・お客様', draftedBy: expect.stringContaining('CMG'), text: expect.stringContaining('株式会社みなと精機') },
      publishes: null,
    });
    expect(first.facts).not.toHaveProperty('changesSinceLastRevision');
    const timeline = await core.timeline(caseId);
    expect(timeline.filter((e) => e.kind === 'deliverable_received' && e.orderId === orderId)).toHaveLength(1);
  });

  it('returns the holding statement with a comment: CMG receives the native REVISE notice with it, and releases revision 2', async () => {
    const [v1] = await statements();
    const returned = await review(v1.deliverableId, 'returned', COMMENT);
    expect(returned.body).toMatchObject({ deliverableId: v1.deliverableId, review: { decision: 'returned', comment: COMMENT, reviewedBy: expect.stringContaining('sato.coordinator') } });

    const notice = await eventually(async () => room.signOffsOf(orderId).find((n) => n.revision === 1), { what: 'CMG to be told the statement was sent back' });
    expect(notice).toEqual({
      crisisRoomApi: '1',
      mandateId: orderId,
      statementRef: HOLDING_STATEMENT_REF(mandate),
      revision: 1,
      verdict: 'REVISE',
      reviewerComments: COMMENT,
      reviewer: expect.stringContaining('sato.coordinator'),
      decidedAt: expect.any(String),
      hubDeliverableId: v1.deliverableId,
    });

    const list = await waitForStatements((l) => l.some((d) => d.version === 2), 'revision 2 of the holding statement');
    const v2 = list.find((d) => d.version === 2) as DeliverableViewV1;
    expect(v2).toMatchObject({
      reference: HOLDING_STATEMENT_REF(mandate),
      needsApproval: true,
      review: null,
      facts: { text: expect.stringContaining('お問い合わせ窓口'), changesSinceLastRevision: expect.stringContaining(COMMENT) },
    });
    // Revision 1 keeps its decision.
    expect(list.find((d) => d.deliverableId === v1.deliverableId)?.review).toMatchObject({ decision: 'returned', comment: COMMENT });
  });

  it('signs off revision 2: CMG is told natively, issues the statement, and both decisions are on the timeline', async () => {
    const v2 = (await statements()).find((d) => d.version === 2) as DeliverableViewV1;
    await review(v2.deliverableId, 'approved');
    const notice = await eventually(async () => room.signOffsOf(orderId).find((n) => n.revision === 2), { what: 'CMG to be told revision 2 was signed off' });
    expect(notice).toMatchObject({ verdict: 'SIGNED_OFF', revision: 2, statementRef: HOLDING_STATEMENT_REF(mandate), hubDeliverableId: v2.deliverableId });
    expect(notice).not.toHaveProperty('reviewerComments');
    // CMG was told once of each decision, in the order they were made.
    expect(room.signOffsOf(orderId).map((n) => [n.revision, n.verdict])).toEqual([
      [1, 'REVISE'],
      [2, 'SIGNED_OFF'],
    ]);
    const decisions = (await core.timeline(caseId)).filter((e) => e.orderId === orderId && ['deliverable_approved', 'deliverable_returned'].includes(e.kind)).map((e) => e.kind);
    expect(decisions).toEqual(['deliverable_returned', 'deliverable_approved']);
  });

  it("puts CMG's log on the order and the case's timeline, milestones in CMG's order", async () => {
    const entries = await eventually(
      async () => {
        const all = await core.timeline(caseId);
        return all.some((e) => e.orderId === orderId && e.toStatus === 'work_complete') ? all : undefined;
      },
      { what: 'CMG to log the mandate completed', timeoutMs: 30_000 },
    );
    const statuses = entries.filter((e) => e.orderId === orderId && e.toStatus !== null).map((e) => [e.toStatus, e.milestone]);
    expect(statuses[0]).toEqual(['issued', null]);
    // The adapter records the acknowledgement once CMG's Crisis Room answered the delivery; CMG may take the mandate on first.
    expect(statuses.slice(1, 3).map(([status]) => status).sort()).toEqual(['accepted', 'acknowledged']);
    expect(statuses.slice(3)).toEqual([
      ['in_progress', 'crisis_cell_convened'],
      ['in_progress', 'crisis_simulation_run'],
      ['in_progress', 'holding_statement_issued'],
      ['in_progress', 'media_response_strategy_agreed'],
      ['in_progress', 'spokesperson_coaching_done'],
      ['in_progress', 'media_monitoring_summary_issued'],
      ['work_complete', null],
    ]);
    // The monitoring summary's gist travels as the consultant's note.
    expect(entries.find((e) => e.orderId === orderId && e.milestone === 'media_monitoring_summary_issued')).toMatchObject({ note: MONITORING_SUMMARY, actor: 'partner:cmg' });
    expect(await core.order(orderId)).toMatchObject({ status: 'work_complete', partnerReference: mandate.cmgMandateNo });
  });

  it("settles CMG's fee note within the fee cap, which CMG reads back by webhook-id", async () => {
    const sent = await eventually(async () => room.sentFor(orderId).find((s) => s.what === 'fee note'), { what: 'CMG to send its fee note' });
    expect(sent.status).toBe(202);
    const decided = await eventually(
      async () => {
        const read = await getSigned(`${cmg.url}/cmg/v1/callbacks/${sent.webhookId}`, cmg.secret, { token: hub.tokens.partner.cmg });
        return (read.body.core as { result: string | null } | undefined)?.result ? read.body : undefined;
      },
      { what: "core's decision on CMG's fee note", timeoutMs: 20_000 },
    );
    expect(decided).toMatchObject({ kind: 'invoice', orderId, outcome: 'accepted', core: { result: 'accepted', code: null } });
    const invoiceId = (decided.core as { invoiceId: string }).invoiceId;
    const stored = (await hub.as.coordinator.get(`/invoices/${invoiceId}`).expect(200)).body;
    expect(stored).toMatchObject({ partnerId: 'cmg', orderId, state: 'settled', totals: { grossYen: 1_507_000 } });
    expect(stored.totals.grossYen).toBeLessThanOrEqual(FEE_CAP);
    expect(stored.settlement.coveredYen + stored.settlement.retainedYen).toBe(1_507_000);
    expect((stored.lines as { description: string; category: string; quantity: number }[]).map((l) => [l.category, l.quantity, l.description.slice(l.description.lastIndexOf('（'))])).toEqual([
      ['consulting', 1, '（単位: リテイナー月）'],
      ['consulting', 10.5, '（単位: 時間）'],
      ['consulting', 1, '（単位: 回）'],
      ['public_notice_and_press', 1, '（単位: 回）'],
      ['public_notice_and_press', 1, '（単位: 式）'],
    ]);
  });

  it("records CMG's decline with its reason", async () => {
    const declined = await issueCmgOrder('記者会見トレーニングのみ #sim-decline');
    const order = await eventually(async () => {
      const current = await core.order(declined.orderId);
      return current.status === 'declined' ? current : undefined;
    }, { what: 'CMG to decline' });
    expect(order.statusReason).toContain('利益相反');
  });

  it("delivers the coordinator's cancellation to CMG as a stand-down in its own form, after the mandate", async () => {
    const cancelled = await issueCmgOrder();
    await eventually(async () => (await core.order(cancelled.orderId)).acceptedAt !== null, { what: 'CMG to take the mandate on' });
    const reason = '被保険者が既存の広報代理店で対応することになったため';
    await hub.as.coordinator.post(`/orders/${cancelled.orderId}/cancel`).send({ reason }).expect(200);
    const received = await eventually(async () => room.find(cancelled.orderId)?.standDown, { what: 'CMG to be stood down' });
    expect(received.notice).toEqual({ crisisRoomApi: '1', mandateId: cancelled.orderId, reason, standDownBy: expect.any(String), standDownAt: expect.any(String) });
    expect(Date.parse(received.receivedAt)).toBeGreaterThan(Date.parse(room.find(cancelled.orderId)?.receivedAt as string));
  });

  describe('partner isolation', () => {
    /** A body CMG could rightly send on each of its routes about its own mandate: only the caller is wrong. */
    function cmgBodyFor(route: string): unknown {
      if (route.endsWith('/callbacks')) {
        return { crisisRoomApi: '1', mandateId: orderId, cmgMandateNo: mandate.cmgMandateNo, entryType: 'MILESTONE', milestone: 'PRESS_CONFERENCE_HELD', loggedAt: new Date().toISOString() } satisfies CmgMandateLogV1;
      }
      if (route.endsWith('/invoices')) return feeNoteFor(mandate);
      if (route.endsWith('/statements')) {
        return {
          crisisRoomApi: '1',
          mandateId: orderId,
          statement: { statementRef: `${mandate.cmgMandateNo}-QA01`, statementType: 'MEDIA_QA', revision: 1, headline: '想定問答', bodyText: 'Q. 流出件数は？ A. 現在調査中です。', draftedBy: '中村', releasedForSignOffAt: new Date().toISOString() },
        } satisfies CmgStatementDraftV1;
      }
      return {};
    }

    const noCmgData = (body: unknown) => {
      const text = JSON.stringify(body);
      return !text.includes(orderId) && !text.includes(mandate.cmgMandateNo) && !text.includes('みなと精機');
    };

    it("answers LAC's token on every route of CMG's adapter with 403 or 404, no data, and no effect", async () => {
      const feeNoteWebhookId = room.sentFor(orderId).find((s) => s.what === 'fee note')?.webhookId ?? newWebhookId();
      const routes = declaredRoutes(cmg.app)
        .filter((r) => !r.callers?.includes('anyone'))
        .flatMap((r) => r.routes);
      expect(routes).toEqual(expect.arrayContaining(['POST /cmg/v1/callbacks', 'GET /cmg/v1/callbacks/:webhookId', 'POST /cmg/v1/invoices', 'POST /cmg/v1/mandates/:mandateId/statements']));
      const before = await statements();
      const answers: string[] = [];
      for (const route of routes) {
        const [method, template] = route.split(' ');
        const path = template.replace(':mandateId', orderId).replace(':orderId', orderId).replace(':webhookId', feeNoteWebhookId);
        // LAC's token, with a request otherwise exactly as CMG would sign it: the token alone must keep LAC out.
        const response =
          method === 'GET'
            ? await getSigned(`${cmg.url}${path}`, cmg.secret, { token: hub.tokens.partner.lac })
            : await postSigned(`${cmg.url}${path}`, cmg.secret, cmgBodyFor(path), { webhookId: newWebhookId(), token: hub.tokens.partner.lac });
        if (![403, 404].includes(response.status)) answers.push(`${route}: ${response.status}`);
        if (!noCmgData(response.body)) answers.push(`${route} told LAC about CMG's mandate: ${JSON.stringify(response.body).slice(0, 200)}`);
      }
      expect(answers).toEqual([]);
      await pause(1_000);
      expect(await statements()).toEqual(before);
      expect((await core.order(orderId)).status).toBe('work_complete');
    });

    it("answers another partner in core as if CMG's statements did not exist, and lets only the coordinator review them", async () => {
      const [first] = await statements();
      const read = await hub.as.partner.lac.get(`/orders/${orderId}/deliverables`).expect(404);
      expect(read.body).toEqual({ statusCode: 404, error: 'not_found', message: `Order ${orderId} does not exist` });
      // CMG reads its own.
      expect((await hub.as.partner.cmg.get(`/orders/${orderId}/deliverables`).expect(200)).body.deliverables.length).toBeGreaterThan(0);
      for (const partner of ['lac', 'cmg']) {
        const refused = await hub.as.partner[partner].post(`/orders/${orderId}/deliverables/${first.deliverableId}/review`).send({ decision: 'approved' });
        expect(refused.status).toBe(403);
        expect(noCmgData(refused.body)).toBe(true);
      }
    });

    it("refuses CMG's log entries, statements and fee notes about another partner's order as an order CMG does not have (404)", async () => {
      const lacOrderId = (await hub.as.coordinator.post(`/cases/${caseId}/orders`).send({ partnerId: 'lac', supportFunction: 'investigation', scope: 'Forensics', estimateYen: 3_300_000 }).expect(201)).body.orderId as string;
      const statement = { ...(cmgBodyFor('/statements') as CmgStatementDraftV1), mandateId: lacOrderId };
      expect((await asCmg(`/cmg/v1/mandates/${lacOrderId}/statements`, statement)).status).toBe(404);
      expect((await asCmg('/cmg/v1/callbacks', { crisisRoomApi: '1', mandateId: lacOrderId, cmgMandateNo: 'CMG-26-9999', entryType: 'ENGAGED', loggedAt: new Date().toISOString() })).status).toBe(404);
      expect((await asCmg('/cmg/v1/invoices', { ...feeNoteFor(mandate), mandateId: lacOrderId })).status).toBe(404);
      expect((await hub.as.partner.cmg.get(`/orders/${lacOrderId}/deliverables`)).status).toBe(404);
      await pause(500);
      expect((await hub.as.coordinator.get(`/orders/${lacOrderId}/deliverables`).expect(200)).body.deliverables).toEqual([]);
    });
  });

  it('answers a resent statement as a duplicate, and a changed revision CMG already released with 409', async () => {
    const resend = room.sentFor(orderId).find((s) => s.what.endsWith('rev 2'));
    expect(resend).toBeDefined();
    const again = await postSigned(`${cmg.url}${resend?.path}`, cmg.secret, resend?.body, { webhookId: resend?.webhookId, token: hub.tokens.partner.cmg });
    expect(again).toMatchObject({ status: 202, body: { duplicate: true } });
    const changed = resend?.body as CmgStatementDraftV1;
    const refused = await asCmg(`/cmg/v1/mandates/${orderId}/statements`, { ...changed, statement: { ...changed.statement, bodyText: '差し替えた本文' } });
    expect(refused.status).toBe(409);
    expect(refused.body).toMatchObject({ error: 'deliverable_changed' });
  });
});
