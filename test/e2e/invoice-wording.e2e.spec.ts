import { DataSource } from 'typeorm';
import { contractValidator } from '@hub/contracts';
import { RunningHub, startHub } from '../support/running-hub';
import { coreClient } from '../support/core-client';
import { creditNoteFor, invoiceFor, registrationOf } from '../support/invoices';
import { acceptedOrder, confirmedCase, registerPolicy } from '../support/settlement-setup';

/**
 * Invoices as Japanese partners issue them, and the money decided on them as the policy wording says (issue 6
 * points 4–8): condolence caps per recipient, released room going back to what was cut, non-taxable lines and
 * 税込 pricing, and the same invoice under another spelling of its number being the same invoice.
 */
describe('invoices and settlement as the policy wording says', () => {
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

  const usage = async (caseId: string) =>
    Object.fromEntries(((await hub.as.claims.get(`/cases/${caseId}/limit-usage`).expect(200)).body.limits as { limit: string; used: number; remaining: number }[]).map((l) => [l.limit, l]));
  const counts = async (caseId: string) =>
    (await db.query(`SELECT (SELECT count(*) FROM invoices WHERE case_id = $1)::int AS invoices, (SELECT count(*) FROM payouts WHERE case_id = $1)::int AS payouts`, [caseId]))[0];

  // Seed 002 特長3: 被害者が法人の場合には1法人につき5万円、個人の場合には1名につき1,000円を限度. The cap is on each
  // recipient's tax-inclusive gift: a ¥1,000 gift + 10% tax is ¥1,100, so ¥100 each is the insured's.
  it('worked example: condolence gifts to mixed recipients above and below the caps, never beyond the declared victims', async () => {
    const caseId = await confirmedCase(core, await registerPolicy(core), { individuals: 1_000, corporations: 3 });
    const orderId = await acceptedOrder(core, db, caseId, 'prap', 'crisis_pr');
    const gifts = invoiceFor('prap', orderId, [
      { description: 'お詫びの品（個人 500名 × ¥1,000 税抜）', category: 'condolence_money_or_gifts', quantity: 500, unitPriceYen: 1_000, recipientKind: 'individual' },
      { description: 'お詫びの菓子（個人 400名 × ¥750 税抜・軽減税率）', category: 'condolence_money_or_gifts', quantity: 400, unitPriceYen: 750, taxRate: 8, recipientKind: 'individual' },
      { description: '見舞金（法人 2社 × ¥50,000・不課税）', category: 'condolence_money_or_gifts', quantity: 2, unitPriceYen: 50_000, taxCategory: 'out_of_scope', recipientKind: 'corporation' },
      { description: 'QUOカード（法人 1社 × ¥30,000・非課税）', category: 'condolence_money_or_gifts', quantity: 1, unitPriceYen: 30_000, taxCategory: 'non_taxable', recipientKind: 'corporation' },
    ]);
    const settled = (await hub.as.partner.prap.post('/invoices').send(gifts).expect(201)).body;
    expect(contractValidator().validate('http/core/invoice.v2', settled).ok).toBe(true);
    expect(settled.settlement.lines.map((l: { grossYen: number; coveredYen: number; cuts: unknown[]; recipientsCounted: number }) => [l.grossYen, l.coveredYen, l.cuts, l.recipientsCounted])).toEqual([
      [550_000, 500_000, [{ reason: 'condolence_cap', yen: 50_000 }], 500],
      [324_000, 324_000, [], 400],
      [100_000, 100_000, [], 2],
      [30_000, 30_000, [], 1],
    ]);
    // 200 more individuals: only 100 declared victims are left; the corporations' allowance never pays for them.
    const more = invoiceFor('prap', orderId, [{ description: '見舞金（個人 200名 × ¥1,000・不課税）', category: 'condolence_money_or_gifts', quantity: 200, unitPriceYen: 1_000, taxCategory: 'out_of_scope', recipientKind: 'individual' }]);
    const second = (await hub.as.partner.prap.post('/invoices').send(more).expect(201)).body;
    expect(second.settlement.lines[0]).toMatchObject({ coveredYen: 100_000, cuts: [{ reason: 'condolence_victims_exceeded', yen: 100_000 }], recipientsCounted: 100 });
    const limits = await usage(caseId);
    expect([limits.accident_condolence_individuals.used, limits.accident_condolence_corporations.used]).toEqual([1_000, 3]);

    // The sweets were never sent: crediting that line in full gives its 400 victims back, and the 100 people the
    // second invoice reached beyond the victims are counted now, in a re-decision of their own.
    const credit = await hub.as.partner.prap.post('/credit-notes').send(creditNoteFor(gifts, [{ invoiceLineNo: 2, description: '菓子の発送取消', unitPriceYen: 300_000, taxRate: 8 }])).expect(201);
    expect(credit.body.redecisions).toEqual([{ invoiceId: second.invoiceId, decisionId: expect.any(String), restoredYen: 100_000, payoutId: expect.any(String) }]);
    const recounted = (await hub.as.partner.prap.get(`/invoices/${second.invoiceId}`).expect(200)).body;
    await hub.as.partner.lac.get(`/invoices/${second.invoiceId}`).expect(404); // another partner's invoice is not there for LAC
    expect(recounted.settlement.lines[0]).toMatchObject({ coveredYen: 200_000, cuts: [], recipientsCounted: 200 });
    expect((await usage(caseId)).accident_condolence_individuals.used).toBe(700);

    const fractional = invoiceFor('prap', orderId, [{ description: '見舞品', category: 'condolence_money_or_gifts', quantity: 1.5, unitPriceYen: 1_000, recipientKind: 'individual' }]);
    expect((await hub.as.partner.prap.post('/invoices').send(fractional).expect(400)).body.issues).toEqual([{ field: 'lines[0].quantity', reason: expect.stringContaining('whole number') }]);
    expect(await counts(caseId)).toEqual({ invoices: 2, payouts: 3 }); // two settlements, one supplementary
  });

  it('counts gifts once cut as beyond the victims when the insurer corrects the declared victims upward, never below what is counted', async () => {
    const caseId = await confirmedCase(core, await registerPolicy(core), { individuals: 10, corporations: 0 });
    const orderId = await acceptedOrder(core, db, caseId, 'prap', 'crisis_pr');
    const mailing = invoiceFor('prap', orderId, [{ description: '見舞金（個人 15名 × ¥1,000・不課税）', category: 'condolence_money_or_gifts', quantity: 15, unitPriceYen: 1_000, taxCategory: 'out_of_scope', recipientKind: 'individual' }]);
    const settled = (await hub.as.partner.prap.post('/invoices').send(mailing).expect(201)).body;
    expect(settled.settlement.lines[0]).toMatchObject({ coveredYen: 10_000, cuts: [{ reason: 'condolence_victims_exceeded', yen: 5_000 }] });

    const below = await hub.as.claims.post(`/cases/${caseId}/victims`).send({ individuals: 9, corporations: 0, reason: '再集計' }).expect(422);
    expect(below.body).toMatchObject({ error: 'victims_below_counted', issues: [{ field: 'individuals', reason: expect.stringContaining('10') }] });

    // The forensic report counts 40 affected people: the 5 gifts beyond the first 10 are covered now.
    const amended = await hub.as.claims.post(`/cases/${caseId}/victims`).send({ individuals: 40, corporations: 0, reason: 'フォレンジック報告書で影響者40名と判明' }).expect(200);
    expect(contractValidator().validate('http/core/victims-amended.v1', amended.body).ok).toBe(true);
    expect(amended.body.case.settlementFacts.victims).toEqual({ individuals: 40, corporations: 0 });
    expect(amended.body.redecisions).toEqual([{ invoiceId: settled.invoiceId, decisionId: expect.any(String), restoredYen: 5_000, payoutId: expect.any(String) }]);
    const limits = await usage(caseId);
    expect(limits.accident_condolence_individuals).toMatchObject({ cap: 40, used: 15, remaining: 25 });
    expect((await core.timeline(caseId)).find((e) => e.kind === 'victims_amended')).toMatchObject({ actor: 'staff:tanaka.claims' });
  });

  // Seed 000: fees are paid as claim up to the limit. LAC's forensics and PRAP's press work on one accident exceed the
  // ¥1M sublimit, so PRAP's line is cut; when LAC credits two days it did not work, PRAP's cut line gets the room back.
  it('worked example: a credit note restores a cut line, in a re-decision with its own supplementary payout; running it again changes nothing', async () => {
    const policyNumber = await registerPolicy(core, { liabilityLimitYen: 10_000_000, expenseSublimitYen: 1_000_000 });
    const caseId = await confirmedCase(core, policyNumber);
    const lacOrderId = await acceptedOrder(core, db, caseId);
    const prapOrderId = await acceptedOrder(core, db, caseId, 'prap', 'crisis_pr');
    const lac = invoiceFor('lac', lacOrderId, [{ description: 'フォレンジック調査 6日', category: 'cause_and_scope_investigation', quantity: 6, unitPriceYen: 100_000 }]);
    await hub.as.partner.lac.post('/invoices').send(lac).expect(201);
    const prap = (await hub.as.partner.prap.post('/invoices').send(invoiceFor('prap', prapOrderId, [{ description: '記者会見支援', category: 'public_notice_and_press', unitPriceYen: 400_000 }])).expect(201)).body;
    expect(prap.settlement.lines[0]).toMatchObject({ coveredYen: 340_000, cuts: [{ reason: 'accident_limit', yen: 100_000 }] });

    const credit = await hub.as.partner.lac.post('/credit-notes').send(creditNoteFor(lac, [{ invoiceLineNo: 1, description: '0.5日分の減額', unitPriceYen: 50_000 }])).expect(201);
    expect(credit.body.redecisions).toEqual([{ invoiceId: prap.invoiceId, decisionId: expect.any(String), restoredYen: 55_000, payoutId: expect.any(String) }]);
    // LAC's own payout, not yet paid, is amended down by what its credit released.
    expect(credit.body).toMatchObject({ coveredReleasedYen: 55_000, payoutReducedYen: 55_000, recoveryDueYen: 0 });
    expect(credit.body.invoice.payouts).toMatchObject([{ instructedYen: 660_000, amountYen: 605_000 }]);
    const after = (await hub.as.finance.get(`/invoices/${prap.invoiceId}`).expect(200)).body;
    expect(after.decisions.map((d: { kind: string; coveredYen: number; restoredYen: number }) => [d.kind, d.coveredYen, d.restoredYen])).toEqual([['settlement', 340_000, 0], ['redecision', 395_000, 55_000]]);
    expect(after.settlement.lines[0]).toMatchObject({ coveredYen: 395_000, cuts: [{ reason: 'accident_limit', yen: 45_000 }] });
    expect(after.payouts.map((p: { kind: string; amountYen: number }) => [p.kind, p.amountYen])).toEqual([['settlement', 340_000], ['supplementary', 55_000]]);
    expect((await usage(caseId)).accident_expense).toMatchObject({ used: 1_000_000, remaining: 0 }); // at the limit, not below it

    const again = await hub.as.claims.post(`/policies/${policyNumber}/redecide`).expect(200);
    expect(contractValidator().validate('http/core/redecisions.v1', again.body).ok).toBe(true);
    expect(again.body.redecisions).toEqual([]);
    expect((await hub.as.finance.get(`/invoices/${prap.invoiceId}`).expect(200)).body.decisions).toHaveLength(2);

    // Two unpaid payouts on one invoice: each is confirmed by its own id.
    const refused = await hub.as.finance.post(`/invoices/${prap.invoiceId}/confirm-payment`).send({ paymentReference: 'P-1', paidAt: '2026-11-26T10:00:00+09:00', amountYen: 340_000 }).expect(409);
    expect(refused.body.error).toBe('several_payouts_unpaid');
    for (const [i, payout] of after.payouts.entries()) {
      await hub.as.finance.post(`/payouts/${payout.payoutId}/confirm-payment`).send({ paymentReference: `P-${i}`, paidAt: '2026-11-26T10:00:00+09:00', amountYen: payout.amountYen }).expect(200);
    }
    expect((await hub.as.finance.get(`/invoices/${prap.invoiceId}`).expect(200)).body.state).toBe('paid');
  });

  it('gives a reversed liability payment\'s room back to the expense lines the liability limit cut, once', async () => {
    const policyNumber = await registerPolicy(core, { liabilityLimitYen: 10_000_000, expenseSublimitYen: 1_000_000 });
    const caseId = await confirmedCase(core, policyNumber);
    const payment = (await hub.as.claims.post('/liability-payments').send({ caseId, amountYen: 9_500_000, kind: 'damages', paidAt: '2026-11-22T10:00:00+09:00', reference: 'DMG-R1' }).expect(201)).body;
    const orderId = await acceptedOrder(core, db, caseId);
    const settled = (await hub.as.partner.lac.post('/invoices').send(invoiceFor('lac', orderId, [{ description: '調査', category: 'cause_and_scope_investigation', unitPriceYen: 900_000 }])).expect(201)).body;
    expect(settled.settlement.lines[0].cuts).toEqual([{ reason: 'liability_limit', yen: 490_000 }]);

    const reversed = await hub.as.claims.post(`/liability-payments/${payment.paymentId}/reverse`).send({ reason: '二重計上の取消' }).expect(200);
    expect(contractValidator().validate('http/core/liability-reversal.v1', reversed.body).ok).toBe(true);
    expect(reversed.body).toMatchObject({ liabilityRemainingYen: 10_000_000 - 990_000, redecisions: [{ invoiceId: settled.invoiceId, restoredYen: 490_000 }] });
    expect((await core.timeline(caseId)).find((e) => e.kind === 'liability_payment_reversed')).toMatchObject({ actor: 'staff:tanaka.claims' });
    expect((await hub.as.claims.post(`/liability-payments/${payment.paymentId}/reverse`).send({ reason: 'again' }).expect(409)).body.error).toBe('payment_already_reversed');
  });

  it('worked example: an invoice mixing taxable and non-taxable lines — tax once, on the taxable lines only', async () => {
    const caseId = await confirmedCase(core, await registerPolicy(core));
    const orderId = await acceptedOrder(core, db, caseId);
    const invoice = invoiceFor('lac', orderId, [
      { description: 'フォレンジック調査', category: 'cause_and_scope_investigation', unitPriceYen: 1_000_000 },
      { description: '交通費（立替金・新幹線 東京⇔大阪）', category: 'cause_and_scope_investigation', quantity: 2, unitPriceYen: 14_720, taxCategory: 'out_of_scope' },
      { description: '収入印紙（立替）', category: 'cause_and_scope_investigation', unitPriceYen: 200, taxCategory: 'out_of_scope' },
    ]);
    expect(invoice.stated).toEqual({ byRate: [{ rate: 10, amountYen: 1_000_000, taxYen: 100_000 }], nonTaxableYen: 29_640, grossYen: 1_129_640 });
    const settled = (await hub.as.partner.lac.post('/invoices').send(invoice).expect(201)).body;
    expect(settled.totals).toEqual({ netYen: 1_029_640, taxYen: 100_000, nonTaxableYen: 29_640, grossYen: 1_129_640 });
    expect(settled.lines.map((l: { taxCategory: string; taxRate: number | null; taxYen: number; grossYen: number }) => [l.taxCategory, l.taxRate, l.taxYen, l.grossYen])).toEqual([
      ['taxable', 10, 100_000, 1_100_000],
      ['out_of_scope', null, 0, 29_440],
      ['out_of_scope', null, 0, 200],
    ]);
    expect(settled.settlement.coveredYen).toBe(1_129_640);
  });

  it('derives the tax of a 税込 invoice from the gross once per rate, and refuses a missing required item naming it', async () => {
    const caseId = await confirmedCase(core, await registerPolicy(core));
    const orderId = await acceptedOrder(core, db, caseId, 'bell24', 'call_centre');
    // Per line, ¥10,005 × 10/110 = ¥909.5 → ¥909 each, ¥1,818; once for the rate, ¥20,010 × 10/110 = ¥1,819.09 → ¥1,819.
    const inclusive = invoiceFor('bell24', orderId, [
      { description: 'コールセンター立上げ（税込）', category: 'call_centre', unitPriceYen: 10_005 },
      { description: 'FAQ作成（税込）', category: 'call_centre', unitPriceYen: 10_005 },
    ], { pricing: 'tax_inclusive' });
    const settled = (await hub.as.partner.bell24.post('/invoices').send(inclusive).expect(201)).body;
    expect(settled).toMatchObject({ pricing: 'tax_inclusive', totals: { taxYen: 1_819, grossYen: 20_010, netYen: 18_191 } });
    const missing: Record<string, unknown> = { ...invoiceFor('bell24', orderId, [{ description: '運営', category: 'call_centre', unitPriceYen: 10_000 }]) };
    delete missing.recipientName;
    const refused = await hub.as.partner.bell24.post('/invoices').send(missing).expect(400);
    expect(refused.body.issues).toContainEqual({ field: 'recipientName', reason: expect.any(String) });
    expect(await counts(caseId)).toEqual({ invoices: 1, payouts: 1 }); // the 税込 invoice only
  });

  it('accepts a credit note under ¥10,000 that is not a return invoice, and requires the items from ¥10,000', async () => {
    const caseId = await confirmedCase(core, await registerPolicy(core));
    const orderId = await acceptedOrder(core, db, caseId);
    const invoice = invoiceFor('lac', orderId, [{ description: '調査', category: 'cause_and_scope_investigation', unitPriceYen: 500_000 }]);
    await hub.as.partner.lac.post('/invoices').send(invoice).expect(201);
    const small = creditNoteFor(invoice, [{ invoiceLineNo: 1, description: '端数調整', unitPriceYen: 9_000 }]); // ¥9,900 with tax
    delete small.issuerRegistrationNumber;
    delete small.issuerName;
    delete small.stated;
    delete small.roundingMode;
    const accepted = await hub.as.partner.lac.post('/credit-notes').send(small).expect(201);
    expect(accepted.body).toMatchObject({ returnInvoice: false, creditedYen: 9_900 });
    const large = { ...creditNoteFor(invoice, [{ invoiceLineNo: 1, description: '減額', unitPriceYen: 10_000 }]), creditNoteNumber: 'CN-LARGE-1' };
    delete large.issuerRegistrationNumber;
    const refused = await hub.as.partner.lac.post('/credit-notes').send(large).expect(400);
    expect(refused.body.issues).toContainEqual({ field: 'issuerRegistrationNumber', reason: expect.any(String) });
    expect((await db.query('SELECT count(*)::int AS n FROM credit_notes c JOIN invoices i ON i.id = c.invoice_id WHERE i.case_id = $1', [caseId]))[0].n).toBe(1);
  });

  it('settles LAC-INV-0042 once, whatever way its number is written, even when the spellings race', async () => {
    const caseId = await confirmedCase(core, await registerPolicy(core));
    const orderId = await acceptedOrder(core, db, caseId);
    const line = [{ description: 'フォレンジック調査', category: 'cause_and_scope_investigation' as const, unitPriceYen: 1_000_000 }];
    // LAC-INV-0042 with a per-run prefix (the test database outlives a run): upper, lower, a trailing dot, full width, spaces, _ and /.
    const run = String(Date.now() % 1_000_000).padStart(6, '0');
    const fullWidth = (text: string) => text.replace(/[!-~]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));
    const spellings = [`LAC-INV-${run}-0042`, `lac-inv-${run}-0042`, `LAC-INV-${run}-0042.`, fullWidth(`LAC-INV-${run}-0042`), `LAC INV ${run} 0042`, `LAC_INV/${run}_0042`];
    const responses = await Promise.all(spellings.map((invoiceNumber) => hub.as.partner.lac.post('/invoices').send(invoiceFor('lac', orderId, line, { invoiceNumber }))));
    expect(responses.map((r) => r.status).sort()).toEqual([201, 409, 409, 409, 409, 409]);
    expect(responses.filter((r) => r.status === 409).every((r) => r.body.error === 'duplicate_invoice_number')).toBe(true);
    expect(await counts(caseId)).toEqual({ invoices: 1, payouts: 1 });

    // Another number, but the same partner, order, amount and date: held for a coordinator, nothing paid.
    const lookalike = (await hub.as.partner.lac.post('/invoices').send(invoiceFor('lac', orderId, line, { invoiceNumber: `LAC-INV-${run}-0099` })).expect(201)).body;
    expect(lookalike).toMatchObject({ state: 'awaiting_approval', stateReason: expect.stringContaining('possibly a duplicate'), payouts: [] });
    expect(await counts(caseId)).toEqual({ invoices: 2, payouts: 1 });
  });

  it('refuses an invoice that does not carry the partner\'s own registration number (another valid one is another business)', async () => {
    const caseId = await confirmedCase(core, await registerPolicy(core));
    const orderId = await acceptedOrder(core, db, caseId);
    const invoice = invoiceFor('lac', orderId, [{ description: '調査', category: 'cause_and_scope_investigation', unitPriceYen: 100_000 }], { issuerRegistrationNumber: registrationOf('prap') });
    const refused = await hub.as.partner.lac.post('/invoices').send(invoice).expect(422);
    expect(refused.body).toMatchObject({ error: 'registration_number_mismatch', issues: [{ field: 'issuerRegistrationNumber', reason: expect.stringContaining(registrationOf('lac')) }] });
    expect(await counts(caseId)).toEqual({ invoices: 0, payouts: 0 });
  });
});
