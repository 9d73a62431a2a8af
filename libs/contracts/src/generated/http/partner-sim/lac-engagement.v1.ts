/**
 * Generated from contracts/http/partner-sim/lac-engagement.v1.schema.json by `npm run contracts:types`.
 * Do not edit: change the contract (a published one only by adding a new version beside it) and regenerate.
 */

import type { LacEngagementRequestV1 } from "../../partners/lac/engagement-request.v1";

/**
 * One engagement request the LAC simulator accepted, with the status callbacks it has sent back (demo and tests only).
 */
export interface PartnerSimLacEngagementV1 {
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
  request: LacEngagementRequestV1;
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
