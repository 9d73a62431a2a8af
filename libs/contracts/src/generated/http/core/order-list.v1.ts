/**
 * Generated from contracts/http/core/order-list.v1.schema.json by `npm run contracts:types`.
 * Do not edit: change the contract (a published one only by adding a new version beside it) and regenerate.
 */

import type { OrderV2 } from "./order.v2";

/**
 * Body of GET /orders (core API v8): one page of engagement orders, newest issued first (issuedAt, then orderId, both descending: an order new orders never disturb).
 */
export interface OrderListV1 {
  /**
   * The orders of this page.
   *
   * @maxItems 200
   */
  orders: OrderV2[];
  /**
   * Pass as cursor for the next page (with the same filters); null on the last page.
   */
  nextCursor: string | null;
}
