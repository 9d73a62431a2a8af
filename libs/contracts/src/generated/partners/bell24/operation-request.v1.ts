/**
 * Generated from contracts/partners/bell24/operation-request.v1.schema.json by `npm run contracts:types`.
 * Do not edit: change the contract (a published one only by adding a new version beside it) and regenerate.
 */

/**
 * Bell System 24 (ベルシステム24) format 1: the hub's request (業務依頼) to launch, run and close an incident hotline (緊急コールセンター) for one insured, POSTed signed (Standard Webhooks) to Bell24's operation-requests endpoint. Bell24 quotes requestId on every status report, daily report file, booth change and invoice.
 */
export interface Bell24OperationRequestV1 {
  /**
   * Bell24 interface format of this payload.
   */
  formatVersion: "1";
  /**
   * 依頼ID: the hub's engagement order id.
   */
  requestId: string;
  /**
   * 事案ID: the hub's case (incident) the hotline is for.
   */
  incidentId: string;
  /**
   * Bell24's service menu: INCIDENT_HOTLINE (緊急コールセンター: 立上げ・運用・クロージング).
   */
  serviceMenu: "INCIDENT_HOTLINE";
  /**
   * 依頼主: the insured company whose customers will call, and its contact.
   */
  client: {
    /**
     * 法人名, as registered; may hold full-width characters.
     */
    corporateName: string;
    /**
     * ご担当者: who Bell24's supervisor calls to agree the script, FAQ and booth count.
     */
    contactPerson: {
      /**
       * 氏名.
       */
      name: string;
      /**
       * 電話番号.
       */
      phone: string;
      /**
       * メールアドレス.
       */
      email?: string;
    };
  };
  /**
   * 事案概要: what the callers will be asking about.
   */
  incident: {
    /**
     * 事案区分: 01 情報漏えい (data leaked), 02 不正アクセスのおそれ (only the threat of unauthorised access).
     */
    incidentTypeCode: "01" | "02";
    /**
     * 事案の内容, in the insured's words.
     */
    description: string;
    /**
     * 判明日時: when the insured learned of it.
     */
    discoveredAt: string;
    /**
     * 対象者数 (見込み): people who may call, for sizing the booths; absent when not known.
     */
    affectedPersons?: number;
  };
  /**
   * 依頼内容: the coordinator's instructions (opening hours, languages, what the operators may say).
   */
  requestDetails: string;
  /**
   * ご予算 (税込), integer yen: the coordinator's estimate the invoice is compared with.
   */
  budgetInclTaxYen?: number;
  /**
   * 依頼日時: when the hub issued the request.
   */
  requestedAt: string;
}
