/**
 * Generated from contracts/http/adapter/callback-outcome.v1.schema.json by `npm run contracts:types`.
 * Do not edit: change the contract (a published one only by adding a new version beside it) and regenerate.
 */

/**
 * Body of GET /{partner}/v{N}/callbacks/{webhookId}: what became of one message the partner sent (a status callback, or an invoice), as the adapter answered it and as core then decided. Signed like the partner's callbacks; a partner reads only its own.
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
   * status: a status callback (core places it on the order's timeline); invoice: an invoice (core settles it as POST /invoices would).
   */
  kind: "status" | "invoice";
  /**
   * The engagement order it was about; null for callbacks received before outcomes were kept.
   */
  orderId: string | null;
  /**
   * When the adapter received it.
   */
  receivedAt: string;
  /**
   * The adapter's answer: accepted (passed to core), repeated (a status callback whose status and milestone were already reported; it counts once), refused (409; see reason). Null for callbacks received before outcomes were kept.
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
   * The event it became (hub.order.status-changed.v1 or hub.invoice.submitted.v2), when accepted.
   */
  eventId: string | null;
  /**
   * What core made of it; all null while core has not decided yet (or it never went to core).
   */
  core: {
    /**
     * A status callback's placement, as in hub.order.update-placed.v1; an invoice's outcome, as in hub.invoice.outcome.v1 (accepted: stored and settled; refused: see code and note).
     */
    result: "advanced" | "earlier" | "after_end" | "contradiction" | "repeat" | "accepted" | "refused" | null;
    /**
     * Why core refused an invoice, as the code POST /invoices would answer; null otherwise.
     */
    code: string | null;
    /**
     * What core said about it.
     */
    note: string | null;
    /**
     * The invoice core stored, when an invoice was accepted.
     */
    invoiceId: string | null;
    /**
     * When core decided.
     */
    decidedAt: string | null;
  };
}
