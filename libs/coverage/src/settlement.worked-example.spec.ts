/**
 * Seed 002's worked example: a leak of 100,000 personal records, ¥173.7M of damage of which ¥114.7M are expenses
 * (費用損害), settled under Chamber of Commerce set D (¥300M liability / ¥30M expense), premium variant.
 */
import { coveredCategories, definePolicyTerms, settleInvoice, ZERO_USAGE, type ChamberTerms, type InvoiceLine } from './index';

const defined = definePolicyTerms({
  product: 'chamber-of-commerce',
  chamberSet: 'D',
  variant: 'premium',
  periodStart: '2026-04-01',
  periodEnd: '2027-04-01',
  retroactiveDate: '2026-04-01',
});
if (!defined.ok || defined.terms.product !== 'chamber-of-commerce') throw new Error(JSON.stringify(defined));
const setD: ChamberTerms = defined.terms;

// The seed's table, in its order (万円 → yen); each category as the seed's heading names the cost.
const lines: InvoiceLine[] = [
  { lineNo: 1, category: 'apology_letters', amountYen: 12_000_000 }, // 詫び状発送 1,200万円
  { lineNo: 2, category: 'public_notice_and_press', amountYen: 1_000_000 }, // お詫び掲載 100万円
  { lineNo: 3, category: 'public_notice_and_press', amountYen: 18_000_000 }, // 新聞社告 1,800万円
  { lineNo: 4, category: 'condolence_money_or_gifts', amountYen: 61_200_000, recipients: { kind: 'individual', count: 100_000 } }, // 見舞金 6,120万円 to 100,000 people
  { lineNo: 5, category: 'call_centre', amountYen: 8_500_000 }, // コールセンター 850万円
  { lineNo: 6, category: 'lawyer_consultation', amountYen: 1_000_000 }, // 法律相談 100万円
  { lineNo: 7, category: 'cause_and_scope_investigation', amountYen: 10_000_000 }, // 原因調査費用 1,000万円
  { lineNo: 8, category: 'system_data_website_recovery', amountYen: 3_000_000 }, // データ復旧 300万円
];

const decision = settleInvoice({
  terms: setD,
  caseFacts: {
    occurredDate: '2026-09-15',
    discoveredDate: '2026-09-15',
    reportedDate: '2026-09-16',
    eventKind: 'leak',
    discoveryChannel: 'insured',
    victims: { individuals: 100_000, corporations: 0 },
  },
  usage: ZERO_USAGE,
  lines,
});

describe('seed 002 worked example: 100,000-record leak under set D, premium', () => {
  it('adds up to the seed: ¥114.7M of expenses', () => {
    expect(decision.totals.invoiceYen).toBe(114_700_000);
  });

  it('covers every line category under set D premium (データ復旧 only because premium adds 情報システム等復旧費用)', () => {
    const covered = coveredCategories(setD);
    for (const line of lines) expect(covered.has(line.category)).toBe(true);
    expect(coveredCategories({ ...setD, variant: 'standard' }).has('system_data_website_recovery')).toBe(false);
  });

  it('does not cap the condolence line: 100,000 individuals × ¥1,000 = ¥100M > ¥61.2M', () => {
    expect(decision.lines[3].cuts.map((cut) => cut.reason)).not.toContain('condolence_cap');
  });

  it('covers exactly the ¥30M expense limit and leaves ¥84.7M with the insured', () => {
    expect(decision.totals).toEqual({
      invoiceYen: 114_700_000,
      coveredYen: 30_000_000,
      retainedYen: 84_700_000,
      retainedByReason: { accident_limit: 84_700_000 },
    });
  });

  it('explains every line: first come first served in line order, the limit running out inside 新聞社告', () => {
    const explained = decision.lines.map(({ lineNo, coveredYen, retainedYen, cuts }) => ({ lineNo, coveredYen, retainedYen, cuts }));
    expect(explained).toEqual([
      { lineNo: 1, coveredYen: 12_000_000, retainedYen: 0, cuts: [] },
      { lineNo: 2, coveredYen: 1_000_000, retainedYen: 0, cuts: [] },
      { lineNo: 3, coveredYen: 17_000_000, retainedYen: 1_000_000, cuts: [{ reason: 'accident_limit', yen: 1_000_000 }] },
      { lineNo: 4, coveredYen: 0, retainedYen: 61_200_000, cuts: [{ reason: 'accident_limit', yen: 61_200_000 }] },
      { lineNo: 5, coveredYen: 0, retainedYen: 8_500_000, cuts: [{ reason: 'accident_limit', yen: 8_500_000 }] },
      { lineNo: 6, coveredYen: 0, retainedYen: 1_000_000, cuts: [{ reason: 'accident_limit', yen: 1_000_000 }] },
      { lineNo: 7, coveredYen: 0, retainedYen: 10_000_000, cuts: [{ reason: 'accident_limit', yen: 10_000_000 }] },
      { lineNo: 8, coveredYen: 0, retainedYen: 3_000_000, cuts: [{ reason: 'accident_limit', yen: 3_000_000 }] },
    ]);
  });

  it('posts ¥30M to the expense and liability counters, and counts the 100,000 recipients against the declared victims', () => {
    expect(decision.postings).toEqual({
      expenseAccidentYen: 30_000_000,
      expensePeriodYen: 30_000_000,
      liabilityPeriodYen: 30_000_000,
      deductibleAccidentYen: 0,
      condolenceIndividuals: 100_000,
      condolenceCorporations: 0,
    });
    expect(decision.usageAfter).toEqual(decision.postings);
  });

  it('leaves ¥270M of liability for the ¥56M damages and ¥3M litigation costs (賠償損害, 争訟費用) the seed puts under liability', () => {
    expect(setD.liabilityLimitYen - decision.usageAfter.liabilityPeriodYen).toBe(270_000_000);
  });
});
