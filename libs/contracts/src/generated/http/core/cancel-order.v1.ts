/**
 * Generated from contracts/http/core/cancel-order.v1.schema.json by `npm run contracts:types`.
 * Do not edit: change the contract (a published one only by adding a new version beside it) and regenerate.
 */

/**
 * Body of POST /orders/{orderId}/cancel: the coordinator withdraws an order the partner has not completed.
 */
export interface CancelOrderRequestV1 {
  /**
   * Why the order is cancelled.
   */
  reason: string;
  /**
   * Who cancelled it (the coordinator).
   */
  cancelledBy: string;
}
