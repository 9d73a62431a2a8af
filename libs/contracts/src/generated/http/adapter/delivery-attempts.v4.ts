/**
 * Generated from contracts/http/adapter/delivery-attempts.v4.schema.json by `npm run contracts:types`.
 * Do not edit: change the contract (a published one only by adding a new version beside it) and regenerate.
 */

import type { DeliveryAttemptV1 } from "../../common/delivery-definitions.v1";

/**
 * GET /deliveries on a partner's adapter: one page of the partner's attempts at delivering its orders, their cancellations and the coordinator's reviews of its deliverables, newest first by (startedAt, attemptId), both descending, an order new attempts never disturb; filtered by DeliveryAttemptQueryV1. v4 adds nextCursor, the way to the next page, and each attempt's id.
 */
export interface DeliveryAttemptListV4 {
  /**
   * The partner: an adapter lists only its own partner's attempts.
   */
  partnerId: string;
  /**
   * The attempts of this page, newest first.
   *
   * @maxItems 200
   */
  attempts: {
    /**
     * The attempt's id on this adapter's record (a whole number, as text): what the list is sorted by after startedAt, and a key a client can keep rows by.
     */
    attemptId: string;
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
  /**
   * Pass as cursor for the next page (with the same filters); null on the last page.
   */
  nextCursor: string | null;
}
