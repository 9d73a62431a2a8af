/**
 * Generated from contracts/partners/eltes/project-status.v1.schema.json by `npm run contracts:types`.
 * Do not edit: change the contract (a published one only by adding a new version beside it) and regenerate.
 */

/**
 * Eltes API v1: a status notice on the project (案件) Eltes opened for a monitoring request, POSTed by Eltes to the hub's /eltes/v1/callbacks, signed per Standard Webhooks, one event per notice. Mapped to OrderStatusChangedV1.
 */
export interface EltesProjectStatusV1 {
  /**
   * Eltes API version of this payload.
   */
  apiVersion: "1";
  /**
   * The requestId of the monitoring request.
   */
  requestId: string;
  /**
   * Eltes's own project number (案件番号), e.g. ELT-PJ-2026-00042.
   */
  projectNo: string;
  /**
   * RECEIVED (受付: the request reached Eltes's desk), ACCEPTED (受託) or DECLINED (辞退) the request, MILESTONE (a step of the work, see milestone), COMPLETED (業務完了: monitoring ended and the final report delivered).
   */
  statusType: "RECEIVED" | "ACCEPTED" | "DECLINED" | "MILESTONE" | "COMPLETED";
  /**
   * The step reached: KEYWORDS_CONFIGURED (監視キーワード設定完了), MONITORING_STARTED (24時間監視開始), OFFICIAL_ACCOUNT_SUPPORT_STARTED (公式アカウント対応支援開始), EMERGENCY_NOTICE_ISSUED (緊急告知の実施), MONITORING_ENDED (監視終了). Required when statusType is MILESTONE.
   */
  milestone?:
    | "KEYWORDS_CONFIGURED"
    | "MONITORING_STARTED"
    | "OFFICIAL_ACCOUNT_SUPPORT_STARTED"
    | "EMERGENCY_NOTICE_ISSUED"
    | "MONITORING_ENDED";
  /**
   * Why Eltes declined. Required when statusType is DECLINED.
   */
  declineReason?: string;
  /**
   * The analyst's remark (担当者コメント).
   */
  message?: string;
  /**
   * When it happened at Eltes.
   */
  eventAt: string;
}
