/**
 * Generated from contracts/partners/bell24/inquiry-figures-facts.v1.schema.json by `npm run contracts:types`.
 * Do not edit: change the contract (a published one only by adding a new version beside it) and regenerate.
 */

/**
 * The facts of Bell System 24's deliverable inquiry_figures (one per report day, reference the day): the day's call figures in total and per inquiry type, from its daily report file. The hub publishes them in its deliverable events.
 */
export interface Bell24InquiryFiguresFactsV1 {
  /**
   * The day reported on (JST).
   */
  reportDate: string;
  /**
   * 入電数, all inquiry types.
   */
  callsOffered: number;
  /**
   * 応答数, all inquiry types.
   */
  callsAnswered: number;
  /**
   * 放棄呼数, all inquiry types.
   */
  callsAbandoned: number;
  /**
   * エスカレーション数, all inquiry types.
   */
  escalations: number;
  /**
   * One row per inquiry type, in the file's order.
   *
   * @minItems 1
   * @maxItems 200
   */
  categories: {
    /**
     * 問合せ種別, as written.
     */
    inquiryType: string;
    /**
     * 入電数.
     */
    callsOffered: number;
    /**
     * 応答数.
     */
    callsAnswered: number;
    /**
     * 放棄呼数.
     */
    callsAbandoned: number;
    /**
     * エスカレーション数.
     */
    escalations: number;
    /**
     * 平均通話時間（秒）; null when not given.
     */
    averageTalkSeconds: number | null;
    /**
     * 備考, exactly as written; null when empty.
     */
    remarks: string | null;
  }[];
}
