/**
 * Generated from contracts/partners/prap/anken-status.v1.schema.json by `npm run contracts:types`.
 * Do not edit: change the contract (a published one only by adding a new version beside it) and regenerate.
 */

/**
 * PRAP Japan Crisis Desk API v1: a status report on a matter (案件状況報告), POSTed by PRAP signed (Standard Webhooks, with PRAP's bearer token) to the hub's /prap/v1/callbacks. One report says one thing: the matter registered, taken on or declined, a step of the crisis response reached, or the work done. Mapped to OrderStatusChangedV1.
 */
export interface PrapAnkenStatusV1 {
  /**
   * Crisis Desk API version of this payload.
   */
  apiVersion: "1";
  /**
   * The ankenId of the matter the hub sent.
   */
  ankenId: string;
  /**
   * 案件番号, PRAP's own matter number, e.g. PRAP-2026-00456.
   */
  ankenNo: string;
  /**
   * 状況: UKETSUKE, registered by PRAP's desk (受付); JUCHU, taken on (受注); JITAI, declined (辞退, see jitaiRiyu); SHINCHOKU, a step reached (進捗, see shinchoku); KANRYO, the work is done (完了).
   */
  jokyo: "UKETSUKE" | "JUCHU" | "JITAI" | "SHINCHOKU" | "KANRYO";
  /**
   * 進捗, the step reached; required when jokyo is SHINCHOKU: KICKOFF_MTG (キックオフ会議実施), FACT_MASTER_KAKUTEI (ファクトマスター確定), POSITION_PAPER_KAKUTEI (ポジションペーパー確定), RELEASE_KOHYO (お詫び・プレスリリース公表), KISHA_KAIKEN_JISSHI (記者会見実施), SHAKOKU_KEISAI (新聞社告掲載), OWABI_HASSO (お詫び状発送), MEDIA_MONITORING_KAISHI (報道モニタリング開始).
   */
  shinchoku?:
    | "KICKOFF_MTG"
    | "FACT_MASTER_KAKUTEI"
    | "POSITION_PAPER_KAKUTEI"
    | "RELEASE_KOHYO"
    | "KISHA_KAIKEN_JISSHI"
    | "SHAKOKU_KEISAI"
    | "OWABI_HASSO"
    | "MEDIA_MONITORING_KAISHI";
  /**
   * 辞退理由, why PRAP declined; required when jokyo is JITAI.
   */
  jitaiRiyu?: string;
  /**
   * 連絡事項, a remark from PRAP's consultant.
   */
  renrakuJiko?: string;
  /**
   * 報告日時, when it happened at PRAP.
   */
  hokokuNichiji: string;
}
