/**
 * Generated from contracts/partners/lac/status-callback.v1.schema.json by `npm run contracts:types`.
 * Do not edit: change the contract (a published one only by adding a new version beside it) and regenerate.
 */

/**
 * LAC's native v1 status callback: what LAC POSTs to the hub's /lac/v1/callbacks, signed per Standard Webhooks. Mapped to OrderStatusChangedV1.
 */
export interface LacStatusCallbackV1 {
  /**
   * LAC API version of this payload.
   */
  api_version: "1";
  /**
   * The engagement_id of the engagement request.
   */
  engagement_id: string;
  /**
   * LAC's own ticket number, e.g. LAC-2026-000123.
   */
  lac_ticket: string;
  /**
   * ACCEPTED or DECLINED (the engagement), IN_PROGRESS (see phase), COMPLETED (work done).
   */
  status_code: "ACCEPTED" | "DECLINED" | "IN_PROGRESS" | "COMPLETED";
  /**
   * Phase of the work reached. Required when status_code is IN_PROGRESS.
   */
  phase?: "HEARING_DONE" | "FORENSICS_STARTED" | "PRELIMINARY_REPORT" | "FINAL_REPORT";
  /**
   * Why LAC declined. Required when status_code is DECLINED.
   */
  decline_reason?: string;
  /**
   * Free-text remark.
   */
  comment?: string;
  /**
   * When LAC reported the status.
   */
  reported_at: string;
}
