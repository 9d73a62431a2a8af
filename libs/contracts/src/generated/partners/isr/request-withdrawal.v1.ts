/**
 * Generated from contracts/partners/isr/request-withdrawal.v1.schema.json by `npm run contracts:types`.
 * Do not edit: change the contract (a published one only by adding a new version beside it) and regenerate.
 */

/**
 * I.S.Rating API v1: the withdrawal of an evaluation request (依頼取下げ通知), POSTed signed (Standard Webhooks) to {rating-requests endpoint}/{requestNo}/withdrawal when the coordinator cancels the order. Sent only after the request itself reached I.S.Rating. Mapped from OrderCancelledV1.
 */
export interface IsrRequestWithdrawalV1 {
  /**
   * I.S.Rating API specification version of this payload.
   */
  specVersion: "1.0";
  /**
   * The request withdrawn: the requestNo of the evaluation request.
   */
  requestNo: string;
  /**
   * Why the request is withdrawn (取下げ理由), for I.S.Rating's analysts.
   */
  withdrawalReason: string;
  /**
   * Who withdrew it: the coordinator.
   */
  withdrawnBy: string;
  /**
   * When the coordinator withdrew it.
   */
  withdrawnAt: string;
}
