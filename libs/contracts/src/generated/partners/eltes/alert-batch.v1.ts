/**
 * Generated from contracts/partners/eltes/alert-batch.v1.schema.json by `npm run contracts:types`.
 * Do not edit: change the contract (a published one only by adding a new version beside it) and regenerate.
 */

/**
 * Eltes API v1: a batch of monitoring alerts (アラート) on one monitoring request, POSTed by Eltes to the hub's /eltes/v1/alerts, signed per Standard Webhooks; Eltes's crawler sends what its analysts classified since the last batch, up to 1,000 at a time (a batch of 1,000 with long Japanese excerpts is about 1.5 MB; the adapter takes up to 4 MB). The same post is alerted again whenever it is seen again (more reach, another link form): the hub keeps one alert per post, by its URL normalised, and counts the repeats. Answered 202 with DeliverablesReceiptV1.
 */
export interface EltesAlertBatchV1 {
  /**
   * Eltes API version of this payload.
   */
  apiVersion: "1";
  /**
   * The monitoring request the alerts are for: the requestId the hub sent.
   */
  requestId: string;
  /**
   * Eltes's batch number: B, the JST date, a dash and the day's sequence, e.g. B20261120-000042.
   */
  batchNo: string;
  /**
   * When Eltes sent the batch.
   */
  sentAt: string;
  /**
   * The alerts, oldest detection first.
   *
   * @minItems 1
   * @maxItems 1000
   */
  alerts: {
    /**
     * Eltes's alert number, e.g. AL-20261120-000123; a post seen again gets a new one.
     */
    alertId: string;
    /**
     * Where the post is: X (旧Twitter), INSTAGRAM, FACEBOOK, YOUTUBE, TIKTOK, 5CH (5ちゃんねる), NEWS_SITE (ニュースサイト), BLOG (ブログ), BBS (その他の掲示板), REVIEW_SITE (口コミサイト), OTHER.
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
     * The post's URL as the crawler found it: tracking parameters and all, and Japanese characters unencoded where the page shows them so (an IRI); a URL that does not parse is refused naming it.
     */
    postUrl: string;
    /**
     * When the post was published, when the platform shows it.
     */
    postedAt?: string;
    /**
     * When Eltes detected the post (検知日時).
     */
    detectedAt: string;
    /**
     * The post's text, or its relevant part, as Eltes quotes it (本文抜粋), at most 280 characters.
     */
    excerpt: string;
    /**
     * The posting account or site, as shown (投稿者).
     */
    accountName?: string;
    /**
     * How many people the post can reach, as reachBasis says (拡散力).
     */
    reach: number;
    /**
     * What reach counts: FOLLOWERS (the account's followers), IMPRESSIONS (表示回数), VIEWS (再生回数), MONTHLY_PV (the site's estimated monthly page views).
     */
    reachBasis: "FOLLOWERS" | "IMPRESSIONS" | "VIEWS" | "MONTHLY_PV";
    /**
     * Eltes's risk level (リスクレベル): 緊急 (urgent: the client is called at once), 要注意 (needs watching), 参考 (for reference).
     */
    riskLevel: "緊急" | "要注意" | "参考";
    /**
     * Eltes's estimate of the likelihood that the post flares up (炎上可能性), in percent.
     */
    flareUpPct: number;
    /**
     * Topic tags the analysts gave the post (話題タグ), e.g. 情報漏えい, 謝罪対応.
     *
     * @maxItems 5
     */
    topics?: string[];
  }[];
}
