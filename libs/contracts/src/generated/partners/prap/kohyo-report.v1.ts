/**
 * Generated from contracts/partners/prap/kohyo-report.v1.schema.json by `npm run contracts:types`.
 * Do not edit: change the contract (a published one only by adding a new version beside it) and regenerate.
 */

/**
 * PRAP Japan Crisis Desk API v1: the publication of approved documents (公表報告), POSTed by PRAP signed (Standard Webhooks, with PRAP's bearer token) to the hub's /prap/v1/anken/{ankenId}/kohyo: which document and version went out, when and on which channel. The hub accepts a publication only of a document whose latest version the coordinator approved (else 409 not_approved, and nothing is recorded).
 */
export interface PrapKohyoReportV1 {
  /**
   * Crisis Desk API version of this payload.
   */
  apiVersion: "1";
  /**
   * The matter; the same as the ankenId in the path.
   */
  ankenId: string;
  /**
   * The publications, one per channel.
   *
   * @minItems 1
   * @maxItems 10
   */
  kohyo: {
    /**
     * 公表番号, PRAP's number of this publication, e.g. PRAP-2026-00456-K01.
     */
    kohyoNo: string;
    /**
     * 文書番号 of the document published.
     */
    documentNo: string;
    /**
     * 版, the version published: the one approved.
     */
    han: number;
    /**
     * 媒体, where it went out: CORPORATE_SITE (自社サイト掲載), PRESS_WIRE (リリース配信サービス), KISHA_CLUB (記者クラブ投げ込み), KISHA_KAIKEN (記者会見で発表), SHINBUN (新聞社告掲載; see baitaiMei), SNS_OFFICIAL (公式SNSアカウント).
     */
    baitai: "CORPORATE_SITE" | "PRESS_WIRE" | "KISHA_CLUB" | "KISHA_KAIKEN" | "SHINBUN" | "SNS_OFFICIAL";
    /**
     * 媒体名, the outlet: the newspaper, edition and page for SHINBUN (required there), the wire service, the press club.
     */
    baitaiMei?: string;
    /**
     * Where the published text can be read; required for CORPORATE_SITE, PRESS_WIRE and SNS_OFFICIAL.
     */
    url?: string;
    /**
     * 公表日時, when it went out.
     */
    kohyoNichiji: string;
  }[];
}
