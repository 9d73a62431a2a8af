/**
 * Generated from contracts/http/core/amend-victims.v2.schema.json by `npm run contracts:types`.
 * Do not edit: change the contract (a published one only by adding a new version beside it) and regenerate.
 */

/**
 * Body of POST /cases/{caseId}/victims (core API v6): a claims handler corrects the victims a case declares, as the investigation learns how many were affected. Condolence recipients are capped at these counts (seed 002: per victim), so the new figures take effect at once: gifts once cut as beyond the victims are re-decided. A figure may not fall below the recipients already counted. Breaking change from v1: amendedBy is gone; the actor is the signed-in person of the access token.
 */
export interface AmendVictimsRequestV2 {
  /**
   * Declared individual victims, as now known.
   */
  individuals: number;
  /**
   * Declared corporate victims, as now known.
   */
  corporations: number;
  /**
   * Why: e.g. the forensic report's count of affected records.
   */
  reason: string;
}
