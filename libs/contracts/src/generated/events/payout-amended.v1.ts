/**
 * Generated from contracts/events/payout-amended.v1.schema.json by `npm run contracts:types`.
 * Do not edit: change the contract (a published one only by adding a new version beside it) and regenerate.
 */

import type { PartnerIdV1, PolicyNumberV1 } from "../common/definitions.v1";

/**
 * Payload of hub.payout.amended.v1: an instructed, not yet paid payout was reduced by a credit note. The insurer pays amountYen instead of the earlier amount; a payout amended to ¥0 is cancelled.
 */
export interface PayoutAmendedV1 {
  /**
   * The amended payout (as in hub.payout.instructed.v1).
   */
  payoutId: string;
  /**
   * Its invoice.
   */
  invoiceId: string;
  /**
   * Its case.
   */
  caseId: string;
  policyNumber: PolicyNumberV1;
  partnerId: PartnerIdV1;
  /**
   * The credit note that reduced it.
   */
  creditNoteId: string;
  /**
   * The amount to pay before this amendment.
   */
  previousAmountYen: number;
  /**
   * The amount to pay now; 0 cancels the payout.
   */
  amountYen: number;
  /**
   * The amount first instructed.
   */
  instructedYen: number;
  /**
   * When it was amended.
   */
  amendedAt: string;
}
