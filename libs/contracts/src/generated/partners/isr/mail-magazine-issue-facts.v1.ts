/**
 * Generated from contracts/partners/isr/mail-magazine-issue-facts.v1.schema.json by `npm run contracts:types`.
 * Do not edit: change the contract (a published one only by adding a new version beside it) and regenerate.
 */

/**
 * The facts of a rating result sent in I.S.Rating's mail magazine (deliverable kind mail_magazine_issue, reference the magazine's issue, e.g. vol.412): the issue, when it was sent and to how many subscribers, and the certificate's number, grade and document hash as announced, which the hub compares with the certificate's (ratingGrade, documentSha256).
 */
export interface IsrMailMagazineIssueFactsV1 {
  /**
   * The certificate whose result is announced.
   */
  certificateNo: string;
  /**
   * The grade as announced. On I.S.Rating's 17-step scale, best first: AAAis … Cis.
   */
  ratingGrade:
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
   * The SHA-256 of the certificate document as linked from the issue. Lower-case hexadecimal (64 characters).
   */
  documentSha256: string;
  /**
   * The magazine's name.
   */
  magazineTitle: string;
  /**
   * The issue number.
   */
  issueNo: number;
  /**
   * When the issue was sent.
   */
  sentAt: string;
  /**
   * How many subscribers it was sent to.
   */
  recipientCount: number;
}
