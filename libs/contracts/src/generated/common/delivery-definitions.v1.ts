/**
 * Generated from contracts/common/delivery-definitions.v1.schema.json by `npm run contracts:types`.
 * Do not edit: change the contract (a published one only by adding a new version beside it) and regenerate.
 */

/**
 * One attempt at delivering to the partner, pushed or fetched.
 */
export interface DeliveryAttemptV1 {
  /**
   * 1 for the first attempt; counted when the delivery is claimed (or fetched from the feed), so an attempt a crashed worker started counts too.
   */
  attemptNo: number;
  /**
   * push: the adapter called the partner's endpoint; poll: the partner fetched it from its feed and acknowledged it.
   */
  channel: "push" | "poll";
  /**
   * When the call to the partner began (poll: when the partner acknowledged it).
   */
  startedAt: string;
  /**
   * How long the partner took to answer (or to fail), in milliseconds; poll: from the first fetch to the acknowledgement.
   */
  durationMs: number;
  /**
   * The partner's HTTP status; null when no answer came (unreachable, timed out) or it was fetched (poll).
   */
  httpStatus: number | null;
  /**
   * delivered (2xx, or acknowledged from the feed); overloaded (429 or 503: the partner is slowed for its Retry-After); failed (another status, retried); refused (400, 409, 413, 415, 422: given up); unreachable (no answer, retried); gone (410: the endpoint is disabled and its deliveries held until an operator enables it).
   */
  outcome: "delivered" | "overloaded" | "failed" | "refused" | "unreachable" | "gone";
  /**
   * What went wrong; null when delivered.
   */
  error: string | null;
  /**
   * The first 500 characters of the partner's answer; null when none came.
   */
  responseExcerpt: string | null;
}

/**
 * Where one delivery stands, with every attempt at it.
 */
export interface DeliveryStateV1 {
  /**
   * pending (waiting for an attempt, a retry, its turn behind an earlier delivery of the case, or the feed); delivered (the partner answered 2xx or acknowledged it); failed (given up; its message went to the dead letters).
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
  attemptLog: DeliveryAttemptV1[];
}
