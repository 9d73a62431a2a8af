/**
 * Generated from contracts/partners/aos/evidence-item-facts.v1.schema.json by `npm run contracts:types`.
 * Do not edit: change the contract (a published one only by adding a new version beside it) and regenerate.
 */

/**
 * The facts of an AOS evidence item (deliverable kind evidence_item, reference its evidence number), as the hub publishes them in DeliverableV1.facts: the device, the image and its acquisition hash, who preserved it and when. hashAlgorithm and hashValue are what every later re-verification (hash_reverification) is compared with.
 */
export interface AosEvidenceItemFactsV1 {
  /**
   * AOS's evidence number (証拠品番号).
   */
  evidenceNo: string;
  /**
   * Its chain-of-custody form (証拠品管理票).
   */
  cocFormNo: string;
  /**
   * The preservation job that took the image (保全ジョブ番号).
   */
  hozenJobNo: string;
  /**
   * What the device is.
   */
  deviceKind: "PC" | "SERVER" | "SMARTPHONE" | "EXTERNAL_MEDIA" | "VIRTUAL_MACHINE" | "CLOUD_ACCOUNT";
  /**
   * Manufacturer, when AOS gave it.
   */
  deviceMaker?: string;
  /**
   * Model.
   */
  deviceModel: string;
  /**
   * Serial number, or the instance or account id.
   */
  serialNo: string;
  /**
   * Who used or administers the device at the client, when AOS gave it.
   */
  custodian?: string;
  /**
   * Image format.
   */
  imageFormat: "E01" | "EX01" | "DD" | "AFF4" | "L01";
  /**
   * Size of the image in bytes.
   */
  imageSizeBytes: number;
  /**
   * Algorithm of the acquisition hash.
   */
  hashAlgorithm: "SHA-256" | "SHA-1" | "MD5";
  /**
   * The acquisition hash, lower-case hexadecimal (normalised by the adapter, so a re-verification in upper case compares equal).
   */
  hashValue: string;
  /**
   * The preservation officer (保全担当者).
   */
  preservedBy: string;
  /**
   * The officer's AOS staff number.
   */
  preservedByStaffNo: string;
  /**
   * When the image was completed and hashed.
   */
  preservedAt: string;
  /**
   * Where it was preserved, when AOS gave it.
   */
  site?: string;
}
