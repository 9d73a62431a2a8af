/**
 * Generated from contracts/partners/bell24/status-report.v1.schema.json by `npm run contracts:types`.
 * Do not edit: change the contract (a published one only by adding a new version beside it) and regenerate.
 */

/**
 * Bell System 24 format 1: a status report (状況報告) Bell24 POSTs signed (Standard Webhooks, with its bearer token) to the hub's /bell24/v1/callbacks: received, accepted or declined, each step of launching and closing the centre, and operation complete. Mapped to OrderStatusChangedV1.
 */
export interface Bell24StatusReportV1 {
  /**
   * Bell24 interface format of this payload.
   */
  formatVersion: "1";
  /**
   * 依頼ID of the operation request reported on.
   */
  requestId: string;
  /**
   * Bell24's code of the centre set up for the request (センターコード), e.g. BS24-2611-0007.
   */
  centerCode: string;
  /**
   * RECEIVED (受付), ACCEPTED (受託), DECLINED (辞退; see declineReason), PROGRESS (a step reached; see progressStep), COMPLETED (業務完了: the centre is closed and its data deleted).
   */
  reportType: "RECEIVED" | "ACCEPTED" | "DECLINED" | "PROGRESS" | "COMPLETED";
  /**
   * The step reached: NUMBER_SECURED (番号確保: the toll-free number is reserved), SCRIPT_FAQ_APPROVED (トークスクリプト・FAQ承認), OPERATORS_TRAINED (研修完了), RECEPTION_STARTED (開設・受付開始), CENTER_CLOSED (閉鎖), DATA_DELETION_CONFIRMED (データ消去確認: callers' personal data deleted). Required when reportType is PROGRESS.
   */
  progressStep?:
    | "NUMBER_SECURED"
    | "SCRIPT_FAQ_APPROVED"
    | "OPERATORS_TRAINED"
    | "RECEPTION_STARTED"
    | "CENTER_CLOSED"
    | "DATA_DELETION_CONFIRMED";
  /**
   * 受付電話番号 (フリーダイヤル) secured, reported with NUMBER_SECURED.
   */
  tollFreeNumber?: string;
  /**
   * 辞退理由. Required when reportType is DECLINED.
   */
  declineReason?: string;
  /**
   * 備考: the supervisor's remark.
   */
  comment?: string;
  /**
   * 報告日時: when it happened at Bell24.
   */
  reportedAt: string;
}
