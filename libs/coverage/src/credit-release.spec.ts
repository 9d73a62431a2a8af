import {
  applyPostings, CoverageInputError, definePolicyTerms, releaseCredit, settleInvoice, ZERO_USAGE,
  type CaseFacts, type InvoiceLine, type LimitUsage, type PolicyTermsInput,
} from './index';

const result = definePolicyTerms({
  product: 'cyber-lite',
  periodStart: '2026-04-01',
  periodEnd: '2027-04-01',
  retroactiveDate: '2026-04-01',
  liabilityLimitYen: 10_000_000, // expense ¥1,000,000
  expenseDeductibleYen: 100_000,
} as PolicyTermsInput);
if (!result.ok) throw new Error('bad fixture');
const terms = result.terms;
const caseFacts: CaseFacts = {
  occurredDate: '2026-06-01', discoveredDate: '2026-06-01', reportedDate: '2026-06-01', eventKind: 'leak', discoveryChannel: 'insured', victims: { individuals: 500, corporations: 0 },
};
const settle = (lines: InvoiceLine[], usage: LimitUsage = ZERO_USAGE) => settleInvoice({ terms, caseFacts, usage, lines });

// Line 1: ¥100k deductible, ¥400k covered. Line 2: ¥600k covered, ¥200k cut by the accident limit.
// Line 3: not covered. Line 4: condolence to 700 individuals, 500 of them victims, wholly cut by the limit.
const decision = settle([
  { lineNo: 1, category: 'call_centre', amountYen: 500_000 },
  { lineNo: 2, category: 'public_notice_and_press', amountYen: 800_000 },
  { lineNo: 3, category: 'credit_monitoring', amountYen: 50_000 },
  { lineNo: 4, category: 'condolence_money_or_gifts', amountYen: 700_000, recipients: { kind: 'individual', count: 700 } },
]);

describe('releaseCredit', () => {
  it('starts from the settled fixture the comments describe', () => {
    expect(decision.lines.map((line) => [line.coveredYen, line.cuts.map((cut) => cut.reason)])).toEqual([
      [400_000, ['deductible']],
      [600_000, ['accident_limit']],
      [0, ['category_not_covered']],
      [0, ['condolence_victims_exceeded', 'accident_limit']],
    ]);
  });

  it('takes a credit from the limit-cut yen first: the line ends as if invoiced smaller, nothing released', () => {
    const release = releaseCredit({ decision, credits: [{ lineNo: 2, amountYen: 150_000 }] });
    expect(release).toMatchObject({ creditedYen: 150_000, coveredReleasedYen: 0, postings: ZERO_USAGE });
    expect(release.lines).toEqual([{ lineNo: 2, creditedYen: 150_000, retainedReducedYen: 150_000, coveredReleasedYen: 0, deductibleReleasedYen: 0 }]);
  });

  it('then from the covered yen, released from the expense and liability counters', () => {
    const release = releaseCredit({ decision, credits: [{ lineNo: 2, amountYen: 500_000 }] });
    expect(release.coveredReleasedYen).toBe(300_000);
    expect(release.postings).toEqual({ ...ZERO_USAGE, expenseAccidentYen: -300_000, expensePeriodYen: -300_000, liabilityPeriodYen: -300_000 });
  });

  it('and last from the deductible the line bore', () => {
    const release = releaseCredit({ decision, credits: [{ lineNo: 1, amountYen: 450_000 }] });
    expect(release.lines[0]).toMatchObject({ retainedReducedYen: 0, coveredReleasedYen: 400_000, deductibleReleasedYen: 50_000 });
    expect(release.postings.deductibleAccidentYen).toBe(-50_000);
  });

  it('continues below earlier credit notes on the same line, never releasing a yen twice', () => {
    const earlier = [{ lineNo: 2, amountYen: 150_000 }, { lineNo: 2, amountYen: 100_000 }];
    const release = releaseCredit({ decision, credits: [{ lineNo: 2, amountYen: 550_000 }], alreadyCredited: earlier });
    expect(release.lines[0]).toMatchObject({ retainedReducedYen: 0, coveredReleasedYen: 550_000 });
    expect(() => releaseCredit({ decision, credits: [{ lineNo: 2, amountYen: 550_001 }], alreadyCredited: earlier })).toThrow(CoverageInputError);
  });

  it('releases no yen for lines that were retained whole (a condolence line credited in full gives its recipients back)', () => {
    const release = releaseCredit({ decision, credits: [{ lineNo: 3, amountYen: 50_000 }, { lineNo: 4, amountYen: 700_000 }] });
    expect(release).toMatchObject({ creditedYen: 750_000, coveredReleasedYen: 0, postings: { ...ZERO_USAGE, condolenceIndividuals: -500 } });
  });

  it('crediting the whole invoice puts every counter back, and the freed room goes to the next decision', () => {
    const all = decision.lines.map((line) => ({ lineNo: line.lineNo, amountYen: line.amountYen }));
    const release = releaseCredit({ decision, credits: all });
    expect(applyPostings(decision.usageAfter, release.postings)).toEqual(ZERO_USAGE);
    const next = settle([{ lineNo: 1, category: 'call_centre', amountYen: 300_000 }], ZERO_USAGE);
    expect(next.lines[0]).toMatchObject({ coveredYen: 200_000, cuts: [{ reason: 'deductible', yen: 100_000 }] });
  });

  it('gives a condolence line\'s recipients back only when the line is credited in full', () => {
    const gifts = settle([{ lineNo: 1, category: 'condolence_money_or_gifts', amountYen: 300_000, recipients: { kind: 'individual', count: 300 } }]);
    expect(gifts.postings).toMatchObject({ deductibleAccidentYen: 100_000, condolenceIndividuals: 300 });
    const partial = releaseCredit({ decision: gifts, credits: [{ lineNo: 1, amountYen: 250_000 }] });
    expect(partial.postings).toMatchObject({ expenseAccidentYen: -200_000, deductibleAccidentYen: -50_000, condolenceIndividuals: 0 });
    const rest = releaseCredit({ decision: gifts, credits: [{ lineNo: 1, amountYen: 50_000 }], alreadyCredited: [{ lineNo: 1, amountYen: 250_000 }] });
    expect(rest.postings).toMatchObject({ deductibleAccidentYen: -50_000, condolenceIndividuals: -300 });
  });

  it.each([
    ['an unknown line', [{ lineNo: 9, amountYen: 1 }], 'credits[0].lineNo'],
    ['a fractional amount', [{ lineNo: 1, amountYen: 0.5 }], 'credits[0].amountYen'],
    ['more than the line', [{ lineNo: 1, amountYen: 500_001 }], 'credits'],
    ['a line twice', [{ lineNo: 1, amountYen: 1 }, { lineNo: 1, amountYen: 1 }], 'credits'],
  ])('refuses %s, naming the field', (_, credits, field) => {
    expect(() => releaseCredit({ decision, credits })).toThrow(expect.objectContaining({ issues: [expect.objectContaining({ field })] }));
  });
});
