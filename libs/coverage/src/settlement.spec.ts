import {
  applyPostings, CoverageInputError, definePolicyTerms, liabilityPaymentPostings, settleInvoice, ZERO_USAGE,
  type CaseFacts, type InvoiceLine, type LimitUsage, type PolicyTerms, type PolicyTermsInput,
} from './index';

function terms(input: Partial<PolicyTermsInput> = {}): PolicyTerms {
  const result = definePolicyTerms({
    product: 'cyber-lite',
    periodStart: '2026-04-01',
    periodEnd: '2027-04-01',
    retroactiveDate: '2025-04-01',
    liabilityLimitYen: 10_000_000, // expense sublimit defaults to ¥1,000,000
    ...input,
  } as PolicyTermsInput);
  if (!result.ok) throw new Error(JSON.stringify(result.issues));
  return result.terms;
}

const facts: CaseFacts = { incidentDate: '2026-06-01', kind: 'leak', discoveryChannel: 'insured', affectedIndividuals: 0, affectedCorporations: 0 };
const line = (lineNo: number, category: InvoiceLine['category'], amountYen: number): InvoiceLine => ({ lineNo, category, amountYen });
const settle = (policy: PolicyTerms, lines: InvoiceLine[], caseFacts: Partial<CaseFacts> = {}, usage: LimitUsage = ZERO_USAGE) =>
  settleInvoice({ terms: policy, caseFacts: { ...facts, ...caseFacts }, usage, lines });

describe('settleInvoice: whether the policy responds', () => {
  const lines = [line(1, 'call_centre', 300_000), line(2, 'apology_letters', 0)];

  it.each([
    ['the day before the period', '2026-03-31'],
    ['the day after the period', '2027-04-02'],
  ])('retains everything for an incident dated %s (outside_policy_period)', (_, incidentDate) => {
    const decision = settle(terms(), lines, { incidentDate });
    expect(decision.refusal).toBe('outside_policy_period');
    expect(decision.lines[0]).toMatchObject({ coveredYen: 0, retainedYen: 300_000, cuts: [{ reason: 'outside_policy_period', yen: 300_000 }] });
    expect(decision.lines[1].cuts).toEqual([]); // a ¥0 line: nothing was cut
    expect(decision.postings).toEqual(ZERO_USAGE);
  });

  it('covers incidents dated on the first and the last day of the period', () => {
    for (const incidentDate of ['2026-04-01', '2027-04-01']) expect(settle(terms(), lines, { incidentDate }).totals.coveredYen).toBe(300_000);
  });

  it('retains everything when the cause predates the retroactive date (before_retroactive_date)', () => {
    const decision = settle(terms(), lines, { causeDate: '2025-03-31' });
    expect(decision.refusal).toBe('before_retroactive_date');
    expect(decision.totals.retainedByReason).toEqual({ before_retroactive_date: 300_000 });
    expect(settle(terms(), lines, { causeDate: '2025-04-01' }).refusal).toBeNull();
  });
});

describe('settleInvoice: which lines are eligible', () => {
  it('retains a category the plan does not cover (Chamber standard: no data recovery)', () => {
    const standard = terms({ product: 'chamber-of-commerce', chamberSet: 'A', variant: 'standard', liabilityLimitYen: undefined });
    const decision = settle(standard, [line(1, 'system_data_website_recovery', 200_000), line(2, 'lawyer_consultation', 100_000)]);
    expect(decision.lines[0].cuts).toEqual([{ reason: 'category_not_covered', yen: 200_000 }]);
    expect(decision.lines[1].coveredYen).toBe(100_000);
  });

  it.each(['insured', 'other'] as const)('retains threat-only fees when the threat was found by %s', (discoveryChannel) => {
    const decision = settle(terms(), [line(1, 'threat_investigation', 400_000), line(2, 'network_isolation', 100_000)], { kind: 'threat', discoveryChannel });
    expect(decision.totals).toMatchObject({ coveredYen: 0, retainedByReason: { threat_not_reported_by_authority: 500_000 } });
  });

  it.each(['public_authority', 'security_operations_provider'] as const)('covers threat-only fees reported by %s', (discoveryChannel) => {
    const decision = settle(terms(), [line(1, 'threat_investigation', 400_000), line(2, 'network_isolation', 100_000)], { kind: 'threat', discoveryChannel });
    expect(decision.totals.coveredYen).toBe(500_000);
  });

  it('does not hold other categories of a threat case to the reporting condition', () => {
    expect(settle(terms(), [line(1, 'lawyer_consultation', 100_000)], { kind: 'threat', discoveryChannel: 'insured' }).totals.coveredYen).toBe(100_000);
  });
});

