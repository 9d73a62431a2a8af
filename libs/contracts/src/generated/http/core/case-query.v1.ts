/**
 * Generated from contracts/http/core/case-query.v1.schema.json by `npm run contracts:types`.
 * Do not edit: change the contract (a published one only by adding a new version beside it) and regenerate.
 */

import type { PartnerIdV1, PolicyNumberV1 } from "../../common/definitions.v1";

/**
 * Query of GET /cases (core API v8): filters and a page of cases, newest reported first. Every value is a string, as a query string sends it; a parameter not listed here, or given twice, is refused rather than ignored, so a misspelt filter never widens the answer.
 */
export interface CaseQueryV1 {
  /**
   * Text anywhere in the insured's name, the policy number or the case id, in any letter case (% and _ are plain characters, not wildcards).
   */
  q?: string;
  policyNumber?: PolicyNumberV1;
  /**
   * Only cases whose coverage decision is in this state.
   */
  coverage?: "pending" | "confirmed" | "denied";
  partnerId?: PartnerIdV1;
  /**
   * Only cases reported at or after this instant.
   */
  from?: string;
  /**
   * Only cases reported before this instant.
   */
  to?: string;
  /**
   * Page size, a whole number from 1 to 200; 50 when absent.
   */
  limit?: string;
  /**
   * The nextCursor of the previous page, with the same filters.
   */
  cursor?: string;
}
