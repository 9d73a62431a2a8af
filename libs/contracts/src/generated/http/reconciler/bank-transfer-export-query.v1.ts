/**
 * Generated from contracts/http/reconciler/bank-transfer-export-query.v1.schema.json by `npm run contracts:types`.
 * Do not edit: change the contract (a published one only by adding a new version beside it) and regenerate.
 */

/**
 * The query parameters of GET /bank-transfer-exports (reconciler API v1), as the strings they arrive as; a parameter not listed here is refused rather than ignored.
 */
export interface BankTransferExportQueryV1 {
  /**
   * The transfer date (振込指定日, Japan) the files were exported for, YYYY-MM-DD: the day after the business day the bank-export job ran for.
   */
  date: string;
}
