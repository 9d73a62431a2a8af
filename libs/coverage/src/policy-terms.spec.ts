import { definePolicyTerms, type PolicyTermsInput } from './index';

const lite: PolicyTermsInput = {
  product: 'cyber-lite',
  periodStart: '2026-04-01',
  periodEnd: '2027-04-01',
  retroactiveDate: '2026-04-01',
  liabilityLimitYen: 100_000_000,
};
const chamber = (input: Partial<PolicyTermsInput>): PolicyTermsInput =>
  ({ ...lite, product: 'chamber-of-commerce', liabilityLimitYen: undefined, chamberSet: 'C', variant: 'standard', ...input }) as PolicyTermsInput;

/** The fields named by the issues, or [] when the terms were accepted. */
const fieldsOf = (input: PolicyTermsInput) => {
  const result = definePolicyTerms(input);
  return result.ok ? [] : result.issues.map((issue) => issue.field);
};
const termsOf = (input: PolicyTermsInput) => {
  const result = definePolicyTerms(input);
  if (!result.ok) throw new Error(JSON.stringify(result.issues));
  return result.terms;
};

describe('definePolicyTerms: サイバーLite', () => {
  it('accepts each standard liability option and defaults the expense sublimit to 10% of it', () => {
    for (const liability of [10_000_000, 30_000_000, 50_000_000, 100_000_000, 300_000_000]) {
      expect(termsOf({ ...lite, liabilityLimitYen: liability }).expenseSublimitYen).toBe(liability / 10);
    }
  });

  it('fills in the defaults: no deductible, condolence caps ¥1,000 / ¥50,000', () => {
    expect(termsOf(lite)).toEqual({
      ...lite,
      firstInceptionDate: '2026-04-01',
      expenseSublimitYen: 10_000_000,
      expenseDeductibleYen: 0,
      condolenceCaps: { perIndividualYen: 1_000, perCorporationYen: 50_000 },
    });
  });

  it('accepts a custom liability up to ¥300M, the 10% default rounded down', () => {
    expect(termsOf({ ...lite, liabilityLimitYen: 12_345_679 }).expenseSublimitYen).toBe(1_234_567);
    expect(fieldsOf({ ...lite, liabilityLimitYen: 300_000_001 })).toEqual(['liabilityLimitYen']);
  });

  it('accepts a custom expense sublimit up to ¥100M, never above liability', () => {
    expect(termsOf({ ...lite, liabilityLimitYen: 300_000_000, expenseSublimitYen: 100_000_000 }).expenseSublimitYen).toBe(100_000_000);
    expect(fieldsOf({ ...lite, liabilityLimitYen: 300_000_000, expenseSublimitYen: 100_000_001 })).toEqual(['expenseSublimitYen']);
    expect(fieldsOf({ ...lite, liabilityLimitYen: 10_000_000, expenseSublimitYen: 20_000_000 })).toEqual(['expenseSublimitYen']);
  });

  it.each([
    ['liability missing', { liabilityLimitYen: undefined }, ['liabilityLimitYen']],
    ['liability 0', { liabilityLimitYen: 0 }, ['liabilityLimitYen']],
    ['liability in fractional yen', { liabilityLimitYen: 10_000_000.5 }, ['liabilityLimitYen']],
    ['a negative deductible', { expenseDeductibleYen: -1 }, ['expenseDeductibleYen']],
    ['a fractional condolence cap', { condolenceCaps: { perIndividualYen: 0.1 } }, ['condolenceCaps.perIndividualYen']],
    ['a negative corporate cap', { condolenceCaps: { perCorporationYen: -5 } }, ['condolenceCaps.perCorporationYen']],
    ['a Chamber set', { chamberSet: 'A' }, ['chamberSet']],
    ['a Chamber variant', { variant: 'premium' }, ['variant']],
    ['a two-year period', { periodEnd: '2028-04-01' }, ['periodEnd']],
    ['a retroactive date after the start', { retroactiveDate: '2026-04-02' }, ['retroactiveDate']],
    ['a date that does not exist', { periodStart: '2026-02-30' }, ['periodStart']],
    ['an unknown product', { product: 'cyber-max' }, ['product']],
  ])('refuses %s, naming the field', (_, change, fields) => {
    expect(fieldsOf({ ...lite, ...change } as PolicyTermsInput)).toEqual(fields);
  });

  it('reports every violation at once', () => {
    expect(fieldsOf({ ...lite, periodEnd: '2027-03-31', retroactiveDate: '2027-01-01', liabilityLimitYen: 400_000_000, expenseDeductibleYen: -1 }))
      .toEqual(['periodEnd', 'retroactiveDate', 'liabilityLimitYen', 'expenseDeductibleYen']);
  });

  it('takes a configured deductible and overridden caps', () => {
    expect(termsOf({ ...lite, expenseDeductibleYen: 300_000, condolenceCaps: { perIndividualYen: 500 } })).toMatchObject({
      expenseDeductibleYen: 300_000,
      condolenceCaps: { perIndividualYen: 500, perCorporationYen: 50_000 },
    });
  });

  it('models a renewal: the first year\'s inception, the current period, and a retroactive date defaulting to the inception', () => {
    const renewal = termsOf({ ...lite, retroactiveDate: undefined, firstInceptionDate: '2023-04-01' });
    expect(renewal).toMatchObject({ firstInceptionDate: '2023-04-01', periodStart: '2026-04-01', retroactiveDate: '2023-04-01' });
    // An earlier サイバー保険 with the insurer moves the retroactive date earlier still (seed 003 §5(7) いずれか早い日).
    expect(termsOf({ ...lite, firstInceptionDate: '2023-04-01', retroactiveDate: '2021-10-01' }).retroactiveDate).toBe('2021-10-01');
    expect(termsOf({ ...lite, retroactiveDate: undefined }).retroactiveDate).toBe('2026-04-01');
    expect(fieldsOf({ ...lite, firstInceptionDate: '2026-04-02' })).toEqual(['firstInceptionDate']);
    expect(fieldsOf({ ...lite, firstInceptionDate: '2023-04-01', retroactiveDate: '2023-04-02' })).toEqual(['retroactiveDate']);
  });

  it('rolls a 29 February start to 28 February', () => {
    expect(fieldsOf({ ...lite, periodStart: '2028-02-29', periodEnd: '2029-02-28', retroactiveDate: '2028-02-29' })).toEqual([]);
  });
});

