/**
 * Generated from contracts/http/core/close-order.v1.schema.json by `npm run contracts:types`.
 * Do not edit: change the contract (a published one only by adding a new version beside it) and regenerate.
 */

/**
 * Body of POST /orders/{orderId}/close: the coordinator closes an order whose work the partner reported complete.
 */
export interface CloseOrderRequestV1 {
  /**
   * Who closed it (the coordinator).
   */
  closedBy: string;
  /**
   * Closing remark.
   */
  note?: string;
}
