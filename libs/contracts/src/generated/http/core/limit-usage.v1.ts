/**
 * Generated from contracts/http/core/limit-usage.v1.schema.json by `npm run contracts:types`.
 * Do not edit: change the contract (a published one only by adding a new version beside it) and regenerate.
 */

import type { PolicyNumberV1 } from "../../common/definitions.v1";

/**
 * Body of GET /cases/{caseId}/limit-usage and GET /policies/{policyNumber}/limit-usage: each limit with what is used and what remains, from the ledger.
 */
export interface LimitUsageViewV1 {
  /**
   * case: the limits as one accident (case) sees them; policy: the policy period's aggregate limits.
   */
  scope: "case" | "policy";
  policyNumber: PolicyNumberV1;
  /**
   * The case, for scope case; null for scope policy.
   */
  caseId: string | null;
  /**
   * One entry per limit.
   */
  limits: {
    /**
     * accident_expense: the expense sublimit per accident; period_expense: the expense sublimit in aggregate for the period; period_liability: the liability limit for the period (every expense yen and every liability payment use it); accident_deductible: the per-accident deductible, used as the insured bears it; accident_condolence: the accident's cap on condolence money or gifts (per affected individual and corporation).
     */
    limit: "accident_expense" | "period_expense" | "period_liability" | "accident_deductible" | "accident_condolence";
    /**
     * The limit, integer yen.
     */
    limitYen: number;
    /**
     * Used so far, integer yen (for accident_deductible: borne by the insured so far).
     */
    usedYen: number;
    /**
     * What is left, integer yen.
     */
    remainingYen: number;
  }[];
}
