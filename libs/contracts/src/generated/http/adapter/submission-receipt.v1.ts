/**
 * Generated from contracts/http/adapter/submission-receipt.v1.schema.json by `npm run contracts:types`.
 * Do not edit: change the contract (a published one only by adding a new version beside it) and regenerate.
 */

/**
 * An adapter's answer (202) to a document a partner submitted, such as an invoice: received and passed to core, which decides later. The partner reads the decision at GET /{partner}/v{N}/callbacks/{webhook-id}. Sent again with the same webhook-id, it is answered with duplicate true and has no second effect.
 */
export interface SubmissionReceiptV1 {
  /**
   * Always true: the document is recorded (now or earlier).
   */
  received: true;
  /**
   * true when this webhook-id had already been received; nothing was done again.
   */
  duplicate: boolean;
  /**
   * The hub event the document became, when one was published for it.
   */
  eventId?: string;
}
