/**
 * Generated from contracts/partners/cmg/mandate-stand-down.v1.schema.json by `npm run contracts:types`.
 * Do not edit: change the contract (a published one only by adding a new version beside it) and regenerate.
 */

/**
 * CMG Japan Crisis Room API v1: the hub stands CMG down from a mandate (the coordinator's cancellation), POSTed signed (Standard Webhooks) to {mandates endpoint}/{mandateId}/stand-down, only after the mandate itself reached CMG. CMG stops drafting and coaching for it; what was done until then may still be billed on a fee note.
 */
export interface CmgMandateStandDownV1 {
  /**
   * Crisis Room API version of this payload.
   */
  crisisRoomApi: "1";
  /**
   * The mandate stood down: the mandateId of the brief CMG received.
   */
  mandateId: string;
  /**
   * Why the coordinator stood CMG down, for CMG's consultants.
   */
  reason: string;
  /**
   * The coordinator who stood CMG down.
   */
  standDownBy: string;
  /**
   * When the coordinator stood CMG down.
   */
  standDownAt: string;
}
