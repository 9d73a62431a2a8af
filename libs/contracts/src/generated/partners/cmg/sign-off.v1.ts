/**
 * Generated from contracts/partners/cmg/sign-off.v1.schema.json by `npm run contracts:types`.
 * Do not edit: change the contract (a published one only by adding a new version beside it) and regenerate.
 */

/**
 * CMG Japan Crisis Room API v1: the coordinator's decision, for the client, on one revision of a statement CMG released for sign-off, POSTed by the hub signed (Standard Webhooks) to {mandates endpoint}/{mandateId}/statements/{statementRef}/sign-off, after the mandate itself and never before. SIGNED_OFF: the revision may be used as it is; REVISE: CMG revises it following reviewerComments and releases the next revision. Mapped from DeliverableReviewedV1.
 */
export interface CmgSignOffV1 {
  /**
   * Crisis Room API version of this payload.
   */
  crisisRoomApi: "1";
  /**
   * The mandate the statement belongs to.
   */
  mandateId: string;
  /**
   * CMG's reference of the statement decided on, as CMG released it.
   */
  statementRef: string;
  /**
   * The revision decided on.
   */
  revision: number;
  /**
   * SIGNED_OFF: approved for use as it is; REVISE: returned for revision (see reviewerComments).
   */
  verdict: "SIGNED_OFF" | "REVISE";
  /**
   * The coordinator's comments; required when the verdict is REVISE.
   */
  reviewerComments?: string;
  /**
   * Who decided on the client's behalf (staff:<username>).
   */
  reviewer: string;
  /**
   * When the hub recorded the decision.
   */
  decidedAt: string;
  /**
   * The hub's id of the revision decided on, for CMG's desk when it asks the hub about it.
   */
  hubDeliverableId: string;
}
