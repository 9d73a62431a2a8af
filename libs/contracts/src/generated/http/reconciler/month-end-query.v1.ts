/**
 * Generated from contracts/http/reconciler/month-end-query.v1.schema.json by `npm run contracts:types`.
 * Do not edit: change the contract (a published one only by adding a new version beside it) and regenerate.
 */

/**
 * The query parameters of GET /partners/{partnerId}/month-end/{month} (reconciler API v1), as the strings they arrive as; both optional, and a parameter not listed here is refused rather than ignored. charset is refused unless format is csv.
 */
export interface MonthEndQueryV1 {
  /**
   * json (when absent): the statement as JSON; csv: the statement as a CSV file for the partner's accounting staff (Japanese headers, CRLF, integer yen).
   */
  format?: "csv" | "json";
  /**
   * Only with format=csv. utf-8 (when absent): UTF-8 with a byte order mark; shift_jis: Shift_JIS (Windows-31J, as Japanese Excel reads it). A statement holding a character Shift_JIS cannot hold is refused (422, naming the character), never written with '?'.
   */
  charset?: "utf-8" | "shift_jis";
}
