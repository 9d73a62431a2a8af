/**
 * Generated from contracts/http/reconciler/payee-account.v1.schema.json by `npm run contracts:types`.
 * Do not edit: change the contract (a published one only by adding a new version beside it) and regenerate.
 */

/**
 * Answer of PUT /payee-accounts/{payeeKind}/{payeeId} and an item of GET /payee-accounts (reconciler API v1): the bank account a payee is paid to, as the transfer file will name it.
 */
export interface PayeeAccountV1 {
  /**
   * partner: a partner firm paid directly (the insured assigned its claim); insured: the insured company.
   */
  payeeKind: "partner" | "insured";
  /**
   * The partner's id (lac), or the insured's policy number.
   */
  payeeId: string;
  /**
   * 統一金融機関番号 of the payee's bank.
   */
  bankCode: string;
  /**
   * 支店番号.
   */
  branchCode: string;
  /**
   * 預金種目: 1 普通, 2 当座, 4 貯蓄, 9 その他.
   */
  accountType: "1" | "2" | "4" | "9";
  /**
   * 口座番号.
   */
  accountNumber: string;
  /**
   * 口座名義 in Zengin half-width kana, as it is written to the transfer file (cut to the record's 30 bytes there).
   */
  accountName: string;
  /**
   * Who recorded it: staff:<username>.
   */
  updatedBy: string;
  /**
   * When it was recorded.
   */
  updatedAt: string;
}
