/**
 * Generated from contracts/partners/cmg/statement-draft.v1.schema.json by `npm run contracts:types`.
 * Do not edit: change the contract (a published one only by adding a new version beside it) and regenerate.
 */

/**
 * CMG Japan Crisis Room API v1: one revision of one statement released for the client's sign-off (a holding statement, a media Q&A, a statement to customers), POSTed by CMG signed (Standard Webhooks, with CMG's bearer token) to the hub's /cmg/v1/mandates/{mandateId}/statements. A statement sent back for revision returns as the next revision, saying what changed. The hub answers 202 with what became of it, and tells CMG of the coordinator's sign-off or request to revise at CMG's sign-off endpoint.
 */
export interface CmgStatementDraftV1 {
  /**
   * Crisis Room API version of this payload.
   */
  crisisRoomApi: "1";
  /**
   * The mandate the statement is for; the same as the mandateId in the path.
   */
  mandateId: string;
  /**
   * The revision released for sign-off.
   */
  statement: {
    /**
     * CMG's reference of the statement, the same for all its revisions: the mandate number, then HS (holding statement), QA (media Q&A) or CS (statement to customers) and a two-digit sequence, e.g. CMG-26-0117-HS01.
     */
    statementRef: string;
    /**
     * HOLDING_STATEMENT (ホールディング・ステートメント: what the client says before the facts are known), MEDIA_QA (想定問答: anticipated media questions and answers), CUSTOMER_STATEMENT (お客様向けステートメント).
     */
    statementType: "HOLDING_STATEMENT" | "MEDIA_QA" | "CUSTOMER_STATEMENT";
    /**
     * The revision: 1 for the first draft, one more after each request to revise.
     */
    revision: number;
    /**
     * The statement's headline as written in it.
     */
    headline: string;
    /**
     * The text of this revision.
     */
    bodyText: string;
    /**
     * Who the statement is for (media, affected customers, business partners), when CMG names it.
     */
    audience?: string;
    /**
     * CMG's note on the draft for whoever signs it off.
     */
    consultantNote?: string;
    /**
     * What changed since the previous revision, in answer to the comments; required from revision 2.
     */
    changesSinceLastRevision?: string;
    /**
     * CMG's consultant who drafted it.
     */
    draftedBy: string;
    /**
     * When CMG released this revision for sign-off.
     */
    releasedForSignOffAt: string;
  };
}
