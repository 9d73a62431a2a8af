/**
 * Generated from contracts/http/adapter/callback-outcome.v1.schema.json by `npm run contracts:types`.
 * Do not edit: change the contract (a published one only by adding a new version beside it) and regenerate.
 */

/**
 * Body of GET /{partner}/v{N}/callbacks/{webhookId}: what became of one callback the partner sent, as the adapter answered it and as core then placed it. Signed like the partner's callbacks; a partner reads only its own.
 */
export interface CallbackOutcomeV1 {
  /**
   * The callback's webhook-id.
   */
  webhookId: string;
  /**
   * The partner that sent it.
   */
  partnerId: string;
  /**
   * The engagement order it was about; null for callbacks received before outcomes were kept.
   */
  orderId: string | null;
  /**
   * When the adapter received it.
   */
  receivedAt: string;
  /**
   * The adapter's answer: accepted (passed to core), repeated (the same status and milestone was already reported; it counts once), refused (409; see reason). Null for callbacks received before outcomes were kept.
   */
  outcome: "accepted" | "repeated" | "refused" | null;
  /**
   * Why it was refused, as a code (e.g. contradicts_earlier_update); null otherwise.
   */
  reasonCode: string | null;
  /**
   * Why it was refused, in words; null otherwise.
   */
  reason: string | null;
  /**
   * The hub.order.status-changed.v1 event it became, when accepted.
   */
  eventId: string | null;
  /**
   * What core made of it; all null while core has not placed it yet (or it never went to core).
   */
  core: {
    /**
     * As in hub.order.update-placed.v1.
     */
    placement: "advanced" | "earlier" | "after_end" | "contradiction" | "repeat" | null;
    /**
     * What core said about it.
     */
    note: string | null;
    /**
     * When core placed it.
     */
    placedAt: string | null;
  };
}
