/**
 * Generated from contracts/http/reconciler/bank-file-import-query.v1.schema.json by `npm run contracts:types`.
 * Do not edit: change the contract (a published one only by adding a new version beside it) and regenerate.
 */

/**
 * The query parameters of POST /bank-files (reconciler API v1), whose body is the bank's file as it was downloaded (Content-Type application/octet-stream); a parameter not listed here is refused rather than ignored.
 */
export interface BankFileImportQueryV1 {
  /**
   * transfer_result: the bank's result of a 総合振込 file (120-byte records); statement: an 入出金取引明細 (200-byte records), of which the withdrawals (出金) are imported.
   */
  kind: "transfer_result" | "statement";
  /**
   * The file's name as downloaded from the bank, for the record (no path, no control characters).
   */
  fileName: string;
}
