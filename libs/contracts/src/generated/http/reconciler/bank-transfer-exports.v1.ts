/**
 * Generated from contracts/http/reconciler/bank-transfer-exports.v1.schema.json by `npm run contracts:types`.
 * Do not edit: change the contract (a published one only by adding a new version beside it) and regenerate.
 */

/**
 * Answer of GET /bank-transfer-exports (reconciler API v1): the 総合振込 files exported for a transfer date, oldest first (usually one; a payout instructed after the day's file was made goes into another), each with the transfers it instructs. The file itself is GET /bank-transfer-exports/{exportId}/file.
 */
export interface BankTransferExportsV1 {
  /**
   * The files, oldest first.
   */
  exports: {
    /**
     * The export's id.
     */
    exportId: string;
    /**
     * 振込指定日 (Japan).
     */
    transferDate: string;
    /**
     * The name the file is downloaded as, e.g. sogo-furikomi-2026-11-28.txt.
     */
    fileName: string;
    /**
     * Its data records: one per payout.
     */
    records: number;
    /**
     * 合計金額: the sum of its transfers, integer yen.
     */
    totalYen: number;
    /**
     * Who exported it: reconciler.
     */
    createdBy: string;
    /**
     * When it was exported.
     */
    createdAt: string;
    /**
     * Its transfers, in the order of the file's data records.
     */
    transfers: {
      /**
       * The payout paid by this transfer.
       */
      payoutId: string;
      /**
       * The transfer reference written in the record's EDI情報, which the bank reports back with the transfer.
       */
      reference: string;
      /**
       * 振込金額, integer yen: the payout's amount when it was exported.
       */
      amountYen: number;
      /**
       * The payee's bank.
       */
      bankCode: string;
      /**
       * The payee's branch.
       */
      branchCode: string;
      /**
       * 預金種目.
       */
      accountType: "1" | "2" | "4" | "9";
      /**
       * 口座番号.
       */
      accountNumber: string;
      /**
       * 受取人名 as written in the file (Zengin half-width kana, at most 30 bytes).
       */
      accountName: string;
    }[];
  }[];
}
