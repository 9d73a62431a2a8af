/**
 * Generated from contracts/partners/prap/shonin-kekka.v1.schema.json by `npm run contracts:types`.
 * Do not edit: change the contract (a published one only by adding a new version beside it) and regenerate.
 */

/**
 * PRAP Japan Crisis Desk API v1: the coordinator's decision on one version (版) of a document PRAP submitted for approval (承認結果通知), POSTed by the hub signed (Standard Webhooks) to {anken endpoint}/{ankenId}/documents/{documentNo}/shonin-kekka, after the matter itself and never before. SHONIN: the version may be published as it is; SASHIMODOSHI: PRAP revises it following shitekiJiko and submits the next version. Mapped from DeliverableReviewedV1.
 */
export interface PrapShoninKekkaV1 {
  /**
   * Crisis Desk API version of this payload.
   */
  apiVersion: "1";
  /**
   * The matter the document belongs to.
   */
  ankenId: string;
  /**
   * 文書番号, PRAP's number of the document decided on, as PRAP submitted it.
   */
  documentNo: string;
  /**
   * 版, the version decided on.
   */
  han: number;
  /**
   * 結果: SHONIN, approved (承認); SASHIMODOSHI, returned for revision (差戻し; see shitekiJiko).
   */
  kekka: "SHONIN" | "SASHIMODOSHI";
  /**
   * 指摘事項, the coordinator's comments; required when kekka is SASHIMODOSHI.
   */
  shitekiJiko?: string;
  /**
   * 承認者, who decided on the insured's behalf (staff:<username>).
   */
  shoninsha: string;
  /**
   * 結果日時, when the hub recorded the decision.
   */
  kekkaNichiji: string;
  /**
   * The hub's id of the version decided on, for PRAP's support desk when it asks the hub about it.
   */
  hubDeliverableId: string;
}
