/**
 * Generated from contracts/http/core/dead-letter-query.v1.schema.json by `npm run contracts:types`.
 * Do not edit: change the contract (a published one only by adding a new version beside it) and regenerate.
 */

import type { PartnerIdV1 } from "../../common/definitions.v1";

/**
 * The query parameters of GET /dead-letters (core API v5), as the strings they arrive as; every one is optional, and a parameter not listed here is refused rather than ignored, so a misspelt filter never widens the answer.
 */
export interface DeadLetterQueryV1 {
  /**
   * Only dead letters in this state.
   */
  state?: "open" | "replayed";
  partnerId?: PartnerIdV1;
  /**
   * Only dead letters read from this topic.
   */
  topic?: string;
  /**
   * Only dead letters of this consumer group.
   */
  consumerGroup?: string;
  /**
   * Only dead letters that failed at or after this instant.
   */
  since?: string;
  /**
   * Page size, a whole number from 1 to 200; 50 when absent.
   */
  limit?: string;
  /**
   * The nextCursor of the previous page.
   */
  cursor?: string;
}
