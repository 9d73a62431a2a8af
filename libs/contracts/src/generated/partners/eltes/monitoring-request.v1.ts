/**
 * Generated from contracts/partners/eltes/monitoring-request.v1.schema.json by `npm run contracts:types`.
 * Do not edit: change the contract (a published one only by adding a new version beside it) and regenerate.
 */

/**
 * Eltes API v1: a monitoring request (監視依頼) for an emergency spot engagement (Webモニタリング・緊急告知 スポット対応, SNS炎上対応支援), POSTed by the hub (adapter-eltes) to Eltes's /eltes/v1/monitoring-requests, signed per Standard Webhooks. Eltes opens a project (案件) for it, watches the web and social media for the client's keywords, and reports alerts, daily reports and its status against the requestId. Mapped from OrderIssuedV1.
 */
export interface EltesMonitoringRequestV1 {
  /**
   * Eltes API version of this payload.
   */
  apiVersion: "1";
  /**
   * The request's id: the hub's order id. Eltes quotes it on every status, alert batch, daily report and invoice.
   */
  requestId: string;
  /**
   * The incident the request is about: the hub's case id.
   */
  incidentRef: string;
  /**
   * Eltes's service plan: EMERGENCY_SPOT, emergency monitoring and flare-up response for one incident (緊急スポット対応), billed per monitoring day or as a monthly plan.
   */
  plan: "EMERGENCY_SPOT";
  /**
   * The company whose reputation is watched (the insured).
   */
  client: {
    /**
     * Registered company name; may contain full-width characters.
     */
    corporateName: string;
    /**
     * The client's person in charge (ご担当者), whom Eltes's analysts call on an urgent alert.
     */
    personInCharge: {
      /**
       * Name as they write it.
       */
      name: string;
      /**
       * Telephone number for urgent alerts.
       */
      phone: string;
      /**
       * E-mail address for daily reports.
       */
      email?: string;
    };
  };
  /**
   * The incident the public may react to.
   */
  incident: {
    /**
     * INFORMATION_LEAK (情報漏えい); SUSPECTED_UNAUTHORIZED_ACCESS (不正アクセスのおそれ, no leak confirmed).
     */
    incidentType: "INFORMATION_LEAK" | "SUSPECTED_UNAUTHORIZED_ACCESS";
    /**
     * What happened, in the client's words.
     */
    description: string;
    /**
     * When the client became aware of it (覚知).
     */
    awareAt: string;
    /**
     * Estimated number of personal-data records affected, when known.
     */
    affectedRecords?: number;
  };
  /**
   * What Eltes watches and from when (監視条件).
   */
  watch: {
    /**
     * Watch keywords (監視キーワード); the client's company name first. Eltes's analysts add variants (略称, misspellings) themselves.
     *
     * @minItems 1
     * @maxItems 50
     */
    keywords: string[];
    /**
     * When monitoring is to start: at once, as the request is issued.
     */
    startAt: string;
  };
  /**
   * What the coordinator asks Eltes to do (ご依頼内容).
   */
  instructions: string;
  /**
   * The coordinator's budget for the request, integer yen, consumption tax included (税込).
   */
  budgetInclTaxYen?: number;
  /**
   * When the request was issued.
   */
  requestedAt: string;
}
