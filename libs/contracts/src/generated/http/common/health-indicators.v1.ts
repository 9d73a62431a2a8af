/**
 * Generated from contracts/http/common/health-indicators.v1.schema.json by `npm run contracts:types`.
 * Do not edit: change the contract (a published one only by adding a new version beside it) and regenerate.
 */

/**
 * By what was checked: database (responseMs, or message when down), kafka (reachable, since, connected, lastError), outbox (pending, oldestAgeMs).
 */
export interface HealthIndicatorsV1 {
  /**
   * One thing checked.
   */
  [k: string]: {
    /**
     * up, or down (for kafka and outbox: degraded, not failed).
     */
    status: "up" | "down";
    /**
     * database: how long SELECT 1 took.
     */
    responseMs?: number;
    /**
     * database, when down: why.
     */
    message?: string;
    /**
     * kafka: whether the broker answered the app's last probe (asked every second).
     */
    reachable?: boolean;
    /**
     * kafka: when the broker became reachable or unreachable.
     */
    since?: string;
    /**
     * kafka: whether the app's producer has connected since it started (false until Kafka first answers).
     */
    connected?: boolean;
    /**
     * kafka, while unreachable: what the last probe met.
     */
    lastError?: string;
    /**
     * outbox: this app's unpublished messages (counted up to 100,000).
     */
    pending?: number;
    /**
     * outbox: age of the oldest unpublished message in milliseconds; 0 when none.
     */
    oldestAgeMs?: number;
  };
}
