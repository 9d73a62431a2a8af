/**
 * Generated from contracts/events/deliverable-reviewed.v1.schema.json by `npm run contracts:types`.
 * Do not edit: change the contract (a published one only by adding a new version beside it) and regenerate.
 */

import type { PartnerIdV1 } from "../common/definitions.v1";
import type { DeliverableKindV1, DeliverableReferenceV1 } from "../common/deliverable-definitions.v1";

/**
 * Payload of hub.order.deliverable-reviewed.v1: the coordinator, for the insured, approved or returned with comments a version of a deliverable that needed approval (a PRAP Japan draft). The partner's adapter tells the partner in its native form, after the order and never before, and from then on accepts the deliverable's publication only when approved.
 */
export interface DeliverableReviewedV1 {
  /**
   * The version of the deliverable reviewed.
   */
  deliverableId: string;
  /**
   * The engagement order it belongs to.
   */
  orderId: string;
  partnerId: PartnerIdV1;
  kind: DeliverableKindV1;
  reference: DeliverableReferenceV1;
  /**
   * The version reviewed.
   */
  version: number;
  /**
   * approved: it may be used (published) as it is; returned: the partner revises it, following the comment, and sends the next version.
   */
  decision: "approved" | "returned";
  /**
   * The coordinator's comments; required when returned.
   */
  comment?: string;
  /**
   * Who decided: staff:<username>.
   */
  reviewedBy: string;
  /**
   * When core recorded the decision.
   */
  reviewedAt: string;
}
