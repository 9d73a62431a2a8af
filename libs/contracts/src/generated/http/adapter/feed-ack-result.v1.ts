/**
 * Generated from contracts/http/adapter/feed-ack-result.v1.schema.json by `npm run contracts:types`.
 * Do not edit: change the contract (a published one only by adding a new version beside it) and regenerate.
 */

/**
 * Answer to POST /{partner}/v{N}/feed/ack: which deliveries this acknowledgement delivered, which were delivered already, and which the partner has no delivery by (unknown, or another partner's).
 */
export interface FeedAcknowledgementResultV1 {
  /**
   * Delivered by this acknowledgement.
   */
  acknowledged: string[];
  /**
   * Delivered before; nothing changed.
   */
  alreadyAcknowledged: string[];
  /**
   * No delivery of this partner has this id; nothing changed.
   */
  unknown: string[];
}
