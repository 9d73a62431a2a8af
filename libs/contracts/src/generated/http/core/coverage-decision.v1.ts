/**
 * Generated from contracts/http/core/coverage-decision.v1.schema.json by `npm run contracts:types`.
 * Do not edit: change the contract (a published one only by adding a new version beside it) and regenerate.
 */

/**
 * Body of POST /cases/{caseId}/coverage-decision: the insurer's decision whether the policy pays for the incident. The service is available only where it does. A case is decided once.
 */
export interface CoverageDecisionRequestV1 {
  /**
   * confirmed: the policy pays, orders may be issued; denied: it does not.
   */
  decision: "confirmed" | "denied";
  /**
   * Who decided (the insurer's adjuster).
   */
  decidedBy: string;
  /**
   * Why; required when the decision is denied (e.g. an exclusion that applies).
   */
  reason?: string;
}
