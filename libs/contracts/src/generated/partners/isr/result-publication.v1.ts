/**
 * Generated from contracts/partners/isr/result-publication.v1.schema.json by `npm run contracts:types`.
 * Do not edit: change the contract (a published one only by adding a new version beside it) and regenerate.
 */

/**
 * I.S.Rating API v1: the publication of a rating result (結果公表), POSTed signed (Standard Webhooks) to the hub's /isr/v1/publications once it is out: on I.S.Rating's website (ウェブサイト掲載: the page and when it went up) and in its mail magazine (メールマガジン配信: the issue, when it was sent and to how many subscribers). It names the certificate published and restates its grade and document hash, which the hub compares with the certificate it received; a difference is raised to the coordinator as an alert.
 */
export interface IsrResultPublicationV1 {
  /**
   * I.S.Rating API specification version of this payload.
   */
  specVersion: "1.0";
  /**
   * The requestNo of the evaluation request.
   */
  requestNo: string;
  /**
   * I.S.Rating's evaluation number.
   */
  evaluationNo: string;
  /**
   * The certificate whose result is published.
   */
  certificateNo: string;
  /**
   * The grade as published. On I.S.Rating's 17-step scale, best first: AAAis … Cis.
   */
  publishedGrade:
    | "AAAis"
    | "AA+is"
    | "AAis"
    | "AA-is"
    | "A+is"
    | "Ais"
    | "A-is"
    | "BBB+is"
    | "BBBis"
    | "BBB-is"
    | "BB+is"
    | "BBis"
    | "BB-is"
    | "B+is"
    | "Bis"
    | "B-is"
    | "Cis";
  /**
   * The SHA-256 of the certificate document as linked from the publication. Lower-case hexadecimal (64 characters).
   */
  certificateSha256: string;
  /**
   * Each medium the result went out in (公表媒体).
   *
   * @minItems 1
   * @maxItems 10
   */
  media: {
    /**
     * WEBSITE (ウェブサイト掲載) or MAIL_MAGAZINE (メールマガジン配信).
     */
    medium: "WEBSITE" | "MAIL_MAGAZINE";
    /**
     * WEBSITE: the page the result is posted on.
     */
    pageUrl?: string;
    /**
     * WEBSITE: when the page went up.
     */
    postedAt?: string;
    /**
     * WEBSITE: the last day the result stays listed (normally the certificate's last day of validity).
     */
    listedUntil?: string;
    /**
     * MAIL_MAGAZINE: the magazine's name.
     */
    magazineTitle?: string;
    /**
     * MAIL_MAGAZINE: the issue number (第N号).
     */
    issueNo?: number;
    /**
     * MAIL_MAGAZINE: when the issue was sent.
     */
    sentAt?: string;
    /**
     * MAIL_MAGAZINE: how many subscribers it was sent to (配信数).
     */
    recipientCount?: number;
  }[];
}