describe('definePolicyTerms: Chamber of Commerce', () => {
  it.each([
    ['A', 10_000_000, 1_000_000],
    ['B', 50_000_000, 5_000_000],
    ['C', 100_000_000, 10_000_000],
    ['D', 300_000_000, 30_000_000],
  ] as const)('fixes set %s at ¥%i liability / ¥%i expense', (chamberSet, liabilityLimitYen, expenseSublimitYen) => {
    expect(termsOf(chamber({ chamberSet, variant: 'premium' }))).toMatchObject({ chamberSet, variant: 'premium', liabilityLimitYen, expenseSublimitYen });
    expect(fieldsOf(chamber({ chamberSet, liabilityLimitYen, expenseSublimitYen }))).toEqual([]);
  });

  it('refuses a deductible: the plan has none (seed 002, 免責金額 なし), while 0 or none is accepted', () => {
    expect(fieldsOf(chamber({ expenseDeductibleYen: 100_000 }))).toEqual(['expenseDeductibleYen']);
    expect(fieldsOf(chamber({ chamberSet: 'E', liabilityLimitYen: 20_000_000, expenseSublimitYen: 2_000_000, expenseDeductibleYen: 1 }))).toEqual(['expenseDeductibleYen']);
    expect(fieldsOf(chamber({ expenseDeductibleYen: 0 }))).toEqual([]);
  });

  it('refuses figures that contradict the set', () => {
    expect(fieldsOf(chamber({ chamberSet: 'B', liabilityLimitYen: 60_000_000, expenseSublimitYen: 6_000_000 }))).toEqual(['liabilityLimitYen', 'expenseSublimitYen']);
  });

  it('takes set E limits from the policy, expense inside liability, both required', () => {
    expect(termsOf(chamber({ chamberSet: 'E', liabilityLimitYen: 70_000_000, expenseSublimitYen: 7_000_000 }))).toMatchObject({
      liabilityLimitYen: 70_000_000,
      expenseSublimitYen: 7_000_000,
    });
    expect(fieldsOf(chamber({ chamberSet: 'E', liabilityLimitYen: 70_000_000 }))).toEqual(['expenseSublimitYen']);
    expect(fieldsOf(chamber({ chamberSet: 'E', liabilityLimitYen: 5_000_000, expenseSublimitYen: 7_000_000 }))).toEqual(['expenseSublimitYen']);
  });

  it('wants a known set and variant, and a one-year period', () => {
    expect(fieldsOf(chamber({ chamberSet: 'F' as never }))).toEqual(['chamberSet']);
    expect(fieldsOf(chamber({ variant: 'gold' as never }))).toEqual(['variant']);
    expect(fieldsOf(chamber({ periodEnd: '2028-04-01' }))).toEqual(['periodEnd']);
  });
});

describe('definePolicyTerms: privacy-mark package', () => {
  const pmark: PolicyTermsInput = { ...lite, product: 'privacy-mark', periodEnd: '2028-04-01' };

  it('runs two years, aligned with the P-mark certification (seed 004)', () => {
    expect(termsOf(pmark)).toMatchObject({ product: 'privacy-mark', periodEnd: '2028-04-01', expenseSublimitYen: 10_000_000 });
    expect(fieldsOf({ ...pmark, periodEnd: '2027-04-01' })).toEqual(['periodEnd']);
  });

  it('uses the サイバーLite limit rules', () => {
    expect(fieldsOf({ ...pmark, liabilityLimitYen: 300_000_001, expenseSublimitYen: 100_000_001 })).toEqual(['liabilityLimitYen', 'expenseSublimitYen']);
  });
});
