/**
 * Generated from contracts/http/adapter/endpoint.v1.schema.json by `npm run contracts:types`.
 * Do not edit: change the contract (a published one only by adding a new version beside it) and regenerate.
 */

/**
 * GET /endpoint on a partner's adapter: whether deliveries to the partner go out, and why not.
 */
export interface PartnerEndpointV1 {
  /**
   * The partner.
   */
  partnerId: string;
  /**
   * The partner's endpoint the adapter pushes to; null when the partner pulls from its feed.
   */
  url: string | null;
  /**
   * push: the adapter calls the partner; poll: the partner fetches its deliveries from the feed.
   */
  channel: "push" | "poll";
  /**
   * disabled: no delivery goes out (none is given up either) until an operator enables the endpoint.
   */
  state: "enabled" | "disabled";
  /**
   * When it was disabled; null while enabled.
   */
  disabledAt: string | null;
  /**
   * gone: the partner answered 410; failing: it failed without a break for longer than the adapter allows (5 days by default). Null while enabled.
   */
  disabledReason: "gone" | "failing" | null;
  /**
   * The error that disabled it.
   */
  disabledError: string | null;
  /**
   * Failed attempts in a row.
   */
  consecutiveFailures: number;
  /**
   * When the current run of failures began; null when the last attempt succeeded.
   */
  failingSince: string | null;
  /**
   * Until when the circuit breaker holds deliveries back; past or null when closed.
   */
  breakerOpenUntil: string | null;
  /**
   * Until when the partner asked us to wait (429/503 Retry-After).
   */
  slowedUntil: string | null;
  /**
   * Deliveries waiting to go out.
   */
  pendingDeliveries: number;
}
