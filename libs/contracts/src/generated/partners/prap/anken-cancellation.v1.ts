/**
 * Generated from contracts/partners/prap/anken-cancellation.v1.schema.json by `npm run contracts:types`.
 * Do not edit: change the contract (a published one only by adding a new version beside it) and regenerate.
 */

/**
 * PRAP Japan Crisis Desk API v1: the hub withdraws a matter (案件取消), POSTed signed (Standard Webhooks) to {anken endpoint}/{ankenId}/torikeshi, only after the matter itself reached PRAP. PRAP's consultants stop drafting and publishing for it; what was done until then may still be invoiced.
 */
export interface PrapAnkenCancellationV1 {
  /**
   * Crisis Desk API version of this payload.
   */
  apiVersion: "1";
  /**
   * The matter withdrawn: the ankenId of the matter PRAP received.
   */
  ankenId: string;
  /**
   * 取消理由, why the coordinator withdrew it, for PRAP's consultants.
   */
  torikeshiRiyu: string;
  /**
   * 取消者, the coordinator who withdrew it.
   */
  torikeshisha?: string;
  /**
   * 取消日時, when the coordinator withdrew it.
   */
  torikeshiNichiji: string;
}
