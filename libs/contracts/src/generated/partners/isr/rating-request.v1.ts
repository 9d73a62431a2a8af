/**
 * Generated from contracts/partners/isr/rating-request.v1.schema.json by `npm run contracts:types`.
 * Do not edit: change the contract (a published one only by adding a new version beside it) and regenerate.
 */

/**
 * I.S.Rating (株式会社アイ・エス・レーティング) API v1: an evaluation request (評価依頼) for a certificate on the status of an insured's recurrence-prevention measures (再発防止策の実施状況), what the hub (adapter-isr) POSTs to I.S.Rating's /isr/v1/rating-requests, signed per Standard Webhooks. I.S.Rating names its counterparty the ratee (被評価者) and echoes requestNo in every notice, certificate, publication and invoice. Mapped from OrderIssuedV1.
 */
export interface IsrRatingRequestV1 {
  /**
   * I.S.Rating API specification version of this payload.
   */
  specVersion: "1.0";
  /**
   * The request's number (依頼番号): the hub's order id.
   */
  requestNo: string;
  /**
   * The incident (事故) the request is about: the hub's case id.
   */
  incidentNo: string;
  /**
   * What is evaluated: RECURRENCE_PREVENTION_STATUS, the status of the measures taken to prevent a recurrence (再発防止策実施状況評価), ending in a rating certificate.
   */
  evaluationType: "RECURRENCE_PREVENTION_STATUS";
  /**
   * The company evaluated (被評価者): the insured, and whom I.S.Rating's analysts contact there.
   */
  ratee: {
    /**
     * Registered company name (商号); may contain full-width characters.
     */
    corporateName: string;
    /**
     * The ratee's liaison (窓口担当者).
     */
    liaisonName: string;
    /**
     * The liaison's telephone number.
     */
    liaisonPhone: string;
    /**
     * The liaison's e-mail address, when known.
     */
    liaisonEmail?: string;
  };
  /**
   * The incident the measures respond to (事故概要).
   */
  incidentOutline: {
    /**
     * INFORMATION_LEAK (情報漏えい): data has leaked; SUSPECTED_UNAUTHORIZED_ACCESS (不正アクセスのおそれ): only the threat of one.
     */
    category: "INFORMATION_LEAK" | "SUSPECTED_UNAUTHORIZED_ACCESS";
    /**
     * What happened, in the ratee's words.
     */
    description: string;
    /**
     * When the ratee became aware of it.
     */
    becameAwareAt: string;
    /**
     * Estimated number of personal-data records affected, when known.
     */
    affectedRecordCount?: number;
  };
  /**
   * The coordinator's instructions (依頼内容): what I.S.Rating is asked to evaluate, certify and publish.
   */
  requestedWork: string;
  /**
   * The fee budget (予算上限) for the evaluation, when the coordinator gave one.
   */
  feeCeiling?: {
    /**
     * Integer yen.
     */
    amountYen: number;
    /**
     * INCLUDED (税込): the amount includes consumption tax, as the hub's estimates always do.
     */
    consumptionTax: "INCLUDED";
  };
  /**
   * When the request was issued.
   */
  requestedAt: string;
}
