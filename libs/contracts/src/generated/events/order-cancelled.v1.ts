/**
 * Generated from contracts/events/order-cancelled.v1.schema.json by `npm run contracts:types`.
 * Do not edit: change the contract (a published one only by adding a new version beside it) and regenerate.
 */

import type { PartnerIdV1 } from "../common/definitions.v1";

/**
 * Payload of hub.order.cancelled.v1: the coordinator cancelled an engagement order before its work was complete. The partner's adapter tells the partner, in its native form, after the order itself and never before.
 */
export interface OrderCancelledV1 {
  /**
   * The engagement order cancelled.
   */
  orderId: string;
  /**
   * The case (incident) the order is for.
   */
  caseId: string;
  partnerId: PartnerIdV1;
  /**
   * Why the coordinator cancelled it, for the partner's staff.
   */
  reason: string;
  /**
   * Who cancelled it: the coordinator's name.
   */
  cancelledBy: string;
  /**
   * When core recorded the cancellation.
   */
  cancelledAt: string;
}
