/**
 * Generated from contracts/http/adapter/feed-ack.v1.schema.json by `npm run contracts:types`.
 * Do not edit: change the contract (a published one only by adding a new version beside it) and regenerate.
 */

/**
 * Body of POST /{partner}/v{N}/feed/ack: the partner has taken these deliveries into its system. Signed like its callbacks. Acknowledging one twice has one effect.
 */
export interface FeedAcknowledgementV1 {
  /**
   * The deliveries acknowledged.
   *
   * @minItems 1
   * @maxItems 100
   */
  webhookIds: string[];
}
