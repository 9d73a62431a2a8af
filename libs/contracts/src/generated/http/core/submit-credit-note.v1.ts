/**
 * Generated from contracts/http/core/submit-credit-note.v1.schema.json by `npm run contracts:types`.
 * Do not edit: change the contract (a published one only by adding a new version beside it) and regenerate.
 */

import type { PartnerIdV1 } from "../../common/definitions.v1";
import type {
  RegistrationNumberV1,
  RoundingModeV1,
  StatedTotalsV1,
  TaxRateV1
} from "../../common/settlement-definitions.v1";

/**
 * Body of POST /credit-notes: a partner's credit note (返還インボイス / 適格返還請求書) reducing lines of one of its invoices. Amounts are positive and mean the amount credited. The credit releases the limits the credited yen no longer use; if the payout was already made, the covered yen released become a recovery due. Checked like an invoice (registration number, tax once per rate, stated totals) and against the credited invoice (its lines, what is left of them to credit).
 */
export interface CreditNoteRequestV1 {
  partnerId: PartnerIdV1;
  /**
   * The partner's own credit-note number: 1 to 50 printable ASCII characters, no spaces.
   */
  creditNoteNumber: string;
  /**
   * Issue date (JST calendar date): not in the future.
   */
  issueDate: string;
  issuerRegistrationNumber: RegistrationNumberV1;
  /**
   * The credited invoice: its invoiceNumber, an invoice of the same partner.
   */
  invoiceNumber: string;
  roundingMode: RoundingModeV1;
  /**
   * The credited amounts, each against one line of the credited invoice.
   *
   * @minItems 1
   * @maxItems 200
   */
  lines: {
    /**
     * The credited invoice line: its 1-based position in the invoice's lines.
     */
    invoiceLineNo: number;
    /**
     * What is credited and why, as the credit note says it.
     */
    description: string;
    /**
     * Greater than 0 with at most 3 decimal places; quantity × unitPriceYen must be a whole number of yen (checked in code, as for invoices).
     */
    quantity: number;
    /**
     * Unit price credited, tax-exclusive (税抜), integer yen; positive amounts mean a credit.
     */
    unitPriceYen: number;
    taxRate: TaxRateV1;
  }[];
  stated: StatedTotalsV1;
}
