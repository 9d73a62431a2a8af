/**
 * Generated from contracts/partners/lac/engagement-request.v2.schema.json by `npm run contracts:types`.
 * Do not edit: change the contract (a published one only by adding a new version beside it) and regenerate.
 */

/**
 * LAC's native v2 engagement request: what the hub (adapter-lac) POSTs to LAC's /lac/v2/engagements, signed per Standard Webhooks. Breaking change from v1: the client's contacts are a list with roles (LAC's analysts call the primary contact, and the IT contact where there is one), and the budget says whether it includes consumption tax. Mapped from OrderIssuedV1.
 */
export interface LacEngagementRequestV2 {
  /**
   * LAC API version of this payload.
   */
  api_version: "2";
  /**
   * The engagement's id; the hub's order id. LAC echoes it in every status callback.
   */
  engagement_id: string;
  /**
   * Reference of the incident; the hub's case id.
   */
  incident_ref: string;
  /**
   * LAC service ordered: IR-EMERGENCY, incident response (調査・応急対応支援).
   */
  service_code: "IR-EMERGENCY";
  /**
   * The affected company (the insured).
   */
  client: {
    /**
     * Company name; may contain full-width characters.
     */
    company_name: string;
    /**
     * People LAC may call, the primary contact first.
     *
     * @minItems 1
     * @maxItems 5
     */
    contacts: {
      /**
       * PRIMARY: the incident contact; IT: the systems contact; LEGAL: the legal contact.
       */
      role: "PRIMARY" | "IT" | "LEGAL";
      /**
       * Contact person.
       */
      name: string;
      /**
       * Telephone number.
       */
      tel: string;
      /**
       * E-mail address.
       */
      email?: string;
    }[];
  };
  /**
   * The incident.
   */
  incident: {
    /**
     * LEAK: data has leaked; THREAT: suspected unauthorised access only.
     */
    category: "LEAK" | "THREAT";
    /**
     * What happened.
     */
    summary: string;
    /**
     * When the company detected it.
     */
    detected_at: string;
    /**
     * Estimated number of records affected.
     */
    estimated_records?: number;
  };
  /**
   * What LAC is asked to do.
   */
  scope_note: string;
  /**
   * Budget for the engagement.
   */
  budget?: {
    /**
     * Integer yen.
     */
    amount_jpy: number;
    /**
     * Whether the amount includes consumption tax (the hub's estimates always do).
     */
    tax_included: boolean;
  };
  /**
   * When the engagement was issued.
   */
  issued_at: string;
}
