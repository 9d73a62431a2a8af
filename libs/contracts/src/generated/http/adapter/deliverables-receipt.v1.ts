/**
 * Generated from contracts/http/adapter/deliverables-receipt.v1.schema.json by `npm run contracts:types`.
 * Do not edit: change the contract (a published one only by adding a new version beside it) and regenerate.
 */

import type { DeliverableKindV1, DeliverableReferenceV1 } from "../../common/deliverable-definitions.v1";

/**
 * An adapter's answer (202) to deliverables a partner submitted (documents, alerts, daily figures, certificates, evidence): what became of each, in the order submitted. Sent again with the same webhook-id, it is answered with duplicate true and an empty list, and has no second effect.
 */
export interface DeliverablesReceiptV1 {
  /**
   * Always true: the submission is recorded (now or earlier).
   */
  received: true;
  /**
   * true when this webhook-id had already been received; nothing was done again.
   */
  duplicate: boolean;
  /**
   * How many of the submission's deliverables were new and how many repeated earlier ones.
   */
  counts: {
    /**
     * New to the hub: passed on to core.
     */
    new: number;
    /**
     * The same as, or collapsed into, one received before (in this submission or an earlier one): counted, not passed on again.
     */
    repeated: number;
  };
  /**
   * Each deliverable submitted, in order.
   *
   * @maxItems 1000
   */
  deliverables: {
    /**
     * The hub's id of it.
     */
    deliverableId: string;
    kind: DeliverableKindV1;
    reference: DeliverableReferenceV1;
    /**
     * Its version.
     */
    version: number;
    /**
     * new: passed on to core; repeated: received before, counted once.
     */
    outcome: "new" | "repeated";
    /**
     * A restated fact that differs from what was stated before (a hash that no longer matches): raised to the coordinator as an alert.
     */
    discrepancy?: string;
  }[];
}
