/**
 * Generated from contracts/http/partner-sim/lac-engagements.v1.schema.json by `npm run contracts:types`.
 * Do not edit: change the contract (a published one only by adding a new version beside it) and regenerate.
 */

import type { PartnerSimLacEngagementV1 } from "./lac-engagement.v1";

/**
 * Body of the LAC simulator's GET /lac/v1/engagements (demo and tests only): every engagement request it has accepted.
 */
export interface PartnerSimLacEngagementsV1 {
  /**
   * Accepted engagement requests, oldest first.
   */
  engagements: PartnerSimLacEngagementV1[];
}
