/**
 * Generated from contracts/http/core/credit-note.v1.schema.json by `npm run contracts:types`.
 * Do not edit: change the contract (a published one only by adding a new version beside it) and regenerate.
 */

import type { InvoiceViewV1 } from "./invoice.v1";

/**
 * Body of the 201 answer to POST /credit-notes: what the credit note credited and released, and the credited invoice as it now stands.
 */
export interface CreditNoteViewV1 {
  /**
   * Core's id of the credit note.
   */
  creditNoteId: string;
  /**
   * The credit note's tax-inclusive total (税込), integer yen.
   */
  creditedYen: number;
  /**
   * Covered yen the credit gives back to the limits (expense and liability), integer yen; the rest of the credit reduces retained yen or the deductible borne.
   */
  coveredReleasedYen: number;
  /**
   * Of coveredReleasedYen, what the insurer had already paid out and is owed back by the payee, integer yen; 0 when none.
   */
  recoveryDueYen: number;
  invoice: InvoiceViewV1;
}
