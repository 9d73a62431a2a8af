/**
 * Generated from contracts/partners/eltes/daily-report.v1.schema.json by `npm run contracts:types`.
 * Do not edit: change the contract (a published one only by adding a new version beside it) and regenerate.
 */

/**
 * Eltes API v1: the daily monitoring report (日次レポート) of one monitoring request for one JST day, POSTed by Eltes to the hub's /eltes/v1/daily-reports, signed per Standard Webhooks: the day's alerts by risk level and by platform, the notable topics, the flare-up situation and the analyst's comment. A correction is sent as the next revision; a revision once sent is never changed. Answered 202 with DeliverablesReceiptV1.
 */
export interface EltesDailyReportV1 {
  /**
   * Eltes API version of this payload.
   */
  apiVersion: "1";
  /**
   * The monitoring request reported on: the requestId the hub sent.
   */
  requestId: string;
  /**
   * The JST day reported on (対象日).
   */
  reportDate: string;
  /**
   * The report's revision (版): 1 first, one more for each correction.
   */
  revision: number;
  /**
   * The detections counted (集計期間), usually 00:00 to 24:00 JST of reportDate.
   */
  aggregationPeriod: {
    /**
     * Start, inclusive.
     */
    from: string;
    /**
     * End, exclusive.
     */
    to: string;
  };
  /**
   * The posts alerted in the period (each post once), in all, by risk level and by platform; both breakdowns add up to total.
   */
  alertTotals: {
    /**
     * Posts alerted (アラート件数).
     */
    total: number;
    /**
     * One row per risk level, each once.
     *
     * @minItems 3
     * @maxItems 3
     */
    byRiskLevel: {
      /**
       * Eltes's risk level.
       */
      riskLevel: "緊急" | "要注意" | "参考";
      /**
       * Posts alerted at that level.
       */
      count: number;
    }[];
    /**
     * One row per platform with alerts, each platform once.
     *
     * @maxItems 11
     */
    byPlatform: {
      /**
       * The platform, as in alert batches.
       */
      platform:
        | "X"
        | "INSTAGRAM"
        | "FACEBOOK"
        | "YOUTUBE"
        | "TIKTOK"
        | "5CH"
        | "NEWS_SITE"
        | "BLOG"
        | "BBS"
        | "REVIEW_SITE"
        | "OTHER";
      /**
       * Posts alerted there.
       */
      count: number;
    }[];
  };
  /**
   * The analysts' reading of the day (炎上状況): NONE (兆候なし), SMOLDERING (くすぶり: spreading slowly), FLARING (炎上中), SUBSIDING (沈静化).
   */
  flareUpStatus: "NONE" | "SMOLDERING" | "FLARING" | "SUBSIDING";
  /**
   * The topics worth the client's attention (注目トピック), most mentioned first.
   *
   * @maxItems 20
   */
  notableTopics: {
    /**
     * The topic as the analysts name it.
     */
    topic: string;
    /**
     * Posts mentioning it in the period.
     */
    mentions: number;
    /**
     * Against the day before: RISING (増加), STEADY (横ばい), FALLING (減少).
     */
    trend: "RISING" | "STEADY" | "FALLING";
    /**
     * The analysts' note on it.
     */
    comment?: string;
  }[];
  /**
   * The analyst's summary of the day and advice (所見・推奨対応).
   */
  analystComment: string;
}
