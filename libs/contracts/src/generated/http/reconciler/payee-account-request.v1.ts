/**
 * Generated from contracts/http/reconciler/payee-account-request.v1.schema.json by `npm run contracts:types`.
 * Do not edit: change the contract (a published one only by adding a new version beside it) and regenerate.
 */

/**
 * Body of PUT /payee-accounts/{payeeKind}/{payeeId} (reconciler API v1): finance records the bank account a payee is paid to, replacing the one on file. Transfers already exported keep the account they were exported with.
 */
export interface PayeeAccountRequestV1 {
  /**
   * 統一金融機関番号 of the payee's bank, 4 digits.
   */
  bankCode: string;
  /**
   * 支店番号, 3 digits.
   */
  branchCode: string;
  /**
   * 預金種目: 1 普通, 2 当座, 4 貯蓄, 9 その他.
   */
  accountType: "1" | "2" | "4" | "9";
  /**
   * 口座番号, 7 digits.
   */
  accountNumber: string;
  /**
   * 口座名義 as the bank registered it, in half-width (ｶ)ﾗﾂｸ) or full-width (カ）ラック) katakana, hiragana, A–Z and 0–9 with ( ) - . / and spaces; stored in Zengin half-width kana. Kanji and other characters without a Zengin form are refused, naming the character.
   */
  accountName: string;
}
