/**
 * Generated from contracts/http/partner-sim/lac-engagements.v2.schema.json by `npm run contracts:types`.
 * Do not edit: change the contract (a published one only by adding a new version beside it) and regenerate.
 */

import type { PartnerSimLacEngagementV2 } from "./lac-engagement.v2";

/**
 * Body of the LAC simulator's GET /lac/v{1,2}/engagements (demo and tests only): every engagement request it has accepted, in either API version. Breaking change from v1: items are PartnerSimLacEngagementV2.
 */
export interface PartnerSimLacEngagementsV2 {
  /**
   * Accepted engagement requests, oldest first.
   */
  engagements: PartnerSimLacEngagementV2[];
}
