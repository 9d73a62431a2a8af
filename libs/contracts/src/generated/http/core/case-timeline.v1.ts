/**
 * Generated from contracts/http/core/case-timeline.v1.schema.json by `npm run contracts:types`.
 * Do not edit: change the contract (a published one only by adding a new version beside it) and regenerate.
 */

import type { OrderStatusV1 } from "../../common/definitions.v1";

/**
 * Body of GET /cases/{caseId}/timeline: everything that happened on a case, oldest first, for the coordinator.
 */
export interface CaseTimelineV1 {
  /**
   * The case.
   */
  caseId: string;
  /**
   * Timeline entries, oldest first.
   */
  entries: {
    /**
     * What happened, e.g. incident_reported, coverage_confirmed, order_issued, order_status_changed.
     */
    kind: string;
    /**
     * The order concerned; null for case-level entries.
     */
    orderId: string | null;
    /**
     * The order's status before; null when no order status changed.
     */
    fromStatus: OrderStatusV1 | null;
    /**
     * The order's status after; null when no order status changed.
     */
    toStatus: OrderStatusV1 | null;
    /**
     * Milestone the partner reported, if any.
     */
    milestone: string | null;
    /**
     * Reason or remark, if any.
     */
    note: string | null;
    /**
     * Who did it: a person, or a partner or app id.
     */
    actor: string;
    /**
     * The event that caused the entry, when it came over Kafka.
     */
    eventId: string | null;
    /**
     * When it happened.
     */
    occurredAt: string;
    /**
     * When core recorded it.
     */
    recordedAt: string;
  }[];
}
