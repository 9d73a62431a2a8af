/**
 * Generated from contracts/http/adapter/delivery-attempts.v1.schema.json by `npm run contracts:types`.
 * Do not edit: change the contract (a published one only by adding a new version beside it) and regenerate.
 */

/**
 * GET /deliveries on a partner's adapter: the latest attempts at delivering to the partner, across its orders, newest first.
 */
export interface DeliveryAttemptListV1 {
  /**
   * The partner.
   */
  partnerId: string;
  /**
   * At most `limit` attempts, newest first.
   */
  attempts: {
    /**
     * The order the attempt delivered.
     */
    orderId: string;
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
