/**
 * Generated from contracts/partners/aos/matter-status.v1.schema.json by `npm run contracts:types`.
 * Do not edit: change the contract (a published one only by adding a new version beside it) and regenerate.
 */

/**
 * AOS API v1: a status report on a matter (案件ステータス), what AOS's matter system POSTs to the hub's /aos/v1/callbacks, signed per Standard Webhooks: received (受付), taken on (受任) or declined (辞退) with the reason, the stage reached (進行中), work completed (作業完了). Mapped to OrderStatusChangedV1.
 */
export interface AosMatterStatusV1 {
  /**
   * AOS API version of this payload.
   */
  apiVersion: "aos.v1";
  /**
   * The matterRef of the matter request.
   */
  matterRef: string;
  /**
   * AOS's own matter number (案件番号), e.g. AOS-2026-00153.
   */
  aosMatterNo: string;
  /**
   * AOS's number of this report within the matter: 1 for the first, one more for each next one.
   */
  seq: number;
  /**
   * UKETSUKE: received (受付); JUNIN: taken on (受任); JITAI: declined (辞退, see declineReason); SHINKOCHU: in progress, at the stage given (進行中); SAGYO_KANRYO: the work is complete (作業完了).
   */
  status: "UKETSUKE" | "JUNIN" | "JITAI" | "SHINKOCHU" | "SAGYO_KANRYO";
  /**
   * The stage reached, required when status is SHINKOCHU: HOZEN_CHAKUSHU (preservation started, 保全着手), HOZEN_KANRYO (every device preserved, 保全完了), KAISEKI_CHAKUSHU (analysis started, 解析着手), HOKOKUSHO_SOAN (report drafted, 報告書草案), HOKOKUSHO_TEISHUTSU (report submitted, 報告書提出).
   */
  stage?: "HOZEN_CHAKUSHU" | "HOZEN_KANRYO" | "KAISEKI_CHAKUSHU" | "HOKOKUSHO_SOAN" | "HOKOKUSHO_TEISHUTSU";
  /**
   * Why AOS declined (辞退理由); required when status is JITAI.
   */
  declineReason?: string;
  /**
   * A remark from AOS's matter manager (備考).
   */
  memo?: string;
  /**
   * When it happened at AOS.
   */
  eventAt: string;
}
