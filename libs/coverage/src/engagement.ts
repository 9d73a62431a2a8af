/**
 * Whether a partner may be engaged on a case at the policy's expense: the same rules settlement applies, asked
 * before the partner works rather than after it invoices (issue 6 point 1). An order is refused when nothing it
 * could produce would be covered — the policy does not respond to the case at all, or none of the cost
 * categories its support function invoices is covered by the plan.
 */
import { coveredCategories, type CostCategory } from './cost-categories';
import { policyRefusal, type PolicyRefusal } from './coverage-refusal';
import type { PolicyTerms } from './policy-terms';
import type { CaseFacts } from './settlement-types';

/**
 * The cost categories each support function's work is invoiced under (seed 000's function table; seed 003 §6):
 * - investigation (LAC, AOS): 事故判定, 原因究明・影響範囲調査, 被害拡大防止アドバイス, evidence preservation, the
 *   threat-only investigation and network isolation, and web-application repair support.
 * - crisis_pr (PRAP Japan, Eltes): 記者会見実施支援, 報道発表資料, 新聞社告, apology letters, PR consulting.
 * - call_centre (Bell System 24): コールセンター立上げ・運用.
 * - trust_recovery (I.S.Rating): certification of recurrence-prevention measures (再発防止策の実施状況について証明書).
 */
export const SUPPORT_FUNCTION_CATEGORIES = {
  investigation: [
    'cause_and_scope_investigation', 'damage_spread_prevention', 'threat_investigation', 'network_isolation', 'system_data_website_recovery', 'consulting',
  ],
  crisis_pr: ['public_notice_and_press', 'apology_letters', 'consulting'],
  call_centre: ['call_centre'],
  trust_recovery: ['recurrence_prevention'],
} as const satisfies Record<string, readonly CostCategory[]>;

export type SupportFunctionName = keyof typeof SUPPORT_FUNCTION_CATEGORIES;

export interface EngagementRefusal {
  readonly code: PolicyRefusal['code'] | 'function_not_covered';
  readonly message: string;
}

/** null when an order for `supportFunction` on this case could produce covered yen. */
export function engagementRefusal(terms: PolicyTerms, facts: CaseFacts, supportFunction?: SupportFunctionName): EngagementRefusal | null {
  const refusal = policyRefusal(terms, facts);
  if (refusal) return refusal;
  if (supportFunction === undefined) return null;
  const covered = coveredCategories(terms);
  const invoiced: readonly CostCategory[] = SUPPORT_FUNCTION_CATEGORIES[supportFunction] ?? [];
  if (invoiced.some((category) => covered.has(category))) return null;
  const plan = terms.product === 'chamber-of-commerce' ? `the Chamber of Commerce ${terms.variant} plan` : terms.product;
  return {
    code: 'function_not_covered',
    message: `${supportFunction} is invoiced as ${invoiced.join(', ')}, none of which ${plan} covers (seed 002 対象となる費用 / seed 003 §5 イ)`,
  };
}
