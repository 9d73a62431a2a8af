/**
 * Generated from contracts/partners/lac/callback-receipt.v1.schema.json by `npm run contracts:types`.
 * Do not edit: change the contract (a published one only by adding a new version beside it) and regenerate.
 */

/**
 * The hub's answer (200) to a LAC status callback. A callback delivered again (same webhook-id) is answered with duplicate true and has no second effect.
 */
export interface LacCallbackReceiptV1 {
  /**
   * Always true: the callback is recorded (now or earlier).
   */
  received: true;
  /**
   * true when this webhook-id had already been received; nothing was done again.
   */
  duplicate: boolean;
  /**
   * The hub event the callback became (hub.order.status-changed.v1), when one was published for it.
   */
  eventId?: string;
}
