/**
 * Generated from contracts/http/adapter/delivery.v2.schema.json by `npm run contracts:types`.
 * Do not edit: change the contract (a published one only by adding a new version beside it) and regenerate.
 */

import type { DeliveryStateV1 } from "../../common/delivery-definitions.v1";

/**
 * GET /deliveries/{orderId} on a partner's adapter (adapter API v3): where the delivery of one order to the partner stands with every attempt, pushed or fetched from the feed, and its cancellation's when the order was cancelled. v1 had the order only and no channel. Breaking change from v1: the order's delivery moved under `order` (beside `cancellation`), and every attempt says its channel.
 */
export interface DeliveryRecordV2 {
  /**
   * The engagement order delivered.
   */
  orderId: string;
  /**
   * The partner it is delivered to.
   */
  partnerId: string;
  order: DeliveryStateV1;
  /**
   * The cancellation's delivery, sent only after the order's; null when the order was not cancelled (or was cancelled before it reached the partner).
   */
  cancellation: DeliveryStateV1 | null;
}
