/**
 * Generated from contracts/http/core/amend-victims.v1.schema.json by `npm run contracts:types`.
 * Do not edit: change the contract (a published one only by adding a new version beside it) and regenerate.
 */

/**
 * Body of POST /cases/{caseId}/victims (core API v4): the insurer corrects the victims a case declares, as the investigation learns how many were affected. Condolence recipients are capped at these counts (seed 002: per victim), so the new figures take effect at once: gifts once cut as beyond the victims are re-decided. A figure may not fall below the recipients already counted.
 */
export interface AmendVictimsRequestV1 {
  /**
   * Declared individual victims, as now known.
   */
  individuals: number;
  /**
   * Declared corporate victims, as now known.
   */
  corporations: number;
  /**
   * Who amends them, at the insurer.
   */
  amendedBy: string;
  /**
   * Why: e.g. the forensic report's count of affected records.
   */
  reason: string;
}
