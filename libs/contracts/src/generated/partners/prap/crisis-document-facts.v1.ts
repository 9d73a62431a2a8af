/**
 * Generated from contracts/partners/prap/crisis-document-facts.v1.schema.json by `npm run contracts:types`.
 * Do not edit: change the contract (a published one only by adding a new version beside it) and regenerate.
 */

/**
 * The facts of a crisis_document deliverable from PRAP Japan: one version of a crisis-PR document under the insured's approval, as adapter-prap maps it from a draft (PrapDocumentDraftsV1). Its kind is crisis_document, its reference PRAP's document number and its version PRAP's 版.
 */
export interface PrapCrisisDocumentFactsV1 {
  /**
   * What the document is: fact_master (ファクトマスター), position_paper (ポジションペーパー), apology_and_press_release (お詫び・プレスリリース), anticipated_qa (想定問答), press_conference_run_sheet (記者会見進行表), newspaper_notice (新聞社告).
   */
  documentType:
    | "fact_master"
    | "position_paper"
    | "apology_and_press_release"
    | "anticipated_qa"
    | "press_conference_run_sheet"
    | "newspaper_notice";
  /**
   * The document's title as written in it.
   */
  title: string;
  /**
   * The text of this version.
   */
  text: string;
  /**
   * PRAP's consultant responsible for it.
   */
  author: string;
  /**
   * What changed since the previous version in answer to the comments; present from version 2.
   */
  revisionNote?: string;
}
