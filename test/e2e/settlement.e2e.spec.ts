import { DataSource } from 'typeorm';
import { contractValidator } from '@hub/contracts';
import { RunningHub, startHub } from '../support/running-hub';
import { coreClient } from '../support/core-client';
import { createKafka, TOPICS } from '@hub/messaging';
import { readTopic, testEnv } from '@hub/testing';
import { creditNoteFor, invoiceFor, LAC_REGISTRATION } from '../support/invoices';
import { acceptedOrder, confirmedCase, registerPolicy } from '../support/settlement-setup';

/**
 * Invoices settled against the policy's limits, to the yen, through core's HTTP API and the real ledger:
 * the seed's worked example, payouts and their confirmation, approval, credit notes and liability payments.
 */
describe('settlement of partner invoices', () => {
  let hub: RunningHub;
  let core: ReturnType<typeof coreClient>;
  let db: DataSource;
  const kafka = createKafka(testEnv.brokers.split(','), 'settlement-test');

  beforeAll(async () => {
    hub = await startHub({ apps: ['core'] });
    core = coreClient(hub.as);
    db = hub.dataSource;
  });

  afterAll(async () => {
    await hub?.stop();
  });

  const usage = async (caseId: string) =>
    Object.fromEntries(
      ((await hub.as.claims.get(`/cases/${caseId}/limit-usage`).expect(200)).body.limits as { limit: string; unit: string; cap: number; used: number; remaining: number }[]).map(
        (l) => [l.limit, l],
      ),
    );

  it('settles the seed 002 example (set D premium) to exactly the ¥30M expense limit, every line explained', async () => {
    const policyNumber = await registerPolicy(core, {
      product: 'chamber-of-commerce',
      chamberPlan: { set: 'D', variant: 'premium' },
      liabilityLimitYen: undefined,
      expenseSublimitYen: undefined,
    });
    const caseId = await confirmedCase(core, policyNumber, { individuals: 100_000, corporations: 0 });
    const orderId = await acceptedOrder(core, db, caseId, 'prap', 'crisis_pr');
    const seedLines = [
      { description: '詫び状発送', category: 'apology_letters' as const, unitPriceYen: 12_000_000 },
      { description: 'お詫び掲載', category: 'public_notice_and_press' as const, unitPriceYen: 1_000_000 },
      { description: '新聞社告', category: 'public_notice_and_press' as const, unitPriceYen: 18_000_000 },
      { description: '見舞金 (100,000名 × ¥612)', category: 'condolence_money_or_gifts' as const, unitPriceYen: 612, quantity: 100_000, recipientKind: 'individual' as const },
      { description: 'コールセンター', category: 'call_centre' as const, unitPriceYen: 8_500_000 },
      { description: '法律相談', category: 'lawyer_consultation' as const, unitPriceYen: 1_000_000 },
      { description: '原因調査費用', category: 'cause_and_scope_investigation' as const, unitPriceYen: 10_000_000 },
      { description: 'データ復旧', category: 'system_data_website_recovery' as const, unitPriceYen: 3_000_000 },
    ];
    const invoice = invoiceFor('prap', orderId, seedLines);
    // The seed's ¥114.7M are the expense amounts; the invoice adds 10% consumption tax once on top.
    expect(invoice.stated.byRate).toEqual([{ rate: 10, amountYen: 114_700_000, taxYen: 11_470_000 }]);
    const approved = await hub.as.partner.prap.post('/invoices').send(invoice).expect(201);
    expect(approved.body.state).toBe('awaiting_approval'); // above the ¥5M approval threshold
    const settled = await hub.as.approver.post(`/invoices/${approved.body.invoiceId}/approve`).send({}).expect(200);

    expect(contractValidator().validate('http/core/invoice.v2', settled.body).ok).toBe(true);
    expect((await core.timeline(caseId)).find((e) => e.kind === 'invoice_approved')).toMatchObject({ actor: 'staff:yamada.senior' });
    const { settlement, totals, payouts } = settled.body;
    expect(settled.body.state).toBe('settled');
    expect(settlement.coveredYen).toBe(30_000_000);
    expect(settlement.retainedYen).toBe(totals.grossYen - 30_000_000);
    for (const line of settlement.lines) {
      expect(line.coveredYen + line.retainedYen).toBe(line.grossYen);
      expect(line.cuts.reduce((sum: number, c: { yen: number }) => sum + c.yen, 0)).toBe(line.retainedYen);
    }
    expect(settlement.lines.slice(3).every((l: { coveredYen: number; cuts: { reason: string }[] }) => l.coveredYen === 0 && l.cuts[0].reason === 'accident_limit')).toBe(true);
    expect(payouts).toMatchObject([{ kind: 'settlement', payee: 'insured', payeeName: '株式会社みなと精機', instructedYen: 30_000_000, amountYen: 30_000_000, state: 'instructed' }]);
    const limits = await usage(caseId);
    expect(limits.accident_expense).toMatchObject({ used: 30_000_000, remaining: 0 });
    expect(limits.period_liability.used).toBe(30_000_000);
    expect(limits.accident_condolence_individuals).toMatchObject({ unit: 'recipients', cap: 100_000, used: 100_000 });
    const policyView = (await hub.as.claims.get(`/policies/${policyNumber}/limit-usage`).expect(200)).body;
    expect(contractValidator().validate('http/core/limit-usage.v2', policyView).ok).toBe(true);
    expect(policyView.limits.map((l: { limit: string }) => l.limit).sort()).toEqual(['period_expense', 'period_liability']);
  });

  it('pays a settled invoice once the insurer confirms the exact amount', async () => {
    const policyNumber = await registerPolicy(core);
    const caseId = await confirmedCase(core, policyNumber);
    const orderId = await acceptedOrder(core, db, caseId);
    const invoice = invoiceFor('lac', orderId, [{ description: 'フォレンジック調査', category: 'cause_and_scope_investigation', unitPriceYen: 2_000_000 }]);
    const settled = (await hub.as.partner.lac.post('/invoices').send(invoice).expect(201)).body;
    expect(settled).toMatchObject({ state: 'settled', settlement: { coveredYen: 2_200_000, retainedYen: 0 } });

    const wrong = await hub.as.finance.post(`/invoices/${settled.invoiceId}/confirm-payment`).send({ paymentReference: 'PAY-1', paidAt: '2026-11-25T10:00:00+09:00', amountYen: 2_000_000 }).expect(422);
    expect(wrong.body.issues).toEqual([{ field: 'amountYen', reason: 'must equal the instructed ¥2200000' }]);
    const paid = await hub.as.finance.post(`/invoices/${settled.invoiceId}/confirm-payment`).send({ paymentReference: 'PAY-1', paidAt: '2026-11-25T10:00:00+09:00', amountYen: 2_200_000 }).expect(200);
    expect(paid.body).toMatchObject({ state: 'paid', payouts: [{ state: 'paid', paymentReference: 'PAY-1' }] });
    expect((await core.timeline(caseId)).find((e) => e.kind === 'payout_paid')).toMatchObject({ actor: 'staff:ito.finance' });

    // A credit note after payment releases the limit and records what the insurer is owed back.
    const credit = await hub.as.partner.lac.post('/credit-notes').send(creditNoteFor(invoice, [{ invoiceLineNo: 1, description: '調査日数の減額', unitPriceYen: 500_000 }])).expect(201);
    expect(credit.body).toMatchObject({ creditedYen: 550_000, coveredReleasedYen: 550_000, payoutReducedYen: 0, recoveryDueYen: 550_000, invoice: { state: 'credited', recoveryDueYen: 550_000 } });
    expect(credit.body.invoice.payouts).toMatchObject([{ instructedYen: 2_200_000, amountYen: 2_200_000, state: 'paid', amendments: [] }]);
    expect((await usage(caseId)).accident_expense.used).toBe(1_650_000);
  });

  it('amends an instructed payout a credit note arrives before payment: the insurer is told, nothing is recovered', async () => {
    const caseId = await confirmedCase(core, await registerPolicy(core));
    const orderId = await acceptedOrder(core, db, caseId);
    const invoice = invoiceFor('lac', orderId, [{ description: '調査', category: 'cause_and_scope_investigation', unitPriceYen: 1_000_000 }]);
    await hub.as.partner.lac.post('/invoices').send(invoice).expect(201);
    const partial = creditNoteFor(invoice, [{ invoiceLineNo: 1, description: '2日分の減額', unitPriceYen: 200_000 }], { creditNoteNumber: `CN1-${invoice.invoiceNumber}` });
    const credit = await hub.as.partner.lac.post('/credit-notes').send(partial).expect(201);
    expect(contractValidator().validate('http/core/credit-note.v2', credit.body).ok).toBe(true);
    expect(credit.body).toMatchObject({ coveredReleasedYen: 220_000, payoutReducedYen: 220_000, recoveryDueYen: 0, invoice: { state: 'credited', recoveryDueYen: 0, creditedYen: 220_000 } });
    const [payout] = credit.body.invoice.payouts;
    expect(payout).toMatchObject({ instructedYen: 1_100_000, amountYen: 880_000, state: 'instructed', amendments: [{ fromYen: 1_100_000, toYen: 880_000, creditNoteId: credit.body.creditNoteId }] });
    const listed = (await hub.as.finance.get(`/payouts?state=instructed&caseId=${caseId}`).expect(200)).body;
    expect(contractValidator().validate('http/core/payouts.v3', listed).ok).toBe(true);
    expect(listed.nextCursor).toBeNull();
    expect(listed.payouts).toMatchObject([{ payoutId: payout.payoutId, instructedYen: 1_100_000, amountYen: 880_000 }]);
    // A partner sees the payouts of its own invoices only.
    expect((await hub.as.partner.lac.get(`/payouts?caseId=${caseId}`).expect(200)).body.payouts).toMatchObject([{ payoutId: payout.payoutId }]);
    expect((await hub.as.partner.prap.get(`/payouts?caseId=${caseId}`).expect(200)).body.payouts).toEqual([]);
    expect((await hub.as.finance.get('/payouts?caseId=not-a-uuid').expect(400)).body.issues).toEqual([{ field: 'caseId', reason: 'must be a UUID' }]);
    expect((await usage(caseId)).accident_expense.used).toBe(880_000);

    // The insurer confirms the amended amount; any other is refused.
    await hub.as.finance.post(`/payouts/${payout.payoutId}/confirm-payment`).send({ paymentReference: 'PAY-A', paidAt: '2026-11-25T10:00:00+09:00', amountYen: 879_999 }).expect(422);
    await hub.as.finance.post(`/payouts/${payout.payoutId}/confirm-payment`).send({ paymentReference: 'PAY-A', paidAt: '2026-11-25T10:00:00+09:00', amountYen: 880_000 }).expect(200);
    // A later credit of the rest: the payout is paid, so all of it is a recovery due.
    const rest = creditNoteFor(invoice, [{ invoiceLineNo: 1, description: '残額取消', unitPriceYen: 800_000 }], { creditNoteNumber: `CN2-${invoice.invoiceNumber}` });
    const after = await hub.as.partner.lac.post('/credit-notes').send(rest).expect(201);
    expect(after.body).toMatchObject({ coveredReleasedYen: 880_000, payoutReducedYen: 0, recoveryDueYen: 880_000, invoice: { recoveryDueYen: 880_000 } });
    expect((await usage(caseId)).accident_expense.used).toBe(0);

    const retried = await hub.as.partner.lac.post('/credit-notes').send({ ...rest, creditNoteNumber: `cn2-${invoice.invoiceNumber.toLowerCase()}.` }).expect(409);
    expect(retried.body.error).toBe('duplicate_credit_note_number');
  });

  it('records a payment the insurer made before it heard of the amendment, and what it overpaid as a recovery due', async () => {
    const caseId = await confirmedCase(core, await registerPolicy(core));
    const orderId = await acceptedOrder(core, db, caseId);
    const invoice = invoiceFor('lac', orderId, [{ description: '調査', category: 'cause_and_scope_investigation', unitPriceYen: 1_000_000 }]);
    const settled = (await hub.as.partner.lac.post('/invoices').send(invoice).expect(201)).body;
    await hub.as.partner.lac.post('/credit-notes').send(creditNoteFor(invoice, [{ invoiceLineNo: 1, description: '減額', unitPriceYen: 200_000 }])).expect(201);
    // The insurer's payment run paid the ¥1,100,000 first instructed; the amendment to ¥880,000 crossed it.
    const paid = await hub.as.finance.post(`/invoices/${settled.invoiceId}/confirm-payment`).send({ paymentReference: 'PAY-X', paidAt: '2026-11-25T10:00:00+09:00', amountYen: 1_100_000 }).expect(200);
    expect(paid.body).toMatchObject({ recoveryDueYen: 220_000, payouts: [{ state: 'paid', instructedYen: 1_100_000, amountYen: 1_100_000 }] });
    // The credit note's own record follows: it reduced no payout after all, its ¥220,000 are to recover.
    const [note] = await db.query('SELECT payout_reduced_yen::int AS reduced, recovery_due_yen::int AS due FROM credit_notes WHERE invoice_id = $1', [settled.invoiceId]);
    expect(note).toEqual({ reduced: 0, due: 220_000 });
    await hub.as.finance.post(`/invoices/${settled.invoiceId}/confirm-payment`).send({ paymentReference: 'PAY-X', paidAt: '2026-11-25T10:00:00+09:00', amountYen: 1_100_000 }).expect(409);
  });

  it('cancels an unpaid payout a full credit note takes to ¥0', async () => {
    const caseId = await confirmedCase(core, await registerPolicy(core));
    const orderId = await acceptedOrder(core, db, caseId);
    const invoice = invoiceFor('lac', orderId, [{ description: '調査', category: 'cause_and_scope_investigation', unitPriceYen: 1_000_000 }]);
    await hub.as.partner.lac.post('/invoices').send(invoice).expect(201);
    const credit = await hub.as.partner.lac.post('/credit-notes').send(creditNoteFor(invoice, [{ invoiceLineNo: 1, description: '全額取消', unitPriceYen: 1_000_000 }])).expect(201);
    expect(credit.body).toMatchObject({ payoutReducedYen: 1_100_000, recoveryDueYen: 0, invoice: { payouts: [{ amountYen: 0, state: 'cancelled' }] } });
    const amended = await readTopic(kafka, TOPICS.payoutAmended.name, (m) => m.value.includes(credit.body.creditNoteId), { until: (found) => found.length >= 1, timeoutMs: 8_000 });
    expect(JSON.parse(amended[0].value).payload).toMatchObject({ previousAmountYen: 1_100_000, amountYen: 0, instructedYen: 1_100_000 });
  });

  it('refuses a credit note from another issuer or at another tax rate, naming the field', async () => {
    const caseId = await confirmedCase(core, await registerPolicy(core));
    const orderId = await acceptedOrder(core, db, caseId);
    const invoice = invoiceFor('lac', orderId, [{ description: '調査', category: 'cause_and_scope_investigation', unitPriceYen: 1_000_000 }]);
    await hub.as.partner.lac.post('/invoices').send(invoice).expect(201);
    const otherIssuer = { ...invoice, issuerRegistrationNumber: 'T1180301018771' };
    const refused = await hub.as.partner.lac.post('/credit-notes').send(creditNoteFor(otherIssuer, [{ invoiceLineNo: 1, description: '減額', unitPriceYen: 100_000, taxRate: 8 }])).expect(422);
    expect(refused.body.issues).toEqual([
      { field: 'issuerRegistrationNumber', reason: expect.stringContaining(LAC_REGISTRATION) },
      { field: 'lines[0].taxRate', reason: "must be the credited line's rate, 10%" },
    ]);
    expect((await usage(caseId)).accident_expense.used).toBe(1_100_000);
  });

  it('holds an invoice above an approver\'s limit; any approver may reject it, which then settles nothing', async () => {
    const caseId = await confirmedCase(core, await registerPolicy(core));
    const orderId = await acceptedOrder(core, db, caseId);
    const held = (await hub.as.partner.lac.post('/invoices').send(invoiceFor('lac', orderId, [{ description: '追加調査', category: 'cause_and_scope_investigation', unitPriceYen: 6_000_000 }])).expect(201)).body;
    expect(held.state).toBe('awaiting_approval');
    expect(held.stateReason).toContain('approval threshold');
    // ¥6,600,000 is above the junior approver's ¥1,000,000: refused, and the invoice stays held with nothing settled.
    const overLimit = await hub.as.juniorApprover.post(`/invoices/${held.invoiceId}/approve`).send({}).expect(403);
    expect(overLimit.body.error).toBe('approval_limit_exceeded');
    expect((await hub.as.claims.get(`/invoices/${held.invoiceId}`).expect(200)).body).toMatchObject({ state: 'awaiting_approval', settlement: null, payouts: [] });
    expect((await usage(caseId)).accident_expense.used).toBe(0);
    // Rejecting spends nothing, so needs no limit.
    const rejected = await hub.as.juniorApprover.post(`/invoices/${held.invoiceId}/reject`).send({ reason: 'Scope not agreed with the insured' }).expect(200);
    expect(rejected.body).toMatchObject({ state: 'rejected', stateReason: 'Scope not agreed with the insured', settlement: null, payouts: [] });
    expect((await core.timeline(caseId)).find((e) => e.kind === 'invoice_rejected')).toMatchObject({ actor: 'staff:suzuki.approver' });
    expect((await hub.as.approver.post(`/invoices/${held.invoiceId}/approve`).send({}).expect(409)).body.error).toBe('invoice_not_awaiting_approval');
  });

  it('counts the insurer\'s liability payments against the outer limit, leaving less room for expenses', async () => {
    const policyNumber = await registerPolicy(core, { liabilityLimitYen: 10_000_000, expenseSublimitYen: 1_000_000 });
    const caseId = await confirmedCase(core, policyNumber);
    await hub.as.claims.post('/liability-payments').send({ caseId, amountYen: 9_500_000, kind: 'damages', paidAt: '2026-11-22T10:00:00+09:00', reference: 'DMG-1' }).expect(201);
    const orderId = await acceptedOrder(core, db, caseId);
    const settled = (await hub.as.partner.lac.post('/invoices').send(invoiceFor('lac', orderId, [{ description: '調査', category: 'cause_and_scope_investigation', unitPriceYen: 900_000 }])).expect(201)).body;
    expect(settled.settlement.coveredYen).toBe(500_000);
    expect(settled.settlement.lines[0].cuts).toEqual([{ reason: 'liability_limit', yen: 490_000 }]);
    const over = await hub.as.claims.post('/liability-payments').send({ caseId, amountYen: 1, kind: 'damages', paidAt: '2026-11-23T10:00:00+09:00', reference: 'DMG-2' }).expect(422);
    expect(over.body.issues[0].field).toBe('amountYen');
  });
});
