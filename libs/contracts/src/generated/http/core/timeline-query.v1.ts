/**
 * Generated from contracts/http/core/timeline-query.v1.schema.json by `npm run contracts:types`.
 * Do not edit: change the contract (a published one only by adding a new version beside it) and regenerate.
 */

/**
 * Query of GET /cases/{caseId}/timeline (core API v8). Without after, the timeline in the order things happened, a page at a time; with after (a nextAfter this API returned), what was recorded since, in the order it was recorded: the live view's refetch. Every value is a string, as a query string sends it; a parameter not listed here, or given twice, is refused rather than ignored.
 */
export interface TimelineQueryV1 {
  /**
   * Page size, a whole number from 1 to 1000; 200 when absent.
   */
  limit?: string;
  /**
   * The nextCursor of the previous page; not together with after.
   */
  cursor?: string;
  /**
   * A nextAfter this API returned: only entries recorded (or, for a count, brought up to date) since the answer that gave it; not together with cursor.
   */
  after?: string;
}