describe('settleInvoice: caps, deductible and limits', () => {
  it('caps condolence at ¥1,000 per individual plus ¥50,000 per corporation, less what earlier invoices counted', () => {
    const policy = terms({ liabilityLimitYen: 300_000_000 }); // expense ¥30M
    const caseFacts = { affectedIndividuals: 120, affectedCorporations: 2 }; // cap ¥220,000
    const first = settle(policy, [line(1, 'condolence_money_or_gifts', 150_000)], caseFacts);
    expect(first.lines[0]).toMatchObject({ coveredYen: 150_000, cuts: [] });
    const second = settle(policy, [line(1, 'condolence_money_or_gifts', 100_000), line(2, 'condolence_money_or_gifts', 5_000)], caseFacts, first.usageAfter);
    expect(second.lines.map((l) => [l.coveredYen, l.cuts])).toEqual([
      [70_000, [{ reason: 'condolence_cap', yen: 30_000 }]],
      [0, [{ reason: 'condolence_cap', yen: 5_000 }]],
    ]);
    expect(second.usageAfter.condolenceAccidentYen).toBe(220_000);
  });

  it('honours a policy that overrides the caps', () => {
    const policy = terms({ condolenceCaps: { perIndividualYen: 500, perCorporationYen: 20_000 } });
    const gifts = [line(1, 'condolence_money_or_gifts', 100_000)];
    // 10 × ¥500 + 2 × ¥20,000 = ¥45,000
    expect(settle(policy, gifts, { affectedIndividuals: 10, affectedCorporations: 2 }).lines[0]).toMatchObject({
      coveredYen: 45_000,
      cuts: [{ reason: 'condolence_cap', yen: 55_000 }],
    });
    // No victims declared: nothing to console, everything capped.
    expect(settle(policy, gifts).lines[0].cuts).toEqual([{ reason: 'condolence_cap', yen: 100_000 }]);
  });

  it('takes the deductible from the first covered yen of the accident, spanning two invoices', () => {
    const policy = terms({ expenseDeductibleYen: 300_000 });
    const first = settle(policy, [line(1, 'consulting', 100_000), line(2, 'credit_monitoring', 50_000), line(3, 'call_centre', 120_000)]);
    expect(first.lines.map((l) => [l.coveredYen, l.cuts])).toEqual([
      [0, [{ reason: 'deductible', yen: 100_000 }]],
      [0, [{ reason: 'category_not_covered', yen: 50_000 }]], // not covered: does not fill the deductible
      [0, [{ reason: 'deductible', yen: 120_000 }]],
    ]);
    const second = settle(policy, [line(1, 'call_centre', 200_000)], {}, first.usageAfter);
    expect(second.lines[0]).toMatchObject({ coveredYen: 120_000, cuts: [{ reason: 'deductible', yen: 80_000 }] });
    expect(second.usageAfter).toMatchObject({ deductibleAccidentYen: 300_000, expenseAccidentYen: 120_000 });
    expect(settle(policy, [line(1, 'call_centre', 1_000)], {}, second.usageAfter).totals.coveredYen).toBe(1_000);
  });

  it('cuts at the accident limit mid-line and books the period limit when another accident used it first', () => {
    const policy = terms(); // expense ¥1M per accident and per period
    const decision = settle(policy, [line(2, 'call_centre', 700_000), line(1, 'apology_letters', 600_000)]);
    expect(decision.lines.map((l) => [l.lineNo, l.coveredYen, l.cuts])).toEqual([
      [1, 600_000, []],
      [2, 400_000, [{ reason: 'accident_limit', yen: 300_000 }]],
    ]);
    // A second accident in the same period: its own counter is fresh, the period's is not.
    const otherAccident = { ...ZERO_USAGE, expensePeriodYen: 900_000, liabilityPeriodYen: 900_000 };
    const next = settle(policy, [line(1, 'call_centre', 250_000)], {}, otherAccident);
    expect(next.lines[0]).toMatchObject({ coveredYen: 100_000, cuts: [{ reason: 'period_limit', yen: 150_000 }] });
  });

  it('limits expense by what liability payments left of the outer limit', () => {
    const policy = terms();
    const paid = applyPostings(ZERO_USAGE, liabilityPaymentPostings(policy.liabilityLimitYen, ZERO_USAGE, 9_800_000));
    const decision = settle(policy, [line(1, 'call_centre', 500_000)], {}, paid);
    expect(decision.lines[0]).toMatchObject({ coveredYen: 200_000, cuts: [{ reason: 'liability_limit', yen: 300_000 }] });
    expect(decision.usageAfter.liabilityPeriodYen).toBe(policy.liabilityLimitYen);
    expect(() => liabilityPaymentPostings(policy.liabilityLimitYen, decision.usageAfter, 1)).toThrow(CoverageInputError);
  });

  it('lists every reason that cut a line, with its yen, in the order applied', () => {
    const policy = terms({ expenseDeductibleYen: 1_000 });
    const decision = settle(policy, [line(1, 'condolence_money_or_gifts', 2_000_000)], { affectedIndividuals: 1_500 });
    expect(decision.lines[0]).toMatchObject({
      coveredYen: 1_000_000,
      retainedYen: 1_000_000,
      cuts: [{ reason: 'condolence_cap', yen: 500_000 }, { reason: 'deductible', yen: 1_000 }, { reason: 'accident_limit', yen: 499_000 }],
    });
    expect(decision.postings.condolenceAccidentYen).toBe(1_001_000); // covered + borne as deductible
  });
});

