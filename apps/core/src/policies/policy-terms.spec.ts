import type { RegisterPolicyRequestV1 } from '@hub/contracts';
import { addYears, checkPolicyTerms } from './policy-terms';

const lite: RegisterPolicyRequestV1 = {
  policyNumber: 'CL-2026-0001',
  product: 'cyber-lite',
  insured: { name: '株式会社サンプル' },
  periodStart: '2026-04-01',
  periodEnd: '2027-04-01',
  retroactiveDate: '2026-04-01',
  liabilityLimitYen: 100_000_000,
  expenseSublimitYen: 10_000_000,
};

describe('policy terms', () => {
  it('accepts the demo サイバーLite policy', () => {
    expect(checkPolicyTerms(lite)).toEqual([]);
  });

  it('refuses an expense sublimit above liability, naming the field', () => {
    const issues = checkPolicyTerms({ ...lite, liabilityLimitYen: 10_000_000, expenseSublimitYen: 20_000_000 });
    expect(issues).toContainEqual(expect.objectContaining({ field: 'expenseSublimitYen', reason: expect.stringContaining('inner limit') }));
  });

  it('refuses a サイバーLite liability above ¥300M', () => {
    expect(checkPolicyTerms({ ...lite, liabilityLimitYen: 300_000_001 })).toContainEqual(
      expect.objectContaining({ field: 'liabilityLimitYen' }),
    );
  });

  it('wants two years for the privacy-mark package', () => {
    expect(checkPolicyTerms({ ...lite, product: 'privacy-mark' })[0]).toEqual({
      field: 'periodEnd',
      reason: 'must be 2 year(s) after periodStart (2028-04-01) for privacy-mark',
    });
    expect(checkPolicyTerms({ ...lite, product: 'privacy-mark', periodEnd: '2028-04-01' })).toEqual([]);
  });

  it('refuses a retroactive date after the period starts', () => {
    expect(checkPolicyTerms({ ...lite, retroactiveDate: '2026-05-01' })).toEqual([
      { field: 'retroactiveDate', reason: 'must not be after periodStart' },
    ]);
  });

  it('adds years across a leap day', () => {
    expect(addYears('2028-02-29', 1)).toBe('2029-02-28');
    expect(addYears('2026-12-31', 2)).toBe('2028-12-31');
  });
});
