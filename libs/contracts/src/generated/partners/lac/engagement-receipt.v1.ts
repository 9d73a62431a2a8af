/**
 * Generated from contracts/partners/lac/engagement-receipt.v1.schema.json by `npm run contracts:types`.
 * Do not edit: change the contract (a published one only by adding a new version beside it) and regenerate.
 */

/**
 * LAC's native v1 answer (202) to an engagement request: LAC has received it and opened a ticket. Acceptance itself comes later, as a status callback.
 */
export interface LacEngagementReceiptV1 {
  /**
   * LAC's ticket number for the engagement, e.g. LAC-2026-000123 (lac_ticket in callbacks).
   */
  ticket: string;
  /**
   * When LAC received the request.
   */
  received_at: string;
}
