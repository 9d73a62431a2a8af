/**
 * Generated from contracts/http/core/deliverables.v1.schema.json by `npm run contracts:types`.
 * Do not edit: change the contract (a published one only by adding a new version beside it) and regenerate.
 */

import type { DeliverableViewV1 } from "./deliverable.v1";

/**
 * Body of GET /orders/{orderId}/deliverables (core API v7): one page of what the partner delivered on the order, in the order core received it; follow nextCursor for the next page.
 */
export interface DeliverablePageV1 {
  /**
   * The order.
   */
  orderId: string;
  /**
   * The page, oldest first.
   *
   * @maxItems 500
   */
  deliverables: DeliverableViewV1[];
  /**
   * Pass as cursor for the next page; null on the last page.
   */
  nextCursor: string | null;
}
