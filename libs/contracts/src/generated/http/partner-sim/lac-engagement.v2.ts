/**
 * Generated from contracts/http/partner-sim/lac-engagement.v2.schema.json by `npm run contracts:types`.
 * Do not edit: change the contract (a published one only by adding a new version beside it) and regenerate.
 */

import type { LacEngagementRequestV1 } from "../../partners/lac/engagement-request.v1";
import type { LacEngagementRequestV2 } from "../../partners/lac/engagement-request.v2";

/**
 * One engagement request the LAC simulator accepted, in LAC API v1 or v2, with the status callbacks it has sent back in the same version (demo and tests only). Breaking change from v1: the request may be a v2 request, and the version is given.
 */
export interface PartnerSimLacEngagementV2 {
  /**
   * The ticket number the simulator assigned.
   */
  ticket: string;
  /**
   * The webhook-id header the request came with.
   */
  webhookId: string;
  /**
   * When the simulator received it.
   */
  receivedAt: string;
  /**
   * The same instant in ms since the epoch, for end-to-end latency measurement.
   */
  receivedAtMs: number;
  /**
   * The LAC API version the request came in; its callbacks go out in the same version.
   */
  version: 1 | 2;
  /**
   * The engagement request as received.
   */
  request: LacEngagementRequestV1 | LacEngagementRequestV2;
  /**
   * Status callbacks sent back to the hub, oldest first.
   */
  callbacks: {
    /**
     * The status_code sent, e.g. ACCEPTED.
     */
    statusCode: string;
    /**
     * The phase sent with IN_PROGRESS.
     */
    phase?: string;
    /**
     * The hub's HTTP status; null when the hub could not be reached.
     */
    httpStatus: number | null;
    /**
     * When it was sent.
     */
    at: string;
  }[];
}
