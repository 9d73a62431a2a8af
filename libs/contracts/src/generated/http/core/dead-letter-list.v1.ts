/**
 * Generated from contracts/http/core/dead-letter-list.v1.schema.json by `npm run contracts:types`.
 * Do not edit: change the contract (a published one only by adding a new version beside it) and regenerate.
 */

import type { DeadLetterSummaryV1 } from "../../common/dead-letter-definitions.v1";

/**
 * GET /dead-letters (core API v5): one page of dead letters, oldest first by failedAt then id, without their original messages (GET /dead-letters/{deadLetterId} has them).
 */
export interface DeadLetterListV1 {
  /**
   * The dead letters of this page.
   *
   * @maxItems 200
   */
  deadLetters: DeadLetterSummaryV1[];
  /**
   * Pass as cursor for the next page (with the same filters); null on the last page.
   */
  nextCursor: string | null;
}
