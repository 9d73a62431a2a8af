/**
 * Generated from contracts/events/deliverables-received.v1.schema.json by `npm run contracts:types`.
 * Do not edit: change the contract (a published one only by adding a new version beside it) and regenerate.
 */

import type { PartnerIdV1 } from "../common/definitions.v1";
import type { DeliverableV1 } from "../common/deliverable-definitions.v1";

/**
 * Payload of hub.order.deliverables-received.v1: deliverables one partner submitted in one request (a draft, a day's figures, a batch of monitoring alerts), new to the hub, in the order they were submitted. A large batch is split over several events of at most 200.
 */
export interface DeliverablesReceivedV1 {
  partnerId: PartnerIdV1;
  /**
   * The webhook-id of the partner's request.
   */
  submissionId: string;
  /**
   * When the adapter received the request.
   */
  receivedAt: string;
  /**
   * The deliverables, new to the hub (repeats are not published again).
   *
   * @minItems 1
   * @maxItems 200
   */
  deliverables: DeliverableV1[];
}
