/**
 * Generated from contracts/partners/lac/status-callback.v2.schema.json by `npm run contracts:types`.
 * Do not edit: change the contract (a published one only by adding a new version beside it) and regenerate.
 */

/**
 * LAC's native v2 status callback: what LAC POSTs to the hub's /lac/v2/callbacks, signed per Standard Webhooks. Breaking change from v1, asked for by LAC's engineers: one event per callback (event_type replaces status_code + phase), a per-engagement sequence number so either side can put events in order, occurred_at (when it happened at LAC) instead of reported_at, and ticket_no instead of lac_ticket. Mapped to OrderStatusChangedV1.
 */
export interface LacStatusCallbackV2 {
  /**
   * LAC API version of this payload.
   */
  api_version: "2";
  /**
   * The engagement_id of the engagement request.
   */
  engagement_id: string;
  /**
   * LAC's own ticket number, e.g. LAC-2026-000123.
   */
  ticket_no: string;
  /**
   * LAC's number for this event within the engagement: 1 for the first, one more for each next one.
   */
  sequence: number;
  /**
   * ACCEPTED or DECLINED (the engagement), PHASE_REACHED (see phase), COMPLETED (work done).
   */
  event_type: "ACCEPTED" | "DECLINED" | "PHASE_REACHED" | "COMPLETED";
  /**
   * The phase reached. Required when event_type is PHASE_REACHED.
   */
  phase?: "HEARING_DONE" | "FORENSICS_STARTED" | "PRELIMINARY_REPORT" | "FINAL_REPORT";
  /**
   * Why LAC declined. Required when event_type is DECLINED.
   */
  reason?: string;
  /**
   * Free-text remark.
   */
  remarks?: string;
  /**
   * When the event happened at LAC.
   */
  occurred_at: string;
}
