/**
 * Generated from contracts/partners/aos/evidence-register.v1.schema.json by `npm run contracts:types`.
 * Do not edit: change the contract (a published one only by adding a new version beside it) and regenerate.
 */

/**
 * AOS API v1: evidence items preserved by one preservation job (保全ジョブ), POSTed signed (Standard Webhooks) to the hub's /aos/v1/evidence-items: per device, the disk image taken (ディスクイメージ), its size and hash, who preserved it (保全担当者) and when, and its chain-of-custody form (証拠品管理票). The evidence register can only be appended to: an item sent again unchanged counts once, and an item sent again with anything changed is refused (409 deliverable_changed). Each item becomes one deliverable (evidence_item).
 */
export interface AosEvidenceRegisterV1 {
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
   * The preservation job (保全ジョブ番号) that took these images, e.g. HJ-00153-01: one site visit.
   */
  hozenJobNo: string;
  /**
   * The evidence items (証拠品) preserved, one per device.
   *
   * @minItems 1
   * @maxItems 100
   */
  items: {
    /**
     * AOS's evidence number (証拠品番号), e.g. EV-00153-001; names the item for good, across every later custody entry.
     */
    evidenceNo: string;
    /**
     * The chain-of-custody form (証拠品管理票) the item's custody is written on, e.g. CoC-00153-001.
     */
    cocFormNo: string;
    /**
     * The device preserved (対象機器).
     */
    device: {
      /**
       * What it is: PC, SERVER, SMARTPHONE, EXTERNAL_MEDIA (USB memory, external disk), VIRTUAL_MACHINE, CLOUD_ACCOUNT.
       */
      kind: "PC" | "SERVER" | "SMARTPHONE" | "EXTERNAL_MEDIA" | "VIRTUAL_MACHINE" | "CLOUD_ACCOUNT";
      /**
       * Manufacturer (メーカー).
       */
      maker?: string;
      /**
       * Model (型番).
       */
      model: string;
      /**
       * Serial number (シリアル番号), or the instance or account id of a virtual machine or cloud account.
       */
      serialNo: string;
      /**
       * Who used or administers the device at the client (使用者・管理者).
       */
      custodian?: string;
    };
    /**
     * The image taken (保全イメージ).
     */
    image: {
      /**
       * Image format: E01/EX01 (EnCase), DD (raw), AFF4, L01 (logical evidence file).
       */
      format: "E01" | "EX01" | "DD" | "AFF4" | "L01";
      /**
       * Size of the image in bytes (イメージサイズ).
       */
      sizeBytes: number;
      /**
       * The hash computed at acquisition (取得時ハッシュ値), the one every later re-verification must match.
       */
      hash: {
        /**
         * Hash algorithm.
         */
        algorithm: "SHA-256" | "SHA-1" | "MD5";
        /**
         * The hash in hexadecimal, either case: 64 digits for SHA-256, 40 for SHA-1, 32 for MD5 (a length that is not the algorithm's is refused by the adapter, naming the field).
         */
        value: string;
      };
    };
    /**
     * AOS's preservation officer (保全担当者) who took the image.
     */
    preservedBy: {
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
     * When the image was completed and hashed (保全完了日時).
     */
    preservedAt: string;
    /**
     * Where it was preserved (保全場所), e.g. the client's server room.
     */
    site?: string;
    /**
     * Anything the officer noted (特記事項), e.g. the write blocker used.
     */
    remark?: string;
  }[];
}
