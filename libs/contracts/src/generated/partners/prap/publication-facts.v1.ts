/**
 * Generated from contracts/partners/prap/publication-facts.v1.schema.json by `npm run contracts:types`.
 * Do not edit: change the contract (a published one only by adding a new version beside it) and regenerate.
 */

/**
 * The facts of a publication deliverable from PRAP Japan: an approved crisis_document published on one channel, as adapter-prap maps it from a publication report (PrapKohyoReportV1). Its reference is PRAP's publication number; it publishes the crisis_document named by documentNo.
 */
export interface PrapPublicationFactsV1 {
  /**
   * PRAP's number of the document published (the crisis_document's reference).
   */
  documentNo: string;
  /**
   * The version PRAP says it published.
   */
  publishedVersion: number;
  /**
   * Where it went out: the company's website, a release-distribution service, a press club, a press conference, a newspaper notice (社告), the company's official social-media account.
   */
  channel: "corporate_website" | "press_wire" | "press_club" | "press_conference" | "newspaper" | "official_sns";
  /**
   * The outlet, when PRAP named one (the newspaper, edition and page; the wire service).
   */
  outlet?: string;
  /**
   * Where the published text can be read, when online.
   */
  url?: string;
  /**
   * When it went out.
   */
  publishedAt: string;
}
