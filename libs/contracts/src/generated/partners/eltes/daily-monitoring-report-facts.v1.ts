/**
 * Generated from contracts/partners/eltes/daily-monitoring-report-facts.v1.schema.json by `npm run contracts:types`.
 * Do not edit: change the contract (a published one only by adding a new version beside it) and regenerate.
 */

/**
 * The facts of an Eltes daily monitoring report (deliverable kind daily_monitoring_report, reference the JST day, version the report's revision), as the hub publishes them and core shows them: the day's alerted posts by risk level and platform, the flare-up situation, the notable topics and the analyst's comment.
 */
export interface EltesDailyMonitoringReportFactsV1 {
  /**
   * The JST day reported on.
   */
  reportDate: string;
  /**
   * The report's revision.
   */
  revision: number;
  /**
   * Start of the period counted, inclusive.
   */
  periodFrom: string;
  /**
   * End of the period counted, exclusive.
   */
  periodTo: string;
  /**
   * Posts alerted in the period.
   */
  totalAlerts: number;
  /**
   * Of them, at risk level 緊急.
   */
  urgentAlerts: number;
  /**
   * Of them, at risk level 要注意.
   */
  cautionAlerts: number;
  /**
   * Of them, at risk level 参考.
   */
  referenceAlerts: number;
  /**
   * Posts alerted per platform.
   *
   * @maxItems 11
   */
  byPlatform: {
    /**
     * Eltes's platform code.
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
  /**
   * The analysts' reading of the day (炎上状況).
   */
  flareUpStatus: "NONE" | "SMOLDERING" | "FLARING" | "SUBSIDING";
  /**
   * Notable topics, most mentioned first.
   *
   * @maxItems 20
   */
  notableTopics: {
    /**
     * The topic.
     */
    topic: string;
    /**
     * Posts mentioning it.
     */
    mentions: number;
    /**
     * Against the day before.
     */
    trend: "RISING" | "STEADY" | "FALLING";
    /**
     * The analysts' note; null when none.
     */
    comment: string | null;
  }[];
  /**
   * The analyst's summary and advice.
   */
  analystComment: string;
}
