/**
 * Generated from contracts/partners/lac/engagement-cancellation.v1.schema.json by `npm run contracts:types`.
 * Do not edit: change the contract (a published one only by adding a new version beside it) and regenerate.
 */

/**
 * LAC API v1: the hub cancels an engagement, POSTed signed (Standard Webhooks) to {engagements endpoint}/{engagement_id}/cancellation. Sent only after the engagement request itself reached LAC.
 */
export interface LacEngagementCancellationV1 {
  /**
   * LAC API version of this payload.
   */
  api_version: "1";
  /**
   * The engagement to stop: the id the hub sent with the engagement request.
   */
  engagement_id: string;
  /**
   * Why the coordinator cancelled, for LAC's analysts.
   */
  cancel_reason: string;
  /**
   * The coordinator who cancelled.
   */
  cancelled_by?: string;
  /**
   * When the coordinator cancelled.
   */
  cancelled_at: string;
}
