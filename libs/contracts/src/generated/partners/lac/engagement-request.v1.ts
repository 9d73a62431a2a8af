/**
 * Generated from contracts/partners/lac/engagement-request.v1.schema.json by `npm run contracts:types`.
 * Do not edit: change the contract (a published one only by adding a new version beside it) and regenerate.
 */

/**
 * LAC's native v1 engagement request: what the hub (adapter-lac) POSTs to LAC's /lac/v1/engagements, signed per Standard Webhooks. LAC vocabulary and snake_case; mapped from OrderIssuedV1.
 */
export interface LacEngagementRequestV1 {
  /**
   * LAC API version of this payload.
   */
  api_version: "1";
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
     * Contact person.
     */
    contact_name: string;
    /**
     * Contact telephone number.
     */
    contact_tel: string;
    /**
     * Contact e-mail address.
     */
    contact_email?: string;
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
   * Budget for the engagement, integer yen.
   */
  budget_jpy?: number;
  /**
   * When the engagement was issued.
   */
  issued_at: string;
}
