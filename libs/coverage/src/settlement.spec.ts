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

const facts: CaseFacts = {
  occurredDate: '2026-06-01', discoveredDate: '2026-06-01', reportedDate: '2026-06-02', eventKind: 'leak', discoveryChannel: 'insured', victims: { individuals: 0, corporations: 0 },
};
const line = (lineNo: number, category: InvoiceLine['category'], amountYen: number, recipients?: InvoiceLine['recipients']): InvoiceLine => ({
  lineNo, category, amountYen, ...(recipients ? { recipients } : {}),
});
const settle = (policy: PolicyTerms, lines: InvoiceLine[], caseFacts: Partial<CaseFacts> = {}, usage: LimitUsage = ZERO_USAGE) =>
  settleInvoice({ terms: policy, caseFacts: { ...facts, ...caseFacts }, usage, lines });
const dated = (occurredDate: string, discoveredDate = occurredDate, reportedDate = discoveredDate) => ({ occurredDate, discoveredDate, reportedDate });

describe('settleInvoice: whether the policy responds', () => {
  const lines = [line(1, 'call_centre', 300_000), line(2, 'apology_letters', 0)];

  it.each([
    ['discovered the day before the period', dated('2026-03-31')],
    ['discovered the day after the period', dated('2026-06-01', '2027-04-02')],
    ['discovered in the period but reported after it', dated('2027-03-30', '2027-03-31', '2027-04-02')],
  ])('retains everything for an accident %s (outside_policy_period)', (_, dates) => {
    const decision = settle(terms(), lines, dates);
    expect(decision.refusal).toBe('outside_policy_period');
    expect(decision.lines[0]).toMatchObject({ coveredYen: 0, retainedYen: 300_000, cuts: [{ reason: 'outside_policy_period', yen: 300_000 }] });
    expect(decision.lines[1].cuts).toEqual([]); // a ¥0 line: nothing was cut
    expect(decision.postings).toEqual(ZERO_USAGE);
  });

  it('covers accidents discovered and reported on the first and the last day of the period', () => {
    for (const day of ['2026-04-01', '2027-04-01']) expect(settle(terms(), lines, dated(day)).totals.coveredYen).toBe(300_000);
  });

  it('retains everything when the accident occurred before the retroactive date (before_retroactive_date)', () => {
    const decision = settle(terms(), lines, dated('2025-03-31', '2026-06-01'));
    expect(decision.refusal).toBe('before_retroactive_date');
    expect(decision.totals.retainedByReason).toEqual({ before_retroactive_date: 300_000 });
    expect(settle(terms(), lines, dated('2025-04-01', '2026-06-01')).refusal).toBeNull();
  });

  // Seed 003 §5(7): 遡及日以降に発生した事故が対象 / 遡及日は…初年度保険始期日. A policy first written on 2024-04-01 and
  // renewed twice: the current period is 2026-04-01 to 2027-04-01 and the retroactive date stays 2024-04-01.
  it('worked example: a renewal covers an accident of an earlier policy year discovered in the current one', () => {
    const renewal = terms({ firstInceptionDate: '2024-04-01', retroactiveDate: undefined });
    expect(renewal.retroactiveDate).toBe('2024-04-01');
    // Unauthorised access began in the first policy year; the insured learned of it (and reported it) this year.
    expect(settle(renewal, lines, dated('2024-10-15', '2026-11-20')).totals.coveredYen).toBe(300_000);
    // The same accident discovered last year belongs to last year's policy, not this one.
    expect(settle(renewal, lines, dated('2024-10-15', '2026-03-20', '2026-03-21')).refusal).toBe('outside_policy_period');
    // An accident that began before the first year's inception is before the retroactive date.
    expect(settle(renewal, lines, dated('2024-03-31', '2026-11-20')).refusal).toBe('before_retroactive_date');
    // A first-year policy (no earlier inception): the retroactive date is the period start.
    const firstYear = terms({ retroactiveDate: undefined });
    expect(settle(firstYear, lines, dated('2026-03-31', '2026-11-20')).refusal).toBe('before_retroactive_date');
  });
});

describe('settleInvoice: which lines are eligible', () => {
  it('retains a category the plan does not cover (Chamber standard: no data recovery)', () => {
    const standard = terms({ product: 'chamber-of-commerce', chamberSet: 'A', variant: 'standard', liabilityLimitYen: undefined });
    const decision = settle(standard, [line(1, 'system_data_website_recovery', 200_000), line(2, 'lawyer_consultation', 100_000)]);
    expect(decision.lines[0].cuts).toEqual([{ reason: 'category_not_covered', yen: 200_000 }]);
    expect(decision.lines[1].coveredYen).toBe(100_000);
  });

  const threatLines = [line(1, 'threat_investigation', 400_000), line(2, 'network_isolation', 100_000), line(3, 'lawyer_consultation', 100_000)];

  it.each(['insured', 'other'] as const)('retains every line of a threat of unauthorised access found by %s, whatever its label', (discoveryChannel) => {
    const decision = settle(terms(), threatLines, { eventKind: 'threat_of_unauthorised_access', discoveryChannel });
    expect(decision.refusal).toBe('threat_not_reported_by_authority');
    expect(decision.totals).toMatchObject({ coveredYen: 0, retainedByReason: { threat_not_reported_by_authority: 600_000 } });
  });

  it.each(['public_authority', 'security_operations_provider'] as const)('covers a threat of unauthorised access reported by %s', (discoveryChannel) => {
    expect(settle(terms(), threatLines, { eventKind: 'threat_of_unauthorised_access', discoveryChannel }).totals.coveredYen).toBe(600_000);
  });

  it.each(['leak', 'unauthorised_access', 'threat_of_leak'] as const)('does not hold a %s case to the reporting condition, even for threat-labelled lines', (eventKind) => {
    expect(settle(terms(), threatLines, { eventKind, discoveryChannel: 'insured' }).totals.coveredYen).toBe(600_000);
  });

  it('retains every line of an order the insured agreed to pay itself, and touches no limit', () => {
    const decision = settleInvoice({ terms: terms(), caseFacts: facts, usage: ZERO_USAGE, lines: threatLines, insured: false });
    expect(decision.refusal).toBe('insured_bears_cost');
    expect(decision.totals).toMatchObject({ coveredYen: 0, retainedByReason: { insured_bears_cost: 600_000 } });
    expect(decision.postings).toEqual(ZERO_USAGE);
  });
});

