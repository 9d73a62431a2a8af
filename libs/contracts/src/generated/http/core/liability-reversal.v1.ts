/**
 * Generated from contracts/http/core/liability-reversal.v1.schema.json by `npm run contracts:types`.
 * Do not edit: change the contract (a published one only by adding a new version beside it) and regenerate.
 */

import type { RedecisionV1 } from "../../common/settlement-definitions.v2";

/**
 * Core's answer to a liability payment reversal.
 */
export interface LiabilityReversalViewV1 {
  /**
   * The reversed payment.
   */
  paymentId: string;
  /**
   * When it was reversed.
   */
  reversedAt: string;
  /**
   * The liability limit left for the period after the reversal and any re-decisions.
   */
  liabilityRemainingYen: number;
  /**
   * Invoices whose cut lines were re-decided with the released room.
   */
  redecisions: RedecisionV1[];
}
