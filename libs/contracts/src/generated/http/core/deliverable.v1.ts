/**
 * Generated from contracts/http/core/deliverable.v1.schema.json by `npm run contracts:types`.
 * Do not edit: change the contract (a published one only by adding a new version beside it) and regenerate.
 */

import type { PartnerIdV1 } from "../../common/definitions.v1";
import type {
  DeliverableFactsV1,
  DeliverableKindV1,
  DeliverableRefV1,
  DeliverableReferenceV1
} from "../../common/deliverable-definitions.v1";

/**
 * One deliverable of an order as core keeps it (answer of POST /orders/{orderId}/deliverables/{deliverableId}/review, and an item of GET /orders/{orderId}/deliverables): what the partner delivered, as its adapter mapped it, with the coordinator's review when it needed one. Every field is present; null where it does not apply.
 */
export interface DeliverableViewV1 {
  /**
   * The hub's id of this version of the deliverable.
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
   * Its version.
   */
  version: number;
  /**
   * One line for people, as the partner wrote it.
   */
  title: string;
  /**
   * More of what the partner said; null when nothing.
   */
  summary: string | null;
  /**
   * urgent: raised as an alert on the case timeline; normal: one timeline entry; bulk: counted per hour on the timeline.
   */
  attention: "urgent" | "normal" | "bulk";
  /**
   * When it happened or was made, on the partner's clock.
   */
  occurredAt: string;
  /**
   * When core recorded it.
   */
  receivedAt: string;
  facts: DeliverableFactsV1;
  /**
   * The partner contract the facts follow; null when none.
   */
  factsContract: string | null;
  /**
   * true when the coordinator approves or returns it.
   */
  needsApproval: boolean;
  /**
   * The approved deliverable it made public; null when none.
   */
  publishes: DeliverableRefV1 | null;
  /**
   * The earlier deliverable whose facts it restates; null when none.
   */
  restates: {
    kind: DeliverableKindV1;
    reference: DeliverableReferenceV1;
    /**
     * The facts compared.
     */
    facts: string[];
  } | null;
  /**
   * What a restated fact says differently from before (a hash that no longer matches); null when nothing.
   */
  discrepancy: string | null;
  /**
   * The coordinator's review; null when none was needed or none was made yet.
   */
  review: {
    /**
     * approved, or returned for the partner to revise.
     */
    decision: "approved" | "returned";
    /**
     * The coordinator's comments; null when none.
     */
    comment: string | null;
    /**
     * Who decided: staff:<username>.
     */
    reviewedBy: string;
    /**
     * When.
     */
    reviewedAt: string;
  } | null;
}
