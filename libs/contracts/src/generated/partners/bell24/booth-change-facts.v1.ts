/**
 * Generated from contracts/partners/bell24/booth-change-facts.v1.schema.json by `npm run contracts:types`.
 * Do not edit: change the contract (a published one only by adding a new version beside it) and regenerate.
 */

/**
 * The facts of Bell System 24's deliverable booth_change (reference the change number): how many booths before and after, from when, and who asked. The hub publishes them in its deliverable events.
 */
export interface Bell24BoothChangeFactsV1 {
  /**
   * Bell24's change number.
   */
  changeNo: string;
  /**
   * Booths before the change.
   */
  boothsFrom: number;
  /**
   * Booths from effectiveDate.
   */
  boothsTo: number;
  /**
   * The first day with the new count (JST).
   */
  effectiveDate: string;
  /**
   * Who asked for the change.
   */
  requestedBy: string;
  /**
   * Why; null when Bell24 gave no reason.
   */
  reason: string | null;
}
