/**
 * Generated from contracts/partners/cmg/mandate-brief.v1.schema.json by `npm run contracts:types`.
 * Do not edit: change the contract (a published one only by adding a new version beside it) and regenerate.
 */

/**
 * CMG Japan Crisis Room API v1: a new crisis-communications mandate (危機管理広報の受任) as the hub (adapter-cmg) POSTs it, signed per Standard Webhooks, to CMG's /cmg/v1/mandates. CMG's duty consultant opens it under CMG's own mandate number and logs what happens on it at the hub's /cmg/v1/callbacks. Mapped from OrderIssuedV1; the policy number stays with the hub.
 */
export interface CmgMandateBriefV1 {
  /**
   * Crisis Room API version of this payload.
   */
  crisisRoomApi: "1";
  /**
   * The mandate's id: the hub's order id. CMG quotes it on every log entry, statement and fee note.
   */
  mandateId: string;
  /**
   * The incident the mandate is for (the hub's case id); CMG keeps one crisis file per incident.
   */
  incidentId: string;
  /**
   * What CMG is mandated for: CRISIS_COMMUNICATIONS (危機管理広報: crisis simulation and holding statement, media-response strategy, spokesperson coaching, statements for approval, media monitoring).
   */
  mandateType: "CRISIS_COMMUNICATIONS";
  /**
   * The client in crisis (the insured), for whom CMG speaks.
   */
  client: {
    /**
     * The company's registered name; may contain full-width characters.
     */
    companyName: string;
    /**
     * The client's key contact for the crisis, whom CMG's duty consultant calls within the hour.
     */
    keyContact: {
      /**
       * The contact's name as they write it.
       */
      name: string;
      /**
       * The contact's telephone number.
       */
      phone: string;
      /**
       * The contact's e-mail address, when known.
       */
      email?: string;
    };
  };
  /**
   * The situation as the client reported it: what CMG's holding statement starts from.
   */
  situation: {
    /**
     * DATA_BREACH: personal data has leaked (情報漏えい); SUSPECTED_BREACH: only the threat of unauthorised access so far (漏えいのおそれ).
     */
    category: "DATA_BREACH" | "SUSPECTED_BREACH";
    /**
     * What happened, in the client's words.
     */
    narrative: string;
    /**
     * When the client learned of it.
     */
    discoveredAt: string;
    /**
     * The estimated number of personal-data records affected, when known.
     */
    recordsAtRisk?: number;
  };
  /**
   * The coordinator's brief: what CMG is asked to do.
   */
  briefing: string;
  /**
   * The fee cap the coordinator set for the mandate (its estimate), which CMG's fee notes are compared with.
   */
  feeCap?: {
    /**
     * The cap in integer yen.
     */
    amountYen: number;
    /**
     * The cap includes consumption tax (the hub's estimates always do).
     */
    taxIncluded: true;
  };
  /**
   * When the coordinator issued the mandate.
   */
  mandatedAt: string;
}
