import { DataSource } from 'typeorm';
import { contractValidator } from '@hub/contracts';
import { RunningHub, startHub } from '../support/running-hub';
import { reportWith } from '../support/case-reports';
import { coreClient } from '../support/core-client';
import { lacOrder, litePolicy } from '../support/demo-requests';
import { invoiceFor } from '../support/invoices';
import { acceptedOrder, registerPolicy } from '../support/settlement-setup';

/**
 * No partner works at the policy's expense for what the policy can never pay (issue 6 points 1–3, 9–11): confirming
 * coverage and issuing an order apply settlement's rules, refuse with 409 naming the rule and quoting the seed, and
 * leave nothing behind; only the insured's recorded agreement to bear the cost lets such an order go ahead.
 */
describe('engaging partners only for what the policy can pay', () => {
  let hub: RunningHub;
  let core: ReturnType<typeof coreClient>;
  let db: DataSource;

  beforeAll(async () => {
    hub = await startHub({ apps: ['core'] });
    core = coreClient(hub.as);
    db = hub.dataSource;
  });

  afterAll(async () => {
    await hub?.stop();
  });

  const traces = async (caseId: string) =>
    (
      await db.query(
        `SELECT (SELECT coverage_status FROM cases WHERE id = $1) AS coverage,
                (SELECT count(*) FROM orders WHERE case_id = $1)::int AS orders,
                (SELECT count(*) FROM outbox_messages WHERE value::text LIKE '%' || $1 || '%')::int AS messages,
                (SELECT count(*) FROM case_timeline WHERE case_id = $1)::int AS timeline`,
        [caseId],
      )
    )[0];
  const report = async (policyNumber: string, incident: Parameters<typeof reportWith>[1]) =>
    (await hub.as.coordinator.post('/cases').send(reportWith(policyNumber, incident)).expect(201)).body.caseId as string;
  const confirm = (caseId: string) => hub.as.claims.post(`/cases/${caseId}/coverage-decision`).send({ decision: 'confirmed' });

  // Seed 003 (注): a threat of unauthorised access is paid for only where ①公的機関からの通報 or ② the company running
  // the insured's security operations reported it. The insured's own staff noticing odd log-ins is neither.
  it('worked example: a self-detected threat is refused at confirmation and at order time; reported by the police it is covered', async () => {
    const policyNumber = await registerPolicy(core);
    const selfDetected = await report(policyNumber, { kind: 'threat_of_unauthorised_access', discoveryChannel: 'insured', summary: '社員が不審なログインに気付いた' });
    expect((await hub.as.coordinator.post(`/cases/${selfDetected}/coverage-decision`).send({ decision: 'confirmed' }).expect(403)).body.error).toBe('forbidden'); // the insurer's claims handler decides
    const refused = await confirm(selfDetected).expect(409);
    expect(refused.body).toMatchObject({ error: 'threat_not_reported_by_authority', message: expect.stringContaining('公的機関からの通報') });
    const order = await hub.as.coordinator.post(`/cases/${selfDetected}/orders`).send(lacOrder()).expect(409);
    expect(order.body).toMatchObject({ error: 'threat_not_reported_by_authority', message: expect.stringContaining('insuredBearsCost') });
    expect(await traces(selfDetected)).toEqual({ coverage: 'pending', orders: 0, messages: 0, timeline: 1 });

    const reportedByPolice = await report(policyNumber, { kind: 'threat_of_unauthorised_access', discoveryChannel: 'public_authority', summary: '警察から不正アクセスのおそれの通報' });
    await confirm(reportedByPolice).expect(200);
    const orderId = await acceptedOrder(core, db, reportedByPolice);
    const invoice = invoiceFor('lac', orderId, [
      { description: '不正アクセス有無の調査', category: 'threat_investigation', unitPriceYen: 800_000 },
      { description: 'ネットワーク遮断対応', category: 'network_isolation', unitPriceYen: 200_000 },
      { description: '弁護士相談', category: 'lawyer_consultation', unitPriceYen: 100_000 },
    ]);
    const settled = (await hub.as.partner.lac.post('/invoices').send(invoice).expect(201)).body;
    expect(settled.settlement).toMatchObject({ coveredYen: 1_210_000, retainedYen: 0 });
  });

  it('lets the insured bear the cost itself: a recorded decision, an order not insured, invoices that never touch the limits', async () => {
    const policyNumber = await registerPolicy(core);
    const caseId = await report(policyNumber, { kind: 'threat_of_unauthorised_access', discoveryChannel: 'insured' });
    const insuredBearsCost = { agreedBy: '総務部長 山本', reason: '保険対象外だが被保険者の費用負担で調査を依頼' };
    // Who recorded it is the signed-in coordinator; a body naming someone is refused, leaving nothing.
    await hub.as.coordinator.post(`/cases/${caseId}/orders`).send({ ...lacOrder(), insuredBearsCost: { ...insuredBearsCost, recordedBy: 'coordinator.suzuki' } }).expect(400);
    expect(await traces(caseId)).toMatchObject({ orders: 0, messages: 0 });
    const issued = await hub.as.coordinator.post(`/cases/${caseId}/orders`).send({ ...lacOrder(), insuredBearsCost }).expect(201);
    expect(contractValidator().validate('http/core/order.v2', issued.body).ok).toBe(true);
    expect(issued.body).toMatchObject({ insured: false, costBearing: { ...insuredBearsCost, recordedBy: 'staff:sato.coordinator', decidedAt: expect.any(String) }, acceptedAt: null });
    const entries = await core.timeline(caseId);
    expect(entries.find((e) => e.kind === 'order_not_insured')).toMatchObject({ actor: 'staff:sato.coordinator' });

    await db.query(`UPDATE orders SET status = 'in_progress', accepted_at = now() WHERE id = $1`, [issued.body.orderId]); // setup: LAC accepted
    const invoice = invoiceFor('lac', issued.body.orderId, [{ description: '不正アクセス有無の調査', category: 'threat_investigation', unitPriceYen: 500_000 }]);
    const settled = (await hub.as.partner.lac.post('/invoices').send(invoice).expect(201)).body;
    expect(settled).toMatchObject({ insured: false, state: 'settled', payouts: [] });
    expect(settled.settlement).toMatchObject({ coveredYen: 0, retainedYen: 550_000, lines: [{ cuts: [{ reason: 'insured_bears_cost', yen: 550_000 }] }] });
    const [{ used }] = await db.query('SELECT COALESCE(SUM(used_yen), 0)::int AS used FROM limit_counters c JOIN policies p ON p.id = c.policy_id WHERE p.policy_number = $1', [policyNumber]);
    expect(used).toBe(0);
  });

  // Seed 003 §5(7): 遡及日以降に発生した事故が対象 / 遡及日は…初年度保険始期日. A policy first written on 2024-04-01, now in
  // its third year (2026-04-01 to 2027-04-01): unauthorised access that began in October 2024 and was found this
  // November is covered by this year's policy. On a first-year policy the same accident predates the retroactive date.
  it('worked example: a renewal covers an earlier accident discovered now; a first-year policy does not', async () => {
    const renewal = await registerPolicy(core, { firstInceptionDate: '2024-04-01', retroactiveDate: undefined });
    const policy = (await hub.as.coordinator.get(`/policies/${renewal}`).expect(200)).body;
    expect(contractValidator().validate('http/core/policy.v2', policy).ok).toBe(true);
    expect(policy).toMatchObject({ firstInceptionDate: '2024-04-01', periodStart: '2026-04-01', periodEnd: '2027-04-01', retroactiveDate: '2024-04-01' });
    const earlier = { kind: 'unauthorised_access' as const, occurredAt: '2024-10-15T03:00:00+09:00' };
    const covered = await report(renewal, earlier);
    const view = (await confirm(covered).expect(200)).body;
    expect(contractValidator().validate('http/core/case.v2', view).ok).toBe(true);
    expect(view.settlementFacts).toMatchObject({ occurredDate: '2024-10-15', discoveredDate: '2026-11-20', eventKind: 'unauthorised_access', discoveryChannel: 'security_operations_provider' });
    await hub.as.coordinator.post(`/cases/${covered}/orders`).send(lacOrder()).expect(201);

    const firstYear = await registerPolicy(core, { retroactiveDate: undefined });
    const refusedCase = await report(firstYear, earlier);
    const refused = await confirm(refusedCase).expect(409);
    expect(refused.body).toMatchObject({ error: 'before_retroactive_date', message: expect.stringContaining('遡及日') });
    expect(await traces(refusedCase)).toMatchObject({ coverage: 'pending', orders: 0 });
  });

  it('refuses an accident discovered in an earlier policy year but reported only now (outside_policy_period)', async () => {
    const lastYear = await registerPolicy(core, { periodStart: '2025-04-01', periodEnd: '2026-04-01', retroactiveDate: '2024-04-01', firstInceptionDate: '2024-04-01' });
    const caseId = await report(lastYear, { discoveredAt: '2026-03-20T10:00:00+09:00' });
    const refused = await confirm(caseId).expect(409);
    expect(refused.body).toMatchObject({ error: 'outside_policy_period', message: expect.stringContaining('reported on') });
    expect((await hub.as.coordinator.post(`/cases/${caseId}/orders`).send(lacOrder()).expect(409)).body.error).toBe('outside_policy_period');
    // Reported to the insurer within that year (entered in the hub only now): last year's policy responds.
    const inTime = await report(lastYear, { discoveredAt: '2026-03-20T10:00:00+09:00', reportedAt: '2026-03-25T09:00:00+09:00' });
    expect((await confirm(inTime).expect(200)).body.settlementFacts).toMatchObject({ discoveredDate: '2026-03-20', reportedDate: '2026-03-25' });
  });

  it('refuses an order for a function the plan pays nothing for (I.S.Rating on the Chamber standard plan)', async () => {
    const standard = await registerPolicy(core, { product: 'chamber-of-commerce', chamberPlan: { set: 'A', variant: 'standard' }, liabilityLimitYen: undefined, expenseSublimitYen: undefined });
    const caseId = await report(standard, {});
    await confirm(caseId).expect(200);
    const refused = await hub.as.coordinator.post(`/cases/${caseId}/orders`).send({ partnerId: 'isr', supportFunction: 'trust_recovery', scope: '再発防止策の認証' }).expect(409);
    expect(refused.body).toMatchObject({ error: 'function_not_covered', message: expect.stringContaining('recurrence_prevention') });
    expect(await traces(caseId)).toMatchObject({ orders: 0, messages: 0 });
  });

  it('refuses a deductible on the Chamber of Commerce plan (seed 002: 免責金額 なし), storing nothing', async () => {
    const policy = { product: 'chamber-of-commerce' as const, chamberPlan: { set: 'B' as const, variant: 'premium' as const }, liabilityLimitYen: undefined, expenseSublimitYen: undefined, expenseDeductibleYen: 100_000 };
    const response = await hub.as.claims.post('/policies').send({ ...litePolicy(policy), policyNumber: 'CC-DEDUCTIBLE-1' }).expect(422);
    expect(response.body.issues).toEqual([{ field: 'expenseDeductibleYen', reason: expect.stringContaining('no deductible') }]);
    await hub.as.claims.get('/policies/CC-DEDUCTIBLE-1').expect(404);
  });

  it('invoices only orders the partner accepted: cancelled before acceptance is refused, cancelled after it is not', async () => {
    const policyNumber = await registerPolicy(core);
    const caseId = await report(policyNumber, {});
    await confirm(caseId).expect(200);
    const line = [{ description: 'ヒアリング', category: 'cause_and_scope_investigation' as const, unitPriceYen: 300_000 }];

    const early = (await hub.as.coordinator.post(`/cases/${caseId}/orders`).send(lacOrder()).expect(201)).body.orderId as string;
    await hub.as.coordinator.post(`/orders/${early}/cancel`).send({ reason: '別の調査会社に依頼' }).expect(200);
    const refused = await hub.as.partner.lac.post('/invoices').send(invoiceFor('lac', early, line)).expect(409);
    expect(refused.body).toMatchObject({ error: 'order_not_invoiceable', message: expect.stringContaining('cancelled before the partner accepted it') });
    expect(Number((await db.query('SELECT count(*) FROM invoices WHERE order_id = $1', [early]))[0].count)).toBe(0);

    const late = (await hub.as.coordinator.post(`/cases/${caseId}/orders`).send(lacOrder()).expect(201)).body.orderId as string;
    await db.query(`UPDATE orders SET status = 'accepted', accepted_at = now() WHERE id = $1`, [late]); // setup: LAC accepted
    const cancelled = await hub.as.coordinator.post(`/orders/${late}/cancel`).send({ reason: '被保険者の判断で中止' }).expect(200);
    expect(cancelled.body).toMatchObject({ status: 'cancelled', acceptedAt: expect.any(String) });
    expect((await hub.as.partner.lac.post('/invoices').send(invoiceFor('lac', late, line)).expect(201)).body.state).toBe('settled');
  });
});