describe('settleInvoice: the boundary', () => {
  it.each([
    ['a fractional amount', [line(1, 'call_centre', 0.5)], 'lines[0].amountYen'],
    ['a negative amount', [line(1, 'call_centre', -1)], 'lines[0].amountYen'],
    ['an unsafe amount', [line(1, 'call_centre', 2 ** 53)], 'lines[0].amountYen'],
    ['an unknown category', [line(1, 'pizza' as never, 1)], 'lines[0].category'],
    ['a repeated line number', [line(1, 'call_centre', 1), line(1, 'consulting', 1)], 'lines[1].lineNo'],
  ])('refuses %s, naming the field', (_, lines, field) => {
    expect(() => settle(terms(), lines)).toThrow(expect.objectContaining({ issues: [expect.objectContaining({ field })] }));
  });

  it('refuses stored terms of an unknown product rather than guessing its categories', () => {
    expect(() => settle({ ...terms(), product: 'cyber-max' } as never, [])).toThrow(/terms.product/);
  });

  it('refuses bad usage, dates and counts', () => {
    const attempt = () => settle(terms(), [], { incidentDate: '2026-02-30', affectedIndividuals: -1 }, { ...ZERO_USAGE, expensePeriodYen: 1.5 });
    expect(attempt).toThrow(CoverageInputError);
    expect(attempt).toThrow(/caseFacts.incidentDate.*caseFacts.affectedIndividuals.*usage.expensePeriodYen/);
  });
});
