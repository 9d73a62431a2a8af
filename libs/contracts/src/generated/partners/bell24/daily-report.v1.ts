/**
 * Generated from contracts/partners/bell24/daily-report.v1.schema.json by `npm run contracts:types`.
 * Do not edit: change the contract (a published one only by adding a new version beside it) and regenerate.
 */

/**
 * Bell System 24 format 1: one day's inquiry report (日次レポート) as the adapter reads it from the file Bell24 uploads to the hub's /bell24/v1/requests/{requestId}/daily-reports: a CSV in Shift_JIS (CP932; Content-Type text/csv, charset Shift_JIS or absent), one header row with exactly the columns 受付日, 問合せ種別, 入電数, 応答数, 放棄呼数, エスカレーション数, 平均通話時間（秒）, 備考 (any order), then one row per inquiry type of one day. Rows are numbered as a spreadsheet shows them (the header is row 1). Every bad cell is refused as `row N: <column>` and then nothing of the file is stored.
 */
export interface Bell24DailyReportV1 {
  /**
   * 依頼ID, from the upload's path.
   */
  requestId: string;
  /**
   * 受付日 of every row: the day reported on (JST), not after the day of upload.
   */
  reportDate: string;
  /**
   * The data rows, in the file's order.
   *
   * @minItems 1
   * @maxItems 200
   */
  rows: {
    /**
     * The row's number in the file (the header is row 1).
     */
    rowNo: number;
    /**
     * 問合せ種別, as Bell24's FAQ names it; each at most once a day.
     */
    inquiryType: string;
    /**
     * 入電数: calls that reached the centre.
     */
    callsOffered: number;
    /**
     * 応答数: calls an operator answered; at most 入電数.
     */
    callsAnswered: number;
    /**
     * 放棄呼数: callers who hung up before an answer; 応答数 + 放棄呼数 is at most 入電数.
     */
    callsAbandoned: number;
    /**
     * エスカレーション数: answered calls handed to the insured or the coordinator; at most 応答数.
     */
    escalations: number;
    /**
     * 平均通話時間（秒）; absent when the cell is empty.
     */
    averageTalkSeconds?: number;
    /**
     * 備考, exactly as written (full-width and half-width kana, ㈱, 髙 kept); absent when the cell is empty.
     */
    remarks?: string;
  }[];
}
