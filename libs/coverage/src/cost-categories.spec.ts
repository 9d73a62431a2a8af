import { COST_CATEGORIES, coveredCategories, definePolicyTerms, isCostCategory, type CostCategory, type PolicyTermsInput } from './index';

const termsOf = (input: Partial<PolicyTermsInput>) => {
  const base = { periodStart: '2026-04-01', periodEnd: '2027-04-01', retroactiveDate: '2026-04-01' };
  const result = definePolicyTerms({ ...base, ...input } as PolicyTermsInput);
  if (!result.ok) throw new Error(JSON.stringify(result.issues));
  return result.terms;
};
const sorted = (set: ReadonlySet<CostCategory>) => [...set].sort();

const standard = coveredCategories(termsOf({ product: 'chamber-of-commerce', chamberSet: 'A', variant: 'standard' }));
const premium = coveredCategories(termsOf({ product: 'chamber-of-commerce', chamberSet: 'A', variant: 'premium' }));
const lite = coveredCategories(termsOf({ product: 'cyber-lite', liabilityLimitYen: 10_000_000 }));
const pmark = coveredCategories(termsOf({ product: 'privacy-mark', periodEnd: '2028-04-01', liabilityLimitYen: 10_000_000 }));

describe('cost categories', () => {
  it('are snake_case and recognised', () => {
    for (const category of COST_CATEGORIES) expect(category).toMatch(/^[a-z]+(_[a-z]+)*$/);
    expect(isCostCategory('call_centre')).toBe(true);
    expect(isCostCategory('callCentre')).toBe(false);
  });

  it('Chamber standard: the six costs of seed 002 (事故対応費用 read as letters, call centre, staff)', () => {
    expect(sorted(standard)).toEqual([
      'apology_letters', 'call_centre', 'cause_and_scope_investigation', 'condolence_money_or_gifts', 'consulting',
      'lawyer_consultation', 'public_notice_and_press', 'staff_overtime_and_temporary_hires',
    ]);
  });

  it('Chamber premium adds exactly the six costs seed 002 lists as 追加で対象となる費用', () => {
    expect(sorted(premium).filter((category) => !standard.has(category))).toEqual([
      'credit_monitoring', 'damage_spread_prevention', 'recurrence_prevention', 'regulatory_investigation_response',
      'system_data_website_recovery', 'threat_investigation',
    ]);
    expect(premium.has('network_isolation')).toBe(false);
  });

  it('サイバーLite: seed 003 §5 イ ① and ②, without credit monitoring or public-investigation response', () => {
    expect(COST_CATEGORIES.filter((category) => !lite.has(category))).toEqual(['credit_monitoring', 'regulatory_investigation_response']);
    expect(lite.has('threat_investigation') && lite.has('network_isolation')).toBe(true);
  });

  it('privacy-mark: the full サイバー保険 (seeds 004 and 001) covers every category', () => {
    expect(sorted(pmark)).toEqual([...COST_CATEGORIES].sort());
  });

  it('hands out a copy: a caller cannot change the table', () => {
    (lite as Set<CostCategory>).delete('call_centre');
    expect(coveredCategories(termsOf({ product: 'cyber-lite', liabilityLimitYen: 10_000_000 })).has('call_centre')).toBe(true);
  });
});
