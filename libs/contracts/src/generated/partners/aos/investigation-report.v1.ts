/**
 * Generated from contracts/partners/aos/investigation-report.v1.schema.json by `npm run contracts:types`.
 * Do not edit: change the contract (a published one only by adding a new version beside it) and regenerate.
 */

/**
 * AOS API v1: the final investigation report (調査報告書) of a matter, written under a lawyer's name (弁護士監修), POSTed signed (Standard Webhooks) to the hub's /aos/v1/reports: the lawyer and their registration (日弁連登録番号), the document's SHA-256, and the evidence items it rests on. When the document itself is sent (contentBase64), it must hash to the stated SHA-256 and be the stated size, or the report is refused naming the field. Becomes one deliverable (forensic_report); sent again with anything changed, it is refused.
 */
export interface AosInvestigationReportV1 {
  /**
   * AOS API version of this payload.
   */
  apiVersion: "aos.v1";
  /**
   * The matter: the matterRef of the hub's matter request.
   */
  matterRef: string;
  /**
   * AOS's matter number (案件番号).
   */
  aosMatterNo: string;
  /**
   * AOS's report number (報告書番号), e.g. RPT-00153-01.
   */
  reportNo: string;
  /**
   * The report's title (表題).
   */
  title: string;
  /**
   * When the lawyer signed it off (確定日時).
   */
  finalisedAt: string;
  /**
   * The lawyer under whose name the report is issued (作成弁護士).
   */
  author: {
    /**
     * The lawyer's name.
     */
    lawyerName: string;
    /**
     * The lawyer's registration number with the Japan Federation of Bar Associations (日弁連登録番号), five digits.
     */
    barRegistrationNo: string;
    /**
     * The lawyer's firm (所属事務所).
     */
    lawFirm: string;
  };
  /**
   * AOS's forensic examiner who did the analysis (解析担当者).
   */
  examiner?: {
    /**
     * Name.
     */
    name: string;
    /**
     * AOS staff number (社員番号).
     */
    staffNo: string;
  };
  /**
   * The signed report document (報告書ファイル).
   */
  document: {
    /**
     * Its file name, without folders.
     */
    fileName: string;
    /**
     * Its media type: AOS issues reports as PDF.
     */
    mediaType: "application/pdf";
    /**
     * Its size in bytes (at most 7 MiB).
     */
    sizeBytes: number;
    /**
     * The SHA-256 of the document's bytes, hexadecimal, either case.
     */
    sha256: string;
    /**
     * The document itself, base64 (padded, without line breaks): when sent, the hub checks it against sha256 and sizeBytes. A flat pattern: a repeated group over megabytes of text overflows the regular-expression engine's stack.
     */
    contentBase64?: string;
  };
  /**
   * The evidence items the findings rest on (対象証拠品), by evidence number.
   *
   * @minItems 1
   * @maxItems 100
   */
  evidenceCovered: string[];
  /**
   * The findings in brief (調査結果の概要).
   */
  findingsSummary: string;
}
