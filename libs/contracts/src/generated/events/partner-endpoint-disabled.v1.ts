/**
 * Generated from contracts/events/partner-endpoint-disabled.v1.schema.json by `npm run contracts:types`.
 * Do not edit: change the contract (a published one only by adding a new version beside it) and regenerate.
 */

import type { PartnerIdV1 } from "../common/definitions.v1";

/**
 * Payload of hub.partner.endpoint-disabled.v1: an adapter disabled its partner's endpoint, so the orders (and cancellations) it holds for this case will not reach the partner until an operator enables it again. One event per case with deliveries held, keyed by that case, for the coordinator to act on (call the partner, or engage another).
 */
export interface PartnerEndpointDisabledV1 {
  partnerId: PartnerIdV1;
  /**
   * The case whose deliveries are held.
   */
  caseId: string;
  /**
   * gone: the partner answered 410 Gone; failing: its endpoint failed without a break for longer than the adapter allows (5 days by default).
   */
  reason: "gone" | "failing";
  /**
   * The error that disabled it.
   */
  error: string;
  /**
   * When the adapter disabled it.
   */
  disabledAt: string;
  /**
   * The case's orders whose delivery (or cancellation) is held.
   *
   * @minItems 1
   */
  heldOrderIds: string[];
}
