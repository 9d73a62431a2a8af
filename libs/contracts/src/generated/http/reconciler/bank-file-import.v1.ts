/**
 * Generated from contracts/http/reconciler/bank-file-import.v1.schema.json by `npm run contracts:types`.
 * Do not edit: change the contract (a published one only by adding a new version beside it) and regenerate.
 */

/**
 * Answer of POST /bank-files (reconciler API v1): the bank file imported (201), or, when the same bytes were imported before, that first import as it stands now (200). Its transfers are matched to payouts by the payouts-bank job.
 */
export interface BankFileImportV1 {
  /**
   * The import's id.
   */
  bankFileId: string;
  /**
   * What the file is.
   */
  kind: "transfer_result" | "statement";
  /**
   * The name it was imported under (the first import's, for the same bytes again).
   */
  fileName: string;
  /**
   * SHA-256 of the bytes, hex: the same file is imported once.
   */
  sha256: string;
  /**
   * Who imported it: staff:<username>.
   */
  importedBy: string;
  /**
   * When it was imported.
   */
  importedAt: string;
  /**
   * The outgoing transfers it reports, in file order: every data record of a transfer result, the withdrawals (出金) of a statement.
   */
  transactions: {
    /**
     * The transaction's id in the reconciler.
     */
    transactionId: string;
    /**
     * Its record in the file, 1-based (the header is record 1).
     */
    recordNo: number;
    /**
     * 振込指定日 of a transfer result; 預入・払出日 of a statement row (Japan).
     */
    valueDate: string;
    /**
     * The amount transferred, integer yen.
     */
    amountYen: number;
    /**
     * The payee's name as the bank wrote it (half-width kana); empty when the bank gave none.
     */
    payeeName: string;
    /**
     * The payee's bank, when the file says (transfer results).
     */
    bankCode: string | null;
    /**
     * The payee's branch, when the file says.
     */
    branchCode: string | null;
    /**
     * The payee's account number, when the file says.
     */
    accountNumber: string | null;
    /**
     * EDI情報 the transfer carried: the hub's transfer reference for a payout it exported; null when blank.
     */
    ediInfo: string | null;
    /**
     * The bank's own reference (照会番号 of a statement row); null when the file has none.
     */
    bankReference: string | null;
    /**
     * The payout it was matched to, once the payouts-bank job matched it.
     */
    matchedPayoutId: string | null;
    /**
     * How it was matched; null while unmatched.
     */
    matchedBy: "reference" | "amount_and_payee" | null;
    /**
     * When it was matched; null while unmatched.
     */
    matchedAt: string | null;
  }[];
}
