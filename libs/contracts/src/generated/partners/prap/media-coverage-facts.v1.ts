/**
 * Generated from contracts/partners/prap/media-coverage-facts.v1.schema.json by `npm run contracts:types`.
 * Do not edit: change the contract (a published one only by adding a new version beside it) and regenerate.
 */

/**
 * The facts of a media_coverage deliverable from PRAP Japan: the crisis's coverage over one period, counted per medium with its tone, as adapter-prap maps it from a coverage report (PrapMediaCoverageReportV1). Its reference is PRAP's report number.
 */
export interface PrapMediaCoverageFactsV1 {
  /**
   * Start of the period counted.
   */
  periodFrom: string;
  /**
   * End of the period counted.
   */
  periodTo: string;
  /**
   * Items counted over every medium.
   */
  totalItems: number;
  /**
   * Of which favourable to the company.
   */
  positiveItems: number;
  /**
   * Of which neutral.
   */
  neutralItems: number;
  /**
   * Of which unfavourable.
   */
  negativeItems: number;
  /**
   * PRAP's alert level: normal, or watch (unfavourable coverage spreading; raised to the coordinator as an alert).
   */
  alertLevel: "normal" | "watch";
  /**
   * The counts per medium.
   *
   * @minItems 1
   * @maxItems 4
   */
  byMedia: {
    /**
     * The medium.
     */
    media: "newspaper" | "tv" | "web" | "sns";
    /**
     * Items counted.
     */
    items: number;
    /**
     * Favourable items.
     */
    positive: number;
    /**
     * Neutral items.
     */
    neutral: number;
    /**
     * Unfavourable items.
     */
    negative: number;
  }[];
  /**
   * The items PRAP's analysts singled out.
   *
   * @maxItems 20
   */
  notableItems: {
    /**
     * The medium.
     */
    media: "newspaper" | "tv" | "web" | "sns";
    /**
     * The outlet or account.
     */
    outlet: string;
    /**
     * The headline or the post's opening.
     */
    headline: string;
    /**
     * Its tone.
     */
    tone: "positive" | "neutral" | "negative";
    /**
     * When it appeared.
     */
    publishedAt: string;
    /**
     * Where it can be read, when online.
     */
    url?: string;
  }[];
}
