import { DataSource } from 'typeorm';
import { type CaseListV1, contractValidator, type InvoiceViewV2, type OrderV2 } from '@hub/contracts';
import { coreClient } from '../support/core-client';
import { leakReport } from '../support/demo-requests';
import { invoiceFor } from '../support/invoices';
import { newestFirst, readAllPages, repeated, sortNewestFirst } from '../support/list-pages';
import { type RunningHub, startHub } from '../support/running-hub';
import { acceptedOrder, confirmedCase, registerPolicy } from '../support/settlement-setup';

type CaseSummary = CaseListV1['cases'][number];

/**
 * Core's read APIs for the console, partners and jobs (issue 10): cases, orders and invoices listed with their filters,
 * newest first in an order rows written meanwhile never disturb, a page at a time, and a bad parameter refused naming it.
 */
describe('lists of cases, orders and invoices', () => {
  let hub: RunningHub;
  let core: ReturnType<typeof coreClient>;
  let db: DataSource;

  // A window of reporting times of this file's own, so the lists' filters can be checked against a known set of cases
  // in a database other files share: somewhere after the demo incident's discovery and before now.
  const earliest = Date.parse('2026-11-20T03:00:00Z');
  const windowStart = earliest + Math.floor(Math.random() * (Math.min(Date.now() - 3_600_000, Date.parse('2027-03-01T00:00:00Z')) - earliest));
  const reportedAt = (seconds: number) => new Date(windowStart + seconds * 1_000 + 7).toISOString();
  const inWindow = { from: new Date(windowStart).toISOString(), to: new Date(windowStart + 60_000).toISOString() };

  let minato: string;
  const cases: Record<string, string> = {};

  async function reportCase(policyNumber: string, secondsIn: number, confirm = false): Promise<string> {
    const report = leakReport(policyNumber);
    const body = { ...report, incident: { ...report.incident, reportedAt: reportedAt(secondsIn) } };
    const caseId = (await hub.as.coordinator.post('/cases').send(body).expect(201)).body.caseId as string;
    if (confirm) await hub.as.claims.post(`/cases/${caseId}/coverage-decision`).send({ decision: 'confirmed' }).expect(200);
    return caseId;
  }

  const listCases = async (query: Record<string, string>) => {
    const body = (await hub.as.coordinator.get('/cases').query(query).expect(200)).body as CaseListV1;
    expect(contractValidator().validate('http/core/case-list.v1', body).ok).toBe(true);
    return body.cases;
  };
  const ids = (rows: CaseSummary[]) => rows.map((c) => c.caseId);
  const byIdDesc = (a: string, b: string) => (a > b ? -1 : 1);

  beforeAll(async () => {
    hub = await startHub({ apps: ['core'] });
    core = coreClient(hub.as);
    db = hub.dataSource;
    minato = await registerPolicy(core);
    const sakura = await registerPolicy(core, { insured: { name: '有限会社さくら物産' } });
    const percent = await registerPolicy(core, { insured: { name: '株式会社100%テック' } });
    cases.a1 = await reportCase(minato, 0);
    cases.a2 = await reportCase(minato, 10);
    // Two reported in the same millisecond: the id decides their place, the same on every page.
    cases.a3 = await reportCase(minato, 20);
    cases.a4 = await reportCase(minato, 20);
    cases.a5 = await reportCase(minato, 30, true);
    cases.b1 = await reportCase(sakura, 40, true);
    cases.c1 = await reportCase(percent, 50);
    await acceptedOrder(core, db, cases.a5, 'lac', 'investigation');
    const prap = await acceptedOrder(core, db, cases.a5, 'prap', 'crisis_pr');
    await hub.as.coordinator.post(`/orders/${prap}/cancel`).send({ reason: '自社広報で対応' }).expect(200);
  }, 60_000);
  afterAll(() => hub?.stop());

  it("finds cases by the insured's name, the policy number or the case id, and by each filter, newest reported first", async () => {
    const [a3, a4] = [cases.a3, cases.a4].sort(byIdDesc);
    const all = [cases.c1, cases.b1, cases.a5, a3, a4, cases.a2, cases.a1];
    expect(ids(await listCases(inWindow))).toEqual(all);
    // Japanese text anywhere in the name, in any case: みなと finds 株式会社みなと精機.
    expect(ids(await listCases({ ...inWindow, q: 'みなと' }))).toEqual([cases.a5, a3, a4, cases.a2, cases.a1]);
    expect(ids(await listCases({ ...inWindow, q: minato.toLowerCase() }))).toEqual([cases.a5, a3, a4, cases.a2, cases.a1]);
    expect(ids(await listCases({ ...inWindow, q: cases.a2.slice(0, 13).toUpperCase() }))).toEqual([cases.a2]);
    // A searcher's % and _ are characters, not wildcards that would match every case.
    expect(ids(await listCases({ ...inWindow, q: '%' }))).toEqual([cases.c1]);
    expect(ids(await listCases({ ...inWindow, q: '_' }))).toEqual([]);
    expect(ids(await listCases({ policyNumber: minato }))).toEqual([cases.a5, a3, a4, cases.a2, cases.a1]);
    expect(ids(await listCases({ ...inWindow, coverage: 'confirmed' }))).toEqual([cases.b1, cases.a5]);
    expect(ids(await listCases({ ...inWindow, partnerId: 'prap' }))).toEqual([cases.a5]);
    expect(ids(await listCases({ from: reportedAt(20), to: reportedAt(40) }))).toEqual([cases.a5, a3, a4]);

    const [engaged] = await listCases({ ...inWindow, partnerId: 'lac' });
    expect(engaged).toEqual({
      caseId: cases.a5,
      policyNumber: minato,
      insuredName: '株式会社みなと精機',
      incidentKind: 'leak',
      occurredAt: expect.any(String),
      discoveredAt: '2026-11-20T00:30:00.000Z',
      reportedAt: reportedAt(30),
      coverage: { status: 'confirmed', decidedAt: expect.any(String) },
      orders: { open: 1, total: 2 },
      partners: ['lac', 'prap'],
    });
    expect((await listCases({ ...inWindow, q: '株式会社100%' }))[0]).toMatchObject({ insuredName: '株式会社100%テック', coverage: { status: 'pending', decidedAt: null }, orders: { open: 0, total: 0 }, partners: [] });
  });

  it('pages through every case exactly once, newest first, while cases are reported between pages', async () => {
    const before = ids(await listCases({ ...inWindow, limit: '200' }));
    const added: Record<string, string> = {};
    const { rows, pages } = await readAllPages<CaseSummary>(hub.as.auditor, '/cases', 'cases', { ...inWindow, limit: '2' }, async (page) => {
      // One newer than everything read (its place is behind the cursor), one older (still ahead of it).
      if (page === 1) added.newer = await reportCase(minato, 55);
      if (page === 2) added.older = await reportCase(minato, 5);
    });
    expect(pages).toBe(Math.ceil((before.length + 1) / 2));
    expect(repeated(ids(rows))).toEqual([]);
    expect(ids(rows).filter((id) => !before.includes(id))).toEqual([added.older]);
    expect(before.every((id) => ids(rows).includes(id))).toBe(true);
    expect(newestFirst(rows, (c) => c.reportedAt, (c) => c.caseId)).toBe(true);
    // Read again from the start, the newer one leads.
    expect(ids(await listCases({ ...inWindow, limit: '1' }))).toEqual([added.newer]);
  });

  it('lists orders by case, partner, state and time, newest issued first; a partner its own only', async () => {
    const caseId = await confirmedCase(core, minato);
    const issue = async (partnerId: string, supportFunction: string, accept: boolean) =>
      accept
        ? acceptedOrder(core, db, caseId, partnerId, supportFunction)
        : ((await hub.as.coordinator.post(`/cases/${caseId}/orders`).send({ partnerId, supportFunction, scope: '初動対応', estimateYen: 1_000_000 }).expect(201)).body.orderId as string);
    const lac1 = await issue('lac', 'investigation', true);
    const prap1 = await issue('prap', 'crisis_pr', true);
    const lac2 = await issue('lac', 'investigation', false);
    const prap2 = await issue('prap', 'crisis_pr', false);
    const lac3 = await issue('lac', 'investigation', false);
    const list = async (agent = hub.as.coordinator, query: Record<string, string> = {}) => {
      const body = (await agent.get('/orders').query({ caseId, ...query }).expect(200)).body;
      expect(contractValidator().validate('http/core/order-list.v1', body).ok).toBe(true);
      return (body.orders as OrderV2[]).map((o) => o.orderId);
    };
    // Orders issued in the same millisecond stand by id: the expected order is worked out from what was issued.
    const issued = await Promise.all([lac1, prap1, lac2, prap2, lac3].map((id) => core.order(id)));
    const expected = (keep: (o: OrderV2) => boolean) => sortNewestFirst(issued.filter(keep), (o) => o.issuedAt, (o) => o.orderId).map((o) => o.orderId);
    const lac2IssuedAt = issued[2].issuedAt;
    expect(await list()).toEqual(expected(() => true));
    expect(await list(hub.as.finance, { partnerId: 'lac' })).toEqual(expected((o) => o.partnerId === 'lac'));
    expect(await list(hub.as.claims, { state: 'in_progress' })).toEqual(expected((o) => [lac1, prap1].includes(o.orderId)));
    expect(await list(hub.as.approver, { from: lac2IssuedAt })).toEqual(expected((o) => o.issuedAt >= lac2IssuedAt));
    expect(await list(hub.as.auditor, { to: lac2IssuedAt })).toEqual(expected((o) => o.issuedAt < lac2IssuedAt));
    // A partner sees its own orders, and asking for another partner's gets it nothing.
    expect(await list(hub.as.partner.lac)).toEqual(expected((o) => o.partnerId === 'lac'));
    expect(await list(hub.as.partner.lac, { partnerId: 'prap' })).toEqual([]);
    expect(await list(hub.as.partner.prap)).toEqual(expected((o) => o.partnerId === 'prap'));

    let later = '';
    const { rows } = await readAllPages<OrderV2>(hub.as.coordinator, '/orders', 'orders', { caseId, limit: '2' }, async (page) => {
      if (page === 1) later = await issue('lac', 'investigation', false);
    });
    expect(rows.map((o) => o.orderId)).toEqual(expected(() => true));
    expect(await list(hub.as.coordinator, { limit: '1' })).toEqual([later]);
  });

  it("lists invoices by state, partner, case, policy and time — the approvers' queue — each as GET /invoices/{id} shows it", async () => {
    const policyNumber = await registerPolicy(core);
    const caseId = await confirmedCase(core, policyNumber);
    const orderId = await acceptedOrder(core, db, caseId);
    const submit = async (unitPriceYen: number) =>
      (await hub.as.partner.lac.post('/invoices').send(invoiceFor('lac', orderId, [{ description: '調査', category: 'cause_and_scope_investigation', unitPriceYen }])).expect(201)).body as InvoiceViewV2;
    const first = await submit(100_000);
    const second = await submit(200_000);
    // Above the ¥5M approval threshold: it waits for an approver.
    const held = await submit(6_000_000);
    expect(held.state).toBe('awaiting_approval');
    const list = async (agent = hub.as.approver, query: Record<string, string> = {}) => {
      const body = (await agent.get('/invoices').query(query).expect(200)).body;
      expect(contractValidator().validate('http/core/invoice-list.v1', body).ok).toBe(true);
      return body.invoices as InvoiceViewV2[];
    };
    const invoiceIds = (rows: InvoiceViewV2[]) => rows.map((i) => i.invoiceId);
    const expected = (keep: (i: InvoiceViewV2) => boolean) => invoiceIds(sortNewestFirst([first, second, held].filter(keep), (i) => i.submittedAt, (i) => i.invoiceId));
    const all = await list(hub.as.auditor, { policyNumber });
    expect(invoiceIds(all)).toEqual(expected(() => true));
    for (const invoice of all) expect(invoice).toEqual((await hub.as.auditor.get(`/invoices/${invoice.invoiceId}`).expect(200)).body);
    expect(invoiceIds(await list(hub.as.approver, { state: 'awaiting_approval', caseId }))).toEqual([held.invoiceId]);
    expect(invoiceIds(await list(hub.as.finance, { state: 'settled', policyNumber }))).toEqual(expected((i) => i !== held));
    expect(invoiceIds(await list(hub.as.coordinator, { caseId, partnerId: 'lac', from: second.submittedAt }))).toEqual(expected((i) => i.submittedAt >= second.submittedAt));
    expect(invoiceIds(await list(hub.as.partner.lac, { caseId }))).toEqual(expected(() => true));
    expect(await list(hub.as.partner.prap, { caseId })).toEqual([]);
    expect(await list(hub.as.partner.lac, { caseId, partnerId: 'prap' })).toEqual([]);
    // The approvers' queue across every case holds it, and loses it once approved.
    const queue = await readAllPages<InvoiceViewV2>(hub.as.approver, '/invoices', 'invoices', { state: 'awaiting_approval', limit: '200' });
    expect(invoiceIds(queue.rows)).toContain(held.invoiceId);
    await hub.as.approver.post(`/invoices/${held.invoiceId}/approve`).send({ note: '見積超過は合意済み' }).expect(200);
    expect(await list(hub.as.approver, { state: 'awaiting_approval', caseId })).toEqual([]);
  });

  it('refuses a bad parameter with 400, naming it, on every list', async () => {
    const casesCursor = (await hub.as.coordinator.get('/cases').query({ limit: '1' }).expect(200)).body.nextCursor as string;
    const refusals: [string, string][] = [
      ['/cases?limit=201', 'limit'],
      ['/cases?limit=0', 'limit'],
      ['/cases?coverage=pending&coverage=denied', 'coverage'],
      ['/cases?insured=%E3%81%BF%E3%81%AA%E3%81%A8', 'insured'],
      ['/cases?q=%00', 'q'],
      ['/cases?from=2026-11-21', 'from'],
      ['/cases?from=2026-11-21T00:00:00Z&to=2026-11-20T00:00:00Z', 'to'],
      ['/cases?cursor=bm9wZQ', 'cursor'],
      ['/orders?state=open', 'state'],
      ['/orders?caseId=not-a-uuid', 'caseId'],
      ['/orders?partnerId=LAC', 'partnerId'],
      [`/invoices?cursor=${casesCursor}`, 'cursor'],
      ['/invoices?state=pending_approval', 'state'],
      ['/invoices?policyNumber=cl-1', 'policyNumber'],
      ['/payouts?offset=500', 'offset'],
      ['/payouts?state=settled', 'state'],
      ['/payouts?limit=1000', 'limit'],
    ];
    const answers = [];
    for (const [path, field] of refusals) {
      const answer = await hub.as.auditor.get(path);
      answers.push({ path, status: answer.status, error: answer.body.error, named: (answer.body.issues as { field: string }[] | undefined)?.some((i) => i.field === field) });
    }
    expect(answers).toEqual(refusals.map(([path]) => ({ path, status: 400, error: 'validation_failed', named: true })));
  });
});
