/**
 * Generated from contracts/http/core/coverage-decision.v2.schema.json by `npm run contracts:types`.
 * Do not edit: change the contract (a published one only by adding a new version beside it) and regenerate.
 */

/**
 * Body of POST /cases/{caseId}/coverage-decision (core API v6): the insurer's decision whether the policy pays for the incident, recorded by a claims handler. The service is available only where it does. A case is decided once. Breaking change from v1: decidedBy is gone; the actor is the signed-in person of the access token.
 */
export interface CoverageDecisionRequestV2 {
  /**
   * confirmed: the policy pays, orders may be issued; denied: it does not.
   */
  decision: "confirmed" | "denied";
  /**
   * Why; required when the decision is denied (e.g. an exclusion that applies).
   */
  reason?: string;
}
