import type { FieldIssue } from '@hub/http';
import type { RegisterPolicyRequestV1 } from '@hub/contracts';

/**
 * Product rules a policy's terms must meet (domain.md, seeds 002–004). Pure, so the insurer's systems
 * and the tests get the same answer. The full limits library (plans, categories, caps) builds on this.
 */
const YEN_MILLION = 1_000_000;

const PRODUCT_RULES: Record<RegisterPolicyRequestV1['product'], { years: number; maxLiabilityYen: number; maxExpenseYen: number }> = {
  // サイバーLite: liability up to ¥300M, expense sublimit custom up to ¥100M, 1-year period.
  'cyber-lite': { years: 1, maxLiabilityYen: 300 * YEN_MILLION, maxExpenseYen: 100 * YEN_MILLION },
  // Chamber of Commerce plan: sets A–D reach ¥300M / ¥30M; set E is free within the same ceiling.
  'chamber-of-commerce': { years: 1, maxLiabilityYen: 300 * YEN_MILLION, maxExpenseYen: 100 * YEN_MILLION },
  // Privacy-mark package: 2-year period aligned with the P-mark certification.
  'privacy-mark': { years: 2, maxLiabilityYen: 300 * YEN_MILLION, maxExpenseYen: 100 * YEN_MILLION },
};

export function checkPolicyTerms(request: RegisterPolicyRequestV1): FieldIssue[] {
  const rules = PRODUCT_RULES[request.product];
  const issues: FieldIssue[] = [];
  if (request.periodEnd !== addYears(request.periodStart, rules.years)) {
    issues.push({
      field: 'periodEnd',
      reason: `must be ${rules.years} year(s) after periodStart (${addYears(request.periodStart, rules.years)}) for ${request.product}`,
    });
  }
  if (request.retroactiveDate > request.periodStart) {
    issues.push({ field: 'retroactiveDate', reason: 'must not be after periodStart' });
  }
  if (request.liabilityLimitYen > rules.maxLiabilityYen) {
    issues.push({ field: 'liabilityLimitYen', reason: `must not exceed ¥${rules.maxLiabilityYen.toLocaleString('ja-JP')} for ${request.product}` });
  }
  if (request.expenseSublimitYen > rules.maxExpenseYen) {
    issues.push({ field: 'expenseSublimitYen', reason: `must not exceed ¥${rules.maxExpenseYen.toLocaleString('ja-JP')} for ${request.product}` });
  }
  if (request.expenseSublimitYen > request.liabilityLimitYen) {
    issues.push({ field: 'expenseSublimitYen', reason: 'is an inner limit of liability and must not exceed liabilityLimitYen' });
  }
  return issues;
}

/** ISO date plus whole years; 29 Feb rolls to 28 Feb, as policy periods do. */
export function addYears(isoDate: string, years: number): string {
  const [y, m, d] = isoDate.split('-').map(Number);
  const lastDay = new Date(Date.UTC(y + years, m, 0)).getUTCDate();
  return `${String(y + years).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(Math.min(d, lastDay)).padStart(2, '0')}`;
}
