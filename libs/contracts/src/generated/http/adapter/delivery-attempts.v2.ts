/**
 * Generated from contracts/http/adapter/delivery-attempts.v2.schema.json by `npm run contracts:types`.
 * Do not edit: change the contract (a published one only by adding a new version beside it) and regenerate.
 */

import type { DeliveryAttemptV1 } from "../../common/delivery-definitions.v1";

/**
 * GET /deliveries on a partner's adapter (adapter API v3): the latest attempts at delivering to the partner, across its orders and their cancellations, newest first. Breaking change from v1: each entry says what it delivered (`kind`) and nests the attempt under `attempt`, as the delivery record does.
 */
export interface DeliveryAttemptListV2 {
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
     * What was delivered: the order, or its cancellation.
     */
    kind: "order" | "cancellation";
    attempt: DeliveryAttemptV1;
  }[];
}
