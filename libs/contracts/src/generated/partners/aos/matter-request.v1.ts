/**
 * Generated from contracts/partners/aos/matter-request.v1.schema.json by `npm run contracts:types`.
 * Do not edit: change the contract (a published one only by adding a new version beside it) and regenerate.
 */

/**
 * AOS Legaltech (AOSリーガルテック) API v1: a new matter (案件依頼) for evidence preservation and forensic investigation (証拠保全・フォレンジック調査), what the hub (adapter-aos) POSTs to AOS's /aos/v1/matters, signed per Standard Webhooks. AOS opens a matter (案件) with its own matter number and answers every later report with the hub's matterRef. Mapped from OrderIssuedV1.
 */
export interface AosMatterRequestV1 {
  /**
   * AOS API version of this payload.
   */
  apiVersion: "aos.v1";
  /**
   * The hub's reference of the matter (its engagement order id): AOS quotes it in every status report, evidence record, report and invoice.
   */
  matterRef: string;
  /**
   * The hub's reference of the incident (its case id); several matters may share one.
   */
  incidentRef: string;
  /**
   * The AOS service requested: HOZEN_CHOSA, evidence preservation with forensic investigation and a lawyer-reviewed report (証拠保全・調査).
   */
  requestType: "HOZEN_CHOSA";
  /**
   * The client company (依頼者, the insured) and who AOS's preservation team (保全担当) arranges site visits with.
   */
  client: {
    /**
     * The client's registered name; may contain full-width characters.
     */
    corporateName: string;
    /**
     * The client's contact (担当者).
     */
    contactPerson: string;
    /**
     * The contact's telephone number.
     */
    contactPhone: string;
    /**
     * The contact's e-mail address.
     */
    contactEmail?: string;
  };
  /**
   * The incident (事案) as the client reported it.
   */
  incident: {
    /**
     * ROUEI: data has leaked (情報漏えい); ROUEI_NO_OSORE: only the threat of unauthorised access (不正アクセスのおそれ).
     */
    classification: "ROUEI" | "ROUEI_NO_OSORE";
    /**
     * What happened (事案概要).
     */
    overview: string;
    /**
     * When the client discovered it (覚知日時).
     */
    discoveredAt: string;
    /**
     * Estimated number of personal-data records affected (推定件数).
     */
    affectedRecords?: number;
  };
  /**
   * The coordinator's instructions (依頼内容): what to preserve and investigate.
   */
  instructions: string;
  /**
   * The fee ceiling (予算上限) the coordinator estimated for the matter.
   */
  budget?: {
    /**
     * The ceiling, integer yen.
     */
    ceilingYen: number;
    /**
     * ZEIKOMI: the ceiling includes consumption tax (税込), as the hub's estimates always do.
     */
    consumptionTax: "ZEIKOMI";
  };
  /**
   * When the hub issued the request (依頼日時).
   */
  requestedAt: string;
}
