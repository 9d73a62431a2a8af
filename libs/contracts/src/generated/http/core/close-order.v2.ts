/**
 * Generated from contracts/http/core/close-order.v2.schema.json by `npm run contracts:types`.
 * Do not edit: change the contract (a published one only by adding a new version beside it) and regenerate.
 */

/**
 * Body of POST /orders/{orderId}/close (core API v6): the coordinator closes an order whose work the partner reported complete. The body may be empty ({}). Breaking change from v1: closedBy is gone; the actor is the signed-in person of the access token.
 */
export interface CloseOrderRequestV2 {
  /**
   * Closing remark.
   */
  note?: string;
}