describe('settleInvoice: caps, deductible and limits', () => {
  // Seed 002 特長3: 1法人につき5万円, 1名につき1,000円を限度. Tax-inclusive yen per recipient, never pooled across kinds.
  it('worked example: condolence gifts to mixed recipients above and below the caps', () => {
    const policy = terms({ liabilityLimitYen: 300_000_000 }); // expense ¥30M
    const victims = { victims: { individuals: 1_000, corporations: 3 } };
    const decision = settle(policy, [
      line(1, 'condolence_money_or_gifts', 550_000, { kind: 'individual', count: 500 }), // ¥1,100 each (¥1,000 + 10% tax): ¥100 over the cap
      line(2, 'condolence_money_or_gifts', 324_000, { kind: 'individual', count: 400 }), // ¥810 each (8% food): under the cap
      line(3, 'condolence_money_or_gifts', 100_000, { kind: 'corporation', count: 2 }), // ¥50,000 each (不課税 money): exactly the cap
      line(4, 'condolence_money_or_gifts', 30_000, { kind: 'corporation', count: 1 }), // under its cap, whose room never pays individuals
    ], victims);
    expect(decision.lines.map((l) => [l.coveredYen, l.cuts])).toEqual([
      [500_000, [{ reason: 'condolence_cap', yen: 50_000 }]],
      [324_000, []],
      [100_000, []],
      [30_000, []],
    ]);
    expect(decision.postings).toMatchObject({ condolenceIndividuals: 900, condolenceCorporations: 3 });
    // A later invoice for 200 more individuals: only 100 declared victims are left, and the corporations are all counted.
    const later = settle(policy, [
      line(1, 'condolence_money_or_gifts', 200_000, { kind: 'individual', count: 200 }),
      line(2, 'condolence_money_or_gifts', 50_000, { kind: 'corporation', count: 1 }),
    ], victims, decision.usageAfter);
    expect(later.lines.map((l) => [l.coveredYen, l.cuts])).toEqual([
      [100_000, [{ reason: 'condolence_victims_exceeded', yen: 100_000 }]],
      [0, [{ reason: 'condolence_victims_exceeded', yen: 50_000 }]],
    ]);
    expect(later.usageAfter).toMatchObject({ condolenceIndividuals: 1_000, condolenceCorporations: 3 });
  });

  it('honours a policy that overrides the caps, per recipient', () => {
    const policy = terms({ condolenceCaps: { perIndividualYen: 500, perCorporationYen: 20_000 } });
    const gifts = [line(1, 'condolence_money_or_gifts', 100_000, { kind: 'individual', count: 10 })];
    expect(settle(policy, gifts, { victims: { individuals: 10, corporations: 2 } }).lines[0]).toMatchObject({
      coveredYen: 5_000, // 10 × ¥500: the corporations' ¥40,000 of caps do not pay for individuals
      cuts: [{ reason: 'condolence_cap', yen: 95_000 }],
    });
    // No victims declared: nobody to console.
    expect(settle(policy, gifts).lines[0].cuts).toEqual([{ reason: 'condolence_victims_exceeded', yen: 100_000 }]);
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
    const decision = settle(policy, [line(1, 'condolence_money_or_gifts', 2_000_000, { kind: 'individual', count: 2_000 })], { victims: { individuals: 1_500, corporations: 0 } });
    expect(decision.lines[0]).toMatchObject({
      coveredYen: 1_000_000,
      retainedYen: 1_000_000,
      cuts: [{ reason: 'condolence_victims_exceeded', yen: 500_000 }, { reason: 'deductible', yen: 1_000 }, { reason: 'accident_limit', yen: 499_000 }],
    });
    expect(decision.postings.condolenceIndividuals).toBe(1_500); // recipients counted, up to the declared victims
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
    const attempt = () => settle(terms(), [], { occurredDate: '2026-02-30', victims: { individuals: -1, corporations: 0 } }, { ...ZERO_USAGE, expensePeriodYen: 1.5 });
    expect(attempt).toThrow(CoverageInputError);
    expect(attempt).toThrow(/caseFacts.occurredDate.*caseFacts.victims.individuals.*usage.expensePeriodYen/);
  });

  it('refuses a condolence line without recipients, and recipients on any other line', () => {
    expect(() => settle(terms(), [line(1, 'condolence_money_or_gifts', 1_000)])).toThrow(/lines\[0\]\.recipients\.kind/);
    expect(() => settle(terms(), [line(1, 'call_centre', 1_000, { kind: 'individual', count: 1 })])).toThrow(/lines\[0\]\.recipients/);
  });
});
