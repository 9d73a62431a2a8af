/**
 * Generated from contracts/http/partner-sim/lac-cancellation.v1.schema.json by `npm run contracts:types`.
 * Do not edit: change the contract (a published one only by adding a new version beside it) and regenerate.
 */

import type { LacEngagementCancellationV1 } from "../../partners/lac/engagement-cancellation.v1";
import type { LacEngagementCancellationV2 } from "../../partners/lac/engagement-cancellation.v2";

/**
 * Body of the LAC simulator's GET /lac/v{1,2}/engagements/{engagementId}/cancellation (demo and tests only): the cancellation it received for an engagement.
 */
export interface PartnerSimLacCancellationV1 {
  /**
   * The webhook-id header it came with.
   */
  webhookId: string;
  /**
   * When the simulator received it.
   */
  receivedAt: string;
  /**
   * The same instant in ms since the epoch, to compare with the engagement's receipt.
   */
  receivedAtMs: number;
  /**
   * The cancellation as received.
   */
  request: LacEngagementCancellationV1 | LacEngagementCancellationV2;
}
