/**
 * Generated from contracts/partners/aos/custody-event-facts.v1.schema.json by `npm run contracts:types`.
 * Do not edit: change the contract (a published one only by adding a new version beside it) and regenerate.
 */

/**
 * The facts of one chain-of-custody entry of an AOS evidence item that is not a re-verification (deliverable kind custody_event, reference <evidenceNo>#<seq>), as the hub publishes them in DeliverableV1.facts: handed over, sealed or stored, by whom and where.
 */
export interface AosCustodyEventFactsV1 {
  /**
   * The evidence item.
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
   * handed_over (引渡し), sealed (封印) or stored (保管).
   */
  action: "handed_over" | "sealed" | "stored";
  /**
   * Who wrote and signed the entry.
   */
  recordedBy: string;
  /**
   * Their AOS staff number.
   */
  recordedByStaffNo: string;
  /**
   * Handed over by; handed_over only.
   */
  fromPerson?: string;
  /**
   * Received by; handed_over only.
   */
  toPerson?: string;
  /**
   * The seal's number; sealed only.
   */
  sealNo?: string;
  /**
   * The evidence room; stored only.
   */
  storageLocation?: string;
  /**
   * The locker or safe; stored only, when AOS gave it.
   */
  lockerNo?: string;
  /**
   * Anything noted on the form.
   */
  remark?: string;
}
