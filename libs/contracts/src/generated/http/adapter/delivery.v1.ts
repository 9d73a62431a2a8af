/**
 * Generated from contracts/http/adapter/delivery.v1.schema.json by `npm run contracts:types`.
 * Do not edit: change the contract (a published one only by adding a new version beside it) and regenerate.
 */

/**
 * GET /deliveries/{orderId} on a partner's adapter: where the delivery of one order to the partner stands, and every attempt at it.
 */
export interface DeliveryRecordV1 {
  /**
   * The engagement order delivered.
   */
  orderId: string;
  /**
   * The partner it is delivered to.
   */
  partnerId: string;
  /**
   * pending (waiting for an attempt or a retry), delivered (the partner answered 2xx), failed (given up; the order went to the dead-letter topic).
   */
  status: "pending" | "delivered" | "failed";
  /**
   * Attempts made so far.
   */
  attempts: number;
  /**
   * When the next attempt is due, while pending; null otherwise.
   */
  nextAttemptAt: string | null;
  /**
   * The last attempt's error; null when none.
   */
  lastError: string | null;
  /**
   * When the partner accepted it; null until then.
   */
  deliveredAt: string | null;
  /**
   * Every attempt, oldest first.
   */
  attemptLog: {
    /**
     * 1 for the first attempt; counted when the delivery is claimed, so an attempt a crashed worker started counts too.
     */
    attemptNo: number;
    /**
     * When the call to the partner began.
     */
    startedAt: string;
    /**
     * How long the partner took to answer (or to fail), in milliseconds.
     */
    durationMs: number;
    /**
     * The partner's HTTP status; null when no answer came (unreachable, timed out).
     */
    httpStatus: number | null;
    /**
     * delivered (2xx); overloaded (429 or 503: the partner is slowed for its Retry-After); failed (another status, retried); refused (400, 409, 410, 413, 415, 422: given up); unreachable (no answer, retried).
     */
    outcome: "delivered" | "overloaded" | "failed" | "refused" | "unreachable";
    /**
     * What went wrong; null when delivered.
     */
    error: string | null;
    /**
     * The first 500 characters of the partner's answer; null when none came.
     */
    responseExcerpt: string | null;
  }[];
}
