/**
 * Generated from contracts/partners/aos/forensic-report-facts.v1.schema.json by `npm run contracts:types`.
 * Do not edit: change the contract (a published one only by adding a new version beside it) and regenerate.
 */

/**
 * The facts of AOS's final investigation report (deliverable kind forensic_report, reference its report number), as the hub publishes them in DeliverableV1.facts: the lawyer who issued it and their registration, the document and its SHA-256, and the evidence items it rests on.
 */
export interface AosForensicReportFactsV1 {
  /**
   * AOS's report number.
   */
  reportNo: string;
  /**
   * The lawyer under whose name it is issued.
   */
  lawyerName: string;
  /**
   * The lawyer's Japan Federation of Bar Associations registration number.
   */
  barRegistrationNo: string;
  /**
   * The lawyer's firm.
   */
  lawFirm: string;
  /**
   * AOS's forensic examiner, when AOS gave one.
   */
  examiner?: string;
  /**
   * The document's file name.
   */
  documentFileName: string;
  /**
   * The document's media type.
   */
  documentMediaType: "application/pdf";
  /**
   * The document's size in bytes.
   */
  documentSizeBytes: number;
  /**
   * The SHA-256 of the document, lower-case hexadecimal.
   */
  documentSha256: string;
  /**
   * true when AOS sent the document itself and the adapter found it hashes to documentSha256 and has documentSizeBytes; false when only the hash was sent.
   */
  documentContentChecked: boolean;
  /**
   * The evidence items the findings rest on.
   *
   * @minItems 1
   * @maxItems 100
   */
  evidenceCovered: string[];
  /**
   * When the lawyer signed it off.
   */
  finalisedAt: string;
}
