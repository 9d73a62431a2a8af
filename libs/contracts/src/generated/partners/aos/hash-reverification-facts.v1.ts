/**
 * Generated from contracts/partners/aos/hash-reverification-facts.v1.schema.json by `npm run contracts:types`.
 * Do not edit: change the contract (a published one only by adding a new version beside it) and regenerate.
 */

/**
 * The facts of an AOS re-verification, the chain-of-custody entry in which an evidence item's image was hashed again (deliverable kind hash_reverification, reference <evidenceNo>#<seq>), as the hub publishes them in DeliverableV1.facts. The deliverable restates hashAlgorithm and hashValue of the evidence_item: where they differ, the hub sets its discrepancy and raises it to the coordinator as urgent.
 */
export interface AosHashReverificationFactsV1 {
  /**
   * The evidence item re-verified.
   */
  evidenceNo: string;
  /**
   * The entry's number on the item's custody form.
   */
  seq: number;
  /**
   * The custody form.
   */
  cocFormNo: string;
  /**
   * Algorithm used now; compared with the acquisition hash's.
   */
  hashAlgorithm: "SHA-256" | "SHA-1" | "MD5";
  /**
   * The hash computed now, lower-case hexadecimal; compared with the acquisition hash.
   */
  hashValue: string;
  /**
   * The tool and version that computed it.
   */
  tool: string;
  /**
   * Who re-verified it and signed the entry.
   */
  verifiedBy: string;
  /**
   * Their AOS staff number.
   */
  verifiedByStaffNo: string;
  /**
   * Anything noted on the form.
   */
  remark?: string;
}
