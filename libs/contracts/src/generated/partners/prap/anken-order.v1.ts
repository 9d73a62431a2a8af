/**
 * Generated from contracts/partners/prap/anken-order.v1.schema.json by `npm run contracts:types`.
 * Do not edit: change the contract (a published one only by adding a new version beside it) and regenerate.
 */

/**
 * PRAP Japan Crisis Desk API v1: a new crisis-PR matter (案件) as the hub (adapter-prap) POSTs it, signed per Standard Webhooks, to PRAP's /prap/v1/anken. PRAP's desk registers it under its own matter number (案件番号) and reports on it at the hub's /prap/v1/callbacks. Mapped from OrderIssuedV1; the policy number stays with the hub.
 */
export interface PrapAnkenOrderV1 {
  /**
   * Crisis Desk API version of this payload.
   */
  apiVersion: "1";
  /**
   * The matter's id: the hub's order id. PRAP quotes it on every status report, document, publication, coverage report and invoice.
   */
  ankenId: string;
  /**
   * 事故ID: the incident the matter belongs to (the hub's case id); PRAP files its matters for one incident together.
   */
  jikoId: string;
  /**
   * 依頼区分, what PRAP is engaged for: KINKYUJI_KOHO, emergency crisis-PR support (緊急時広報支援: apology and release drafting, press-conference support, newspaper notices).
   */
  iraiKubun: "KINKYUJI_KOHO";
  /**
   * 顧客: the company in crisis (the insured), on whose behalf PRAP speaks.
   */
  kokyaku: {
    /**
     * 社名, the company's registered name; may contain full-width characters.
     */
    shamei: string;
    /**
     * 担当者: the company's contact for the incident, whom PRAP's consultant calls first.
     */
    tantosha: {
      /**
       * 氏名, the contact's name as they write it.
       */
      shimei: string;
      /**
       * 電話, the contact's telephone number.
       */
      denwa: string;
      /**
       * メール, the contact's e-mail address, when known.
       */
      mail?: string;
    };
  };
  /**
   * 事故: the incident as the company reported it, the facts PRAP's fact master starts from.
   */
  jiko: {
    /**
     * 種別: JOHO_ROEI, data has leaked (情報漏えい); ROEI_NO_OSORE, only the threat of unauthorised access (漏えいのおそれ).
     */
    shubetsu: "JOHO_ROEI" | "ROEI_NO_OSORE";
    /**
     * 概要, what happened, in the company's words.
     */
    gaiyo: string;
    /**
     * 発見日時, when the company learned of it.
     */
    hakkenNichiji: string;
    /**
     * 影響件数, the estimated number of personal-data records affected, when known.
     */
    eikyoKensu?: number;
  };
  /**
   * 依頼内容, the coordinator's instructions: what PRAP is asked to do.
   */
  iraiNaiyo: string;
  /**
   * 予算, the coordinator's budget for the matter, which PRAP's invoices are compared with.
   */
  yosan?: {
    /**
     * 上限額, the budget in integer yen.
     */
    jogenGaku: number;
    /**
     * 税区分 of the budget: ZEIKOMI, consumption tax included (the hub's estimates always are).
     */
    zeiKubun: "ZEIKOMI";
  };
  /**
   * 依頼日時, when the coordinator issued the matter.
   */
  iraiNichiji: string;
}
