/**
 * Generated from contracts/http/core/credit-note.v2.schema.json by `npm run contracts:types`.
 * Do not edit: change the contract (a published one only by adding a new version beside it) and regenerate.
 */

import type { RedecisionV1 } from "../../common/settlement-definitions.v2";
import type { InvoiceViewV2 } from "./invoice.v2";

/**
 * Core's answer to POST /credit-notes (core API v3): what the credit released, how it changed the payouts (an unpaid payout is amended down; only yen already paid become a recovery due), and which cut lines were re-decided with the room it released.
 */
export interface CreditNoteViewV2 {
  /**
   * Core's id of the credit note.
   */
  creditNoteId: string;
  /**
   * true when it was checked as a return invoice (¥10,000 or more, or stated as one); false for a small credit that need not be one.
   */
  returnInvoice: boolean;
  /**
   * The credit's tax-inclusive total.
   */
  creditedYen: number;
  /**
   * Covered yen the credit gives back to the limits.
   */
  coveredReleasedYen: number;
  /**
   * Of coveredReleasedYen, what unpaid payouts were amended down by (hub.payout.amended.v1).
   */
  payoutReducedYen: number;
  /**
   * Of coveredReleasedYen, what had already been paid and is owed back: coveredReleasedYen − payoutReducedYen.
   */
  recoveryDueYen: number;
  /**
   * Invoices whose cut lines were re-decided with the released room, in their original order.
   */
  redecisions: RedecisionV1[];
  invoice: InvoiceViewV2;
}
