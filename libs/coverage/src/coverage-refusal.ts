/**
 * Whether the policy responds to a case at all: the one home of the rules that settlement applies to every line,
 * and that confirming coverage and issuing an order apply before any partner works (issue 6 point 1). Each rule
 * names its seed passage, and its message quotes the condition, so a refusal reads the same wherever it appears.
 */
import type { PolicyTerms } from './policy-terms';
import type { CaseFacts, PolicyRefusalCode } from './settlement-types';

export interface PolicyRefusal {
  readonly code: PolicyRefusalCode;
  /** What about the case fails, and the seed's condition. */
  readonly message: string;
}

/** Seed 003 (注): the threat condition is met only by ① 公的機関からの通報 or ② the SOC provider's 通報または報告. */
export const REPORTING_CHANNELS = ['public_authority', 'security_operations_provider'] as const;

/**
 * Checked in this order, so the answer names the most basic failure first:
 * 1. Retroactive date (seed 003 §5(7) 『サイバーＬｉｔｅ』では遡及日以降に発生した事故が対象となります): the accident
 *    must have occurred on or after it. On a renewal it lies before the current period, so an accident that
 *    occurred in an earlier policy year is still covered by the current one.
 * 2. Policy period (§5(6), 保険期間 1年): the accident must be discovered, and reported to the insurer, within the
 *    current period; one discovered earlier belongs to the policy year it was discovered in, one reported after
 *    the period ended is too late for it.
 * 3. Threat of unauthorised access (§5(1) (注)): only when reported by a public authority or the company that runs
 *    the insured's security operations. A threat of a *leak* is not under this condition (§4(2)).
 */
export function policyRefusal(terms: PolicyTerms, facts: CaseFacts): PolicyRefusal | null {
  if (facts.occurredDate < terms.retroactiveDate) {
    return {
      code: 'before_retroactive_date',
      message: `the accident occurred on ${facts.occurredDate}, before the retroactive date ${terms.retroactiveDate}; the policy covers only accidents that occur on or after it (遡及日以降に発生した事故, seed 003 §5(7))`,
    };
  }
  const outside = (date: string) => date < terms.periodStart || date > terms.periodEnd;
  if (outside(facts.discoveredDate) || outside(facts.reportedDate)) {
    const what = outside(facts.discoveredDate) ? `discovered on ${facts.discoveredDate}` : `reported on ${facts.reportedDate}`;
    return {
      code: 'outside_policy_period',
      message: `the accident was ${what}, outside the policy period ${terms.periodStart} to ${terms.periodEnd}; it must be discovered and reported within the period (保険期間, seed 003 §5(6))`,
    };
  }
  if (facts.eventKind === 'threat_of_unauthorised_access' && !(REPORTING_CHANNELS as readonly string[]).includes(facts.discoveryChannel)) {
    return {
      code: 'threat_not_reported_by_authority',
      message: `a threat of unauthorised access found by ${facts.discoveryChannel} is not covered: seed 003 (注) pays only where it was found by ①公的機関からの通報 or ②セキュリティ運用管理を委託している会社等からの通報または報告`,
    };
  }
  return null;
}
