/**
 * Generated from contracts/partners/aos/custody-record.v1.schema.json by `npm run contracts:types`.
 * Do not edit: change the contract (a published one only by adding a new version beside it) and regenerate.
 */

/**
 * AOS API v1: entries of the chain-of-custody record (証拠品管理記録) of evidence items already registered, POSTed signed (Standard Webhooks) to the hub's /aos/v1/custody-events: handed over (引渡し), sealed (封印), stored (保管) and re-verified (再検証: the image hashed again). Each entry is numbered within its evidence item (seq) and becomes one deliverable referenced <evidenceNo>#<seq>; the record can only be appended to, so an entry sent again with anything changed is refused (409 deliverable_changed). A re-verification restates the item's acquisition hash: if the hash computed now differs, the hub raises it to the coordinator as an urgent alert.
 */
export interface AosCustodyRecordV1 {
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
   * The entries, in the order they happened; within one evidence item each seq is higher than the one before.
   *
   * @minItems 1
   * @maxItems 200
   */
  entries: {
    /**
     * The evidence item (証拠品番号), registered earlier.
     */
    evidenceNo: string;
    /**
     * The entry's line on the item's custody form (記録番号): 1 for the first, higher for each later one.
     */
    seq: number;
    /**
     * The chain-of-custody form (証拠品管理票) the entry is written on.
     */
    cocFormNo: string;
    /**
     * HIKIWATASHI: handed from one person to another (引渡し); FUIN: sealed in an evidence bag (封印); HOKAN: put in storage (保管); SAIKENSHO: the image hashed again and the value recorded (再検証).
     */
    action: "HIKIWATASHI" | "FUIN" | "HOKAN" | "SAIKENSHO";
    /**
     * When it happened.
     */
    at: string;
    /**
     * Who wrote the entry on the form and signed it.
     */
    recordedBy: {
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
     * Who handed the item over and who took it (引渡者・受領者); required for HIKIWATASHI.
     */
    handover?: {
      /**
       * Handed over by (引渡者).
       */
      fromPerson: string;
      /**
       * Received by (受領者).
       */
      toPerson: string;
    };
    /**
     * The number on the tamper-evident seal (封印番号); required for FUIN.
     */
    sealNo?: string;
    /**
     * Where the item is kept (保管場所); required for HOKAN.
     */
    storage?: {
      /**
       * The evidence room (証拠品保管庫).
       */
      location: string;
      /**
       * The locker or safe (保管棚番号).
       */
      lockerNo?: string;
    };
    /**
     * The hash computed again (再計算ハッシュ値); required for SAIKENSHO. It must use the algorithm of the acquisition hash.
     */
    reverification?: {
      /**
       * Hash algorithm.
       */
      algorithm: "SHA-256" | "SHA-1" | "MD5";
      /**
       * The hash in hexadecimal, either case: 64 digits for SHA-256, 40 for SHA-1, 32 for MD5 (a length that is not the algorithm's is refused by the adapter, naming the field).
       */
      value: string;
      /**
       * The tool and version that computed it, e.g. FTK Imager 4.7.
       */
      tool: string;
    };
    /**
     * Anything noted on the form (備考).
     */
    remark?: string;
  }[];
}
