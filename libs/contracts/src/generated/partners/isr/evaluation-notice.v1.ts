/**
 * Generated from contracts/partners/isr/evaluation-notice.v1.schema.json by `npm run contracts:types`.
 * Do not edit: change the contract (a published one only by adding a new version beside it) and regenerate.
 */

/**
 * I.S.Rating API v1: an evaluation progress notice (評価進捗通知), what I.S.Rating POSTs to the hub's /isr/v1/callbacks, signed per Standard Webhooks: the request received (受付), undertaken (受託) or declined (辞退) with a reason, an analyst milestone reached, the evaluation closed (評価業務完了). Mapped to OrderStatusChangedV1.
 */
export interface IsrEvaluationNoticeV1 {
  /**
   * I.S.Rating API specification version of this payload.
   */
  specVersion: "1.0";
  /**
   * The requestNo of the evaluation request.
   */
  requestNo: string;
  /**
   * I.S.Rating's evaluation number (評価番号), e.g. E2026-00042: the year and a serial.
   */
  evaluationNo: string;
  /**
   * RECEIVED (受付): the request is registered; UNDERTAKEN (受託) or DECLINED (辞退, see declineReason); MILESTONE_REACHED (see milestone); EVALUATION_CLOSED (評価業務完了): the work is done.
   */
  noticeType: "RECEIVED" | "UNDERTAKEN" | "DECLINED" | "MILESTONE_REACHED" | "EVALUATION_CLOSED";
  /**
   * The step reached: EVALUATION_STARTED (評価開始), DOCUMENT_REVIEW_DONE (書面審査完了), ANALYST_INTERVIEW_DONE (経営者・担当者ヒアリング完了), ONSITE_REVIEW_DONE (現地調査完了), RATING_COMMITTEE_DECIDED (格付委員会決定), CERTIFICATE_ISSUED (証明書発行), RESULT_PUBLISHED (結果公表). Required when noticeType is MILESTONE_REACHED.
   */
  milestone?:
    | "EVALUATION_STARTED"
    | "DOCUMENT_REVIEW_DONE"
    | "ANALYST_INTERVIEW_DONE"
    | "ONSITE_REVIEW_DONE"
    | "RATING_COMMITTEE_DECIDED"
    | "CERTIFICATE_ISSUED"
    | "RESULT_PUBLISHED";
  /**
   * Why I.S.Rating declines (辞退理由), e.g. a conflict of interest with the ratee. Required when noticeType is DECLINED.
   */
  declineReason?: string;
  /**
   * The lead analyst (主任アナリスト) in charge.
   */
  leadAnalyst?: string;
  /**
   * The analysts' remark (連絡事項).
   */
  message?: string;
  /**
   * When it happened at I.S.Rating.
   */
  noticedAt: string;
}
