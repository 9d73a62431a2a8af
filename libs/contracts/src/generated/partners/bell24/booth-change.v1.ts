/**
 * Generated from contracts/partners/bell24/booth-change.v1.schema.json by `npm run contracts:types`.
 * Do not edit: change the contract (a published one only by adding a new version beside it) and regenerate.
 */

/**
 * Bell System 24 format 1: a booth count change (ブース数変更) made on request while the centre runs, POSTed signed (Standard Webhooks, with its bearer token) to the hub's /bell24/v1/booth-changes. Each change is one record under Bell24's change number; sent again unchanged it counts once, changed it is refused.
 */
export interface Bell24BoothChangeV1 {
  /**
   * Bell24 interface format of this payload.
   */
  formatVersion: "1";
  /**
   * 依頼ID of the operation request whose centre changed.
   */
  requestId: string;
  /**
   * 変更番号: Bell24's number of the change within the centre, e.g. BC-0001.
   */
  changeNo: string;
  /**
   * 変更前ブース数.
   */
  boothsBefore: number;
  /**
   * 変更後ブース数: must differ from boothsBefore.
   */
  boothsAfter: number;
  /**
   * 適用日: the first day open with the new count (JST); booth-days are billed by it.
   */
  effectiveDate: string;
  /**
   * 依頼者: who asked for the change (the coordinator or the insured's contact), as Bell24 recorded it.
   */
  requestedBy: string;
  /**
   * 変更理由, e.g. 入電増加のため増席.
   */
  reason?: string;
  /**
   * When Bell24 recorded the change.
   */
  changedAt: string;
}
