/**
 * Generated from contracts/http/core/limit-usage.v2.schema.json by `npm run contracts:types`.
 * Do not edit: change the contract (a published one only by adding a new version beside it) and regenerate.
 */

import type { PolicyNumberV1 } from "../../common/definitions.v1";

/**
 * Used and remaining room per limit (core API v3): a case sees its accident's limits and the period's; a policy, the period's. Condolence recipients are counted against the declared victims.
 */
export interface LimitUsageViewV2 {
  /**
   * case or policy.
   */
  scope: "case" | "policy";
  policyNumber: PolicyNumberV1;
  /**
   * The case, for scope case; null for scope policy.
   */
  caseId: string | null;
  /**
   * Each limit.
   */
  limits: {
    /**
     * Which limit: accident_expense, period_expense, period_liability, accident_deductible (yen); accident_condolence_individuals, accident_condolence_corporations (recipients, capped at the case's declared victims).
     */
    limit:
      | "accident_expense"
      | "period_expense"
      | "period_liability"
      | "accident_deductible"
      | "accident_condolence_individuals"
      | "accident_condolence_corporations";
    /**
     * yen or recipients.
     */
    unit: "yen" | "recipients";
    /**
     * The limit (yen, or declared victims).
     */
    cap: number;
    /**
     * Used so far.
     */
    used: number;
    /**
     * cap − used.
     */
    remaining: number;
  }[];
}
