/**
 * Generated from contracts/http/console/consumer-lag.v1.schema.json by `npm run contracts:types`.
 * Do not edit: change the contract (a published one only by adding a new version beside it) and regenerate.
 */

/**
 * GET /api/operations/consumer-lag on the console: per consumer group of the hub and topic, the messages not yet committed past.
 */
export interface ConsumerLagV1 {
  /**
   * When the broker was asked.
   */
  measuredAt: string;
  /**
   * One entry per group and topic it has committed offsets for.
   *
   * @maxItems 2000
   */
  lags: {
    /**
     * <HUB_ENV>.<app>.
     */
    consumerGroup: string;
    /**
     * The topic.
     */
    topic: string;
    /**
     * Newest offset less committed offset, over all partitions.
     */
    lag: number;
    /**
     * Partitions the group has committed on.
     */
    partitions: number;
  }[];
}
