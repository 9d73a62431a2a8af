/**
 * Generated from contracts/http/core/review-deliverable.v1.schema.json by `npm run contracts:types`.
 * Do not edit: change the contract (a published one only by adding a new version beside it) and regenerate.
 */

/**
 * Body of POST /orders/{orderId}/deliverables/{deliverableId}/review (core API v7): the coordinator, for the insured, approves a deliverable that needs approval (a PRAP Japan draft) or returns it with comments. Only the latest version can be reviewed, once; the partner is told in its own terms.
 */
export interface ReviewDeliverableRequestV1 {
  /**
   * approved: it may be used as it is; returned: the partner revises it following the comment.
   */
  decision: "approved" | "returned";
  /**
   * Comments for the partner; required when returned.
   */
  comment?: string;
}
