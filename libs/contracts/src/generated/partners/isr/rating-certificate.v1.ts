/**
 * Generated from contracts/partners/isr/rating-certificate.v1.schema.json by `npm run contracts:types`.
 * Do not edit: change the contract (a published one only by adding a new version beside it) and regenerate.
 */

/**
 * I.S.Rating API v1: a rating certificate (格付証明書) on the status of the ratee's recurrence-prevention measures, POSTed signed (Standard Webhooks) to the hub's /isr/v1/certificates once the rating committee has decided: the grade on I.S.Rating's 17-step scale, the validity period, the certificate number, and the certificate document itself (PDF, base64, at most 700 KiB decoded) with the SHA-256 I.S.Rating states for it. The adapter verifies the document against the stated hash and size and refuses a mismatch naming the field; the hub keeps the verified hash, not the document.
 */
export interface IsrRatingCertificateV1 {
  /**
   * I.S.Rating API specification version of this payload.
   */
  specVersion: "1.0";
  /**
   * The requestNo of the evaluation request.
   */
  requestNo: string;
  /**
   * I.S.Rating's evaluation number the certificate concludes.
   */
  evaluationNo: string;
  /**
   * The certificate (証明書).
   */
  certificate: {
    /**
     * The certificate number (証明書番号), e.g. ISR-RP-2026-00042: RP for recurrence prevention, the year and a serial.
     */
    certificateNo: string;
    /**
     * The grade the rating committee decided, on I.S.Rating's 17-step scale (17段階), best first: AAAis, AA+is, AAis, AA-is, A+is, Ais, A-is, BBB+is, BBBis, BBB-is, BB+is, BBis, BB-is, B+is, Bis, B-is, Cis. The suffix is marks a rating of information security (情報セキュリティ格付), not of credit.
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
     * What was rated (格付対象), e.g. 再発防止策の実施状況.
     */
    ratingSubject: string;
    /**
     * The day the rating committee (格付委員会) decided the grade.
     */
    committeeDecisionDate: string;
    /**
     * The day the certificate was issued (発行日).
     */
    issueDate: string;
    /**
     * First day of validity (有効期間 開始日).
     */
    validFrom: string;
    /**
     * Last day of validity (有効期間 終了日): after validFrom, checked by the adapter.
     */
    validUntil: string;
    /**
     * The lead analyst (主任アナリスト) who signs it.
     */
    leadAnalyst: string;
    /**
     * The certificate document as issued: a PDF.
     */
    document: {
      /**
       * Its file name, ending .pdf.
       */
      fileName: string;
      /**
       * Its media type.
       */
      mediaType: "application/pdf";
      /**
       * Its size in bytes, at most 700 KiB (716,800 bytes): checked against the decoded content.
       */
      byteLength: number;
      /**
       * The SHA-256 I.S.Rating states for the document, lower-case hexadecimal (64 characters): checked against the decoded content.
       */
      sha256: string;
      /**
       * The document's bytes in base64 (RFC 4648, padded, no line breaks).
       */
      contentBase64: string;
    };
  };
  /**
   * When I.S.Rating sent the certificate.
   */
  issuedAt: string;
}
