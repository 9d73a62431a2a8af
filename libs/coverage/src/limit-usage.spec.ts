import { addYears, applyPostings, CoverageInputError, formatYen, isIsoDate, negatePostings, ZERO_USAGE } from './index';

describe('limit counters', () => {
  const used = { ...ZERO_USAGE, expenseAccidentYen: 500, expensePeriodYen: 500, liabilityPeriodYen: 800 };

  it('adds postings counter by counter, and a negated posting undoes it', () => {
    const postings = { ...ZERO_USAGE, expenseAccidentYen: 100, expensePeriodYen: 100, liabilityPeriodYen: 100 };
    const after = applyPostings(used, postings);
    expect(after).toEqual({ ...used, expenseAccidentYen: 600, expensePeriodYen: 600, liabilityPeriodYen: 900 });
    expect(applyPostings(after, negatePostings(postings))).toEqual(used);
    expect(negatePostings(ZERO_USAGE)).toEqual(ZERO_USAGE); // no -0 to trip deep equality
  });

  it('refuses postings that would take a counter below zero or out of safe integers, naming it', () => {
    expect(() => applyPostings(used, { ...ZERO_USAGE, deductibleAccidentYen: -1 })).toThrow(CoverageInputError);
    expect(() => applyPostings(used, { ...ZERO_USAGE, liabilityPeriodYen: Number.MAX_SAFE_INTEGER })).toThrow(/liabilityPeriodYen/);
  });
});

describe('dates and yen', () => {
  it('accepts only real YYYY-MM-DD calendar dates', () => {
    expect(['2028-02-29', '2026-12-31'].every(isIsoDate)).toBe(true);
    expect(['2027-02-29', '2026-04-31', '2026-4-1', '2026-04-01T00:00:00+09:00', 20260401].some(isIsoDate)).toBe(false);
  });

  it('adds whole years, rolling 29 February back to the 28th', () => {
    expect(addYears('2026-04-01', 2)).toBe('2028-04-01');
    expect(addYears('2028-02-29', 1)).toBe('2029-02-28');
    expect(addYears('2028-02-29', 4)).toBe('2032-02-29');
  });

  it('formats yen without the host locale', () => {
    expect(formatYen(300_000_000)).toBe('¥300,000,000');
    expect(formatYen(999)).toBe('¥999');
  });
});
