/**
 * Generated from contracts/events/partner-update-placed.v1.schema.json by `npm run contracts:types`.
 * Do not edit: change the contract (a published one only by adding a new version beside it) and regenerate.
 */

import type { PartnerIdV1 } from "../common/definitions.v1";

/**
 * Payload of hub.order.update-placed.v1: what core made of a partner's status report (hub.order.status-changed.v1). The partner's adapter keeps it with the callback the report came from, so the partner can read what became of each callback it sent.
 */
export interface PartnerUpdatePlacedV1 {
  /**
   * The engagement order the report was about.
   */
  orderId: string;
  partnerId: PartnerIdV1;
  /**
   * The eventId of the hub.order.status-changed.v1 event core placed.
   */
  statusEventId: string;
  /**
   * advanced: the order moved (or gained a milestone); earlier: it arrived after a later report and is on the timeline where it happened; after_end: it arrived after the coordinator cancelled or closed the order and is recorded as late; contradiction: it contradicts the order's state, is recorded and changed nothing; repeat: the same status and milestone was already reported, it counts once.
   */
  placement: "advanced" | "earlier" | "after_end" | "contradiction" | "repeat";
  /**
   * What core said about it, when it said more than the placement.
   */
  note?: string;
  /**
   * When core placed it.
   */
  placedAt: string;
}
