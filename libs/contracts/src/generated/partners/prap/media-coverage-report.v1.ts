/**
 * Generated from contracts/partners/prap/media-coverage-report.v1.schema.json by `npm run contracts:types`.
 * Do not edit: change the contract (a published one only by adding a new version beside it) and regenerate.
 */

/**
 * PRAP Japan Crisis Desk API v1: PRAP's media monitoring during the crisis (報道状況報告), POSTed signed (Standard Webhooks, with PRAP's bearer token) to the hub's /prap/v1/anken/{ankenId}/media-coverage: the coverage counted over a period per medium with its tone, the notable items, and PRAP's alert level. YOKEIKAI reaches the coordinator at once as an alert.
 */
export interface PrapMediaCoverageReportV1 {
  /**
   * Crisis Desk API version of this payload.
   */
  apiVersion: "1";
  /**
   * The matter; the same as the ankenId in the path.
   */
  ankenId: string;
  /**
   * 報告番号, PRAP's number of the report, e.g. PRAP-2026-00456-M01.
   */
  reportNo: string;
  /**
   * 集計期間, the period the counts cover.
   */
  shukeiKikan: {
    /**
     * 開始, the start of the period.
     */
    kaishi: string;
    /**
     * 終了, the end of the period; not before kaishi.
     */
    shuryo: string;
  };
  /**
   * 媒体別, the counts per medium, each medium once.
   *
   * @minItems 1
   * @maxItems 4
   */
  baitaiBetsu: {
    /**
     * 媒体: SHINBUN (新聞), TV (テレビ), WEB (ウェブニュース), SNS (SNS投稿).
     */
    baitai: "SHINBUN" | "TV" | "WEB" | "SNS";
    /**
     * 件数, the items counted; positive + neutral + negative.
     */
    kensu: number;
    /**
     * Items PRAP's analysts judged favourable to the company (好意的).
     */
    positive: number;
    /**
     * Items judged neutral (中立).
     */
    neutral: number;
    /**
     * Items judged unfavourable (否定的).
     */
    negative: number;
  }[];
  /**
   * 注目記事, the items PRAP's analysts want the company to see.
   *
   * @maxItems 20
   */
  chumokuKiji?: {
    /**
     * 媒体, the medium.
     */
    baitai: "SHINBUN" | "TV" | "WEB" | "SNS";
    /**
     * 媒体名, the outlet or account.
     */
    baitaiMei: string;
    /**
     * 見出し, the headline or the post's opening.
     */
    midashi: string;
    /**
     * The item's tone as PRAP's analysts judged it.
     */
    tone: "POSITIVE" | "NEUTRAL" | "NEGATIVE";
    /**
     * 掲載日時, when it appeared.
     */
    keisaiNichiji: string;
    /**
     * Where it can be read, when online.
     */
    url?: string;
  }[];
  /**
   * 警戒レベル: TSUJO, as expected (通常); YOKEIKAI, unfavourable coverage spreading, the coordinator should look now (要警戒).
   */
  keikaiLevel: "TSUJO" | "YOKEIKAI";
  /**
   * 総括, the analyst's summary of the period.
   */
  sokatsu?: string;
  /**
   * 報告日時, when PRAP issued the report.
   */
  hokokuNichiji: string;
}
