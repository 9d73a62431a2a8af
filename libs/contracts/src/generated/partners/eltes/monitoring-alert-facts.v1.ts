/**
 * Generated from contracts/partners/eltes/monitoring-alert-facts.v1.schema.json by `npm run contracts:types`.
 * Do not edit: change the contract (a published one only by adding a new version beside it) and regenerate.
 */

/**
 * The facts of an Eltes monitoring alert (deliverable kind monitoring_alert), as the hub publishes them in hub.order.deliverables-received.v1 and core shows them: Eltes's own figures and its native risk level, unchanged. The deliverable's reference is the post's URL normalised (postUrlNormalised, or a shortened form of it with its SHA-256 when longer than a reference may be); the first alert of a post is kept and later ones are counted as repeats.
 */
export interface EltesMonitoringAlertFactsV1 {
  /**
   * Eltes's alert number of the first alert on the post.
   */
  alertId: string;
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
   * The post's URL as Eltes sent it.
   */
  postUrl: string;
  /**
   * The URL normalised: scheme and host lower-case, the platform's canonical host, tracking parameters removed, the remaining parameters sorted, no fragment, no trailing slash.
   */
  postUrlNormalised: string;
  /**
   * When the post was published; null when the platform does not show it.
   */
  postedAt: string | null;
  /**
   * When Eltes detected it.
   */
  detectedAt: string;
  /**
   * The post's text as Eltes quotes it.
   */
  excerpt: string;
  /**
   * The posting account or site; null when not shown.
   */
  accountName: string | null;
  /**
   * How many people the post can reach, as reachBasis says.
   */
  reach: number;
  /**
   * What reach counts.
   */
  reachBasis: "FOLLOWERS" | "IMPRESSIONS" | "VIEWS" | "MONTHLY_PV";
  /**
   * Eltes's risk level as Eltes states it; 緊急 alerts are urgent on the coordinator's timeline, the others counted per hour.
   */
  riskLevel: "緊急" | "要注意" | "参考";
  /**
   * Likelihood of a flare-up (炎上可能性), percent.
   */
  flareUpPct: number;
  /**
   * Eltes's topic tags; empty when none.
   *
   * @maxItems 5
   */
  topics: string[];
}
