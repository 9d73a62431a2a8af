/**
 * Generated from contracts/http/adapter/delivery-attempt-query.v1.schema.json by `npm run contracts:types`.
 * Do not edit: change the contract (a published one only by adding a new version beside it) and regenerate.
 */

/**
 * Query of GET /deliveries on a partner's adapter: filters and a page of the partner's delivery attempts, newest first by (startedAt, attemptId). Every value is a string, as a query string sends it; a parameter not listed here, or given twice, is refused rather than ignored, so a misspelt filter never widens the answer.
 */
export interface DeliveryAttemptQueryV1 {
  /**
   * Only attempts at delivering this order, its cancellation or reviews of its deliverables.
   */
  orderId?: string;
  /**
   * Only attempts at delivering this: the order, its cancellation, or a review of one of its deliverables.
   */
  kind?: "order" | "cancellation" | "review";
  /**
   * Only attempts that ended so (DeliveryAttemptV1's outcome).
   */
  outcome?: "delivered" | "overloaded" | "failed" | "refused" | "unreachable" | "gone";
  /**
   * Only attempts pushed to the partner's endpoint (push), or fetched from its feed and acknowledged (poll).
   */
  channel?: "push" | "poll";
  /**
   * Only attempts started at or after this instant.
   */
  from?: string;
  /**
   * Only attempts started before this instant; later than from.
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
