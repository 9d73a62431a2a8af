/**
 * Generated from contracts/events/order-status-changed.v1.schema.json by `npm run contracts:types`.
 * Do not edit: change the contract (a published one only by adding a new version beside it) and regenerate.
 */

import type { MilestoneV1 } from "../common/definitions.v1";

/**
 * Payload of hub.order.status-changed.v1: a partner reported a new status of an engagement order. Published by the partner's adapter (mapped from the partner's native callback), consumed by core.
 */
export interface OrderStatusChangedV1 {
  /**
   * The engagement order the status is for.
   */
  orderId: string;
  /**
   * The status the partner reports: acknowledged (received), accepted or declined (the engagement), in_progress (work under way, see milestone), work_complete.
   */
  status: "acknowledged" | "accepted" | "declined" | "in_progress" | "work_complete";
  /**
   * Why the partner declined. Required when status is declined.
   */
  reason?: string;
  milestone?: MilestoneV1;
  /**
   * Free-text remark from the partner.
   */
  note?: string;
  /**
   * The partner's own ticket id for the engagement, e.g. LAC-2026-000123.
   */
  partnerReference?: string;
  /**
   * When the partner reported the status (the partner's clock).
   */
  reportedAt: string;
}
