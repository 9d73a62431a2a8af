/**
 * Generated from contracts/http/adapter/delivery-attempts.v3.schema.json by `npm run contracts:types`.
 * Do not edit: change the contract (a published one only by adding a new version beside it) and regenerate.
 */

import type { DeliveryAttemptV1 } from "../../common/delivery-definitions.v1";

/**
 * GET /deliveries on a partner's adapter: the latest attempts at delivering to the partner, across its orders, their cancellations and the coordinator's reviews of its deliverables, newest first. Breaking change from v2: `kind` may be review (the coordinator approved or returned a deliverable, and the partner is told).
 */
export interface DeliveryAttemptListV3 {
  /**
   * The partner.
   */
  partnerId: string;
  /**
   * The attempts, newest first.
   */
  attempts: {
    /**
     * The order the delivery is about.
     */
    orderId: string;
    /**
     * What was delivered: the order, its cancellation, or a review of one of its deliverables.
     */
    kind: "order" | "cancellation" | "review";
    attempt: DeliveryAttemptV1;
  }[];
}
