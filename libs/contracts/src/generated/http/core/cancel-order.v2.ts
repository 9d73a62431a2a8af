/**
 * Generated from contracts/http/core/cancel-order.v2.schema.json by `npm run contracts:types`.
 * Do not edit: change the contract (a published one only by adding a new version beside it) and regenerate.
 */

/**
 * Body of POST /orders/{orderId}/cancel (core API v6): the coordinator withdraws an order the partner has not completed. Breaking change from v1: cancelledBy is gone; the actor is the signed-in person of the access token.
 */
export interface CancelOrderRequestV2 {
  /**
   * Why the order is cancelled.
   */
  reason: string;
}
