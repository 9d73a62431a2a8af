/**
 * Generated from contracts/partners/isr/rating-certificate-facts.v1.schema.json by `npm run contracts:types`.
 * Do not edit: change the contract (a published one only by adding a new version beside it) and regenerate.
 */

/**
 * The facts of an I.S.Rating rating certificate (deliverable kind rating_certificate, reference its certificate number) as the hub keeps them: the grade on the 17-step scale and its rank, the validity period, and the SHA-256 of the certificate document, verified by the adapter against the document itself (the document is not kept).
 */
export interface IsrRatingCertificateFactsV1 {
  /**
   * The certificate number.
   */
  certificateNo: string;
  /**
   * The evaluation it concludes.
   */
  evaluationNo: string;
  /**
   * The grade decided by the rating committee. On I.S.Rating's 17-step scale, best first: AAAis … Cis.
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
   * The scale the grade is on: I.S.Rating's 17 steps.
   */
  ratingScale: "ISR-17";
  /**
   * The grade's place on the scale: 1 for AAAis (best) to 17 for Cis.
   */
  gradeRank: number;
  /**
   * What was rated.
   */
  ratingSubject: string;
  /**
   * When the rating committee decided.
   */
  committeeDecisionDate: string;
  /**
   * When the certificate was issued.
   */
  issueDate: string;
  /**
   * First day of validity.
   */
  validFrom: string;
  /**
   * Last day of validity, after validFrom.
   */
  validUntil: string;
  /**
   * The lead analyst who signed it.
   */
  leadAnalyst: string;
  /**
   * The certificate document's file name.
   */
  documentFileName: string;
  /**
   * The document's size in bytes, as decoded.
   */
  documentBytes: number;
  /**
   * The SHA-256 of the document, computed by the adapter and equal to the one I.S.Rating stated. Lower-case hexadecimal (64 characters).
   */
  documentSha256: string;
  /**
   * Always true: the adapter hashed the document itself; a certificate whose document did not match is refused, never kept.
   */
  documentSha256Verified: true;
}
