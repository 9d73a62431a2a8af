/**
 * Generated from contracts/partners/bell24/request-withdrawal.v1.schema.json by `npm run contracts:types`.
 * Do not edit: change the contract (a published one only by adding a new version beside it) and regenerate.
 */

/**
 * Bell System 24 format 1: the hub withdraws an operation request (依頼取消), POSTed signed (Standard Webhooks) to {operation-requests endpoint}/{requestId}/withdrawal, only after the request itself reached Bell24. Bell24 stops taking calls for it and closes the centre.
 */
export interface Bell24RequestWithdrawalV1 {
  /**
   * Bell24 interface format of this payload.
   */
  formatVersion: "1";
  /**
   * 依頼ID of the request withdrawn.
   */
  requestId: string;
  /**
   * 取消理由, for Bell24's supervisor.
   */
  reason: string;
  /**
   * 取消者: the coordinator who withdrew it.
   */
  withdrawnBy: string;
  /**
   * 取消日時.
   */
  withdrawnAt: string;
}
