/**
 * Generated from contracts/partners/prap/document-drafts.v1.schema.json by `npm run contracts:types`.
 * Do not edit: change the contract (a published one only by adding a new version beside it) and regenerate.
 */

/**
 * PRAP Japan Crisis Desk API v1: drafts of crisis-PR documents submitted for the insured's approval (文書提出), POSTed by PRAP signed (Standard Webhooks, with PRAP's bearer token) to the hub's /prap/v1/anken/{ankenId}/documents. Each draft is one version (版) of one document; a document returned with comments comes back as the next version with a revision note. The hub answers 202 with what became of each, and tells PRAP of the coordinator's decision at its shonin-kekka endpoint.
 */
export interface PrapDocumentDraftsV1 {
  /**
   * Crisis Desk API version of this payload.
   */
  apiVersion: "1";
  /**
   * The matter the drafts are for; the same as the ankenId in the path.
   */
  ankenId: string;
  /**
   * The drafts, in the order PRAP's consultant released them.
   *
   * @minItems 1
   * @maxItems 20
   */
  documents: {
    /**
     * 文書番号, PRAP's number of the document, the same for all its versions, e.g. PRAP-2026-00456-D02.
     */
    documentNo: string;
    /**
     * 文書種別: FACT_MASTER (ファクトシート/ファクトマスター, the agreed facts), POSITION_PAPER (ポジションペーパー), OWABI_RELEASE (お詫び・プレスリリース), SOTEI_MONDO (想定問答, anticipated Q&A), KAIKEN_SHINKOHYO (記者会見進行表, press-conference run sheet), SHINBUN_SHAKOKU (新聞社告, newspaper notice).
     */
    shubetsu:
      "FACT_MASTER" | "POSITION_PAPER" | "OWABI_RELEASE" | "SOTEI_MONDO" | "KAIKEN_SHINKOHYO" | "SHINBUN_SHAKOKU";
    /**
     * 版, the version: 1 for the first draft, one more after each return.
     */
    han: number;
    /**
     * 表題, the document's title as written in it.
     */
    hyodai: string;
    /**
     * 概要, the consultant's note on the draft for the approver.
     */
    gaiyo?: string;
    /**
     * 本文, the text of the draft.
     */
    honbun: string;
    /**
     * 改訂メモ, what changed since the previous version in answer to the comments; required from version 2.
     */
    kaiteiMemo?: string;
    /**
     * 作成者, PRAP's consultant responsible for the draft.
     */
    sakuseisha: string;
    /**
     * 作成日時, when this version was released for approval.
     */
    sakuseiNichiji: string;
  }[];
}
