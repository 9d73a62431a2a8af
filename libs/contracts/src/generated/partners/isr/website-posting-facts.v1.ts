/**
 * Generated from contracts/partners/isr/website-posting-facts.v1.schema.json by `npm run contracts:types`.
 * Do not edit: change the contract (a published one only by adding a new version beside it) and regenerate.
 */

/**
 * The facts of a rating result posted on I.S.Rating's website (deliverable kind website_posting, reference the page URL): the page, when it went up and until when it stays listed, and the certificate's number, grade and document hash as posted, which the hub compares with the certificate's (ratingGrade, documentSha256).
 */
export interface IsrWebsitePostingFactsV1 {
  /**
   * The certificate whose result is posted.
   */
  certificateNo: string;
  /**
   * The grade as posted. On I.S.Rating's 17-step scale, best first: AAAis … Cis.
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
   * The SHA-256 of the certificate document as linked from the page. Lower-case hexadecimal (64 characters).
   */
  documentSha256: string;
  /**
   * The page.
   */
  pageUrl: string;
  /**
   * When it went up.
   */
  postedAt: string;
  /**
   * The last day it stays listed.
   */
  listedUntil: string;
}
