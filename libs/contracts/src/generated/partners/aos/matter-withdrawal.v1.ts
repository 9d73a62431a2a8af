/**
 * Generated from contracts/partners/aos/matter-withdrawal.v1.schema.json by `npm run contracts:types`.
 * Do not edit: change the contract (a published one only by adding a new version beside it) and regenerate.
 */

/**
 * AOS API v1: the hub withdraws a matter (依頼取下げ), POSTed signed (Standard Webhooks) to {matters endpoint}/{matterRef}/withdrawal, only after the matter request itself reached AOS. AOS stops preservation and analysis; what it already preserved stays under chain of custody.
 */
export interface AosMatterWithdrawalV1 {
  /**
   * AOS API version of this payload.
   */
  apiVersion: "aos.v1";
  /**
   * The matter withdrawn: the matterRef of the matter request.
   */
  matterRef: string;
  /**
   * When the coordinator withdrew it.
   */
  withdrawnAt: string;
  /**
   * Why (取下げ理由), for AOS's matter manager.
   */
  reason: string;
  /**
   * The coordinator who withdrew it.
   */
  withdrawnBy?: string;
}
