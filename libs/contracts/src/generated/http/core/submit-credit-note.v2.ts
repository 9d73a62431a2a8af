/**
 * Generated from contracts/http/core/submit-credit-note.v2.schema.json by `npm run contracts:types`.
 * Do not edit: change the contract (a published one only by adding a new version beside it) and regenerate.
 */

import type { PartnerIdV1 } from "../../common/definitions.v1";
import type { RegistrationNumberV1, RoundingModeV1, TaxRateV1 } from "../../common/settlement-definitions.v1";
import type { PricingV1, StatedTotalsV2, TaxCategoryV1 } from "../../common/settlement-definitions.v2";

/**
 * Body of POST /credit-notes (core API v3): a partner's credit note against one of its settled invoices. A credit of ¥10,000 or more (tax included) must be a return invoice (適格返還請求書): issuer name and registration number, rounding mode and stated totals required. A smaller one need not be (消費税法第57条の4第3項, 少額な返還インボイスの交付義務免除): those may be omitted, but what is given must be right.
 */
export interface CreditNoteRequestV2 {
  partnerId: PartnerIdV1;
  /**
   * The partner's own credit-note number; unique per partner after normalisation.
   */
  creditNoteNumber: string;
  /**
   * The credited invoice's number (any spelling that normalises to it).
   */
  invoiceNumber: string;
  /**
   * Issue date (JST calendar date): not in the future.
   */
  issueDate: string;
  /**
   * The issuer's name; required for a return invoice.
   */
  issuerName?: string;
  issuerRegistrationNumber?: RegistrationNumberV1;
  pricing: PricingV1;
  roundingMode?: RoundingModeV1;
  /**
   * The credited amounts.
   *
   * @minItems 1
   * @maxItems 200
   */
  lines: {
    /**
     * The credited line's 1-based position in the invoice; each line at most once per credit note.
     */
    invoiceLineNo: number;
    /**
     * Why the line is credited.
     */
    description: string;
    /**
     * Greater than 0 with at most 3 decimal places.
     */
    quantity: number;
    /**
     * Unit price credited, integer yen, as priced (see pricing).
     */
    unitPriceYen: number;
    taxCategory: TaxCategoryV1;
    taxRate?: TaxRateV1;
  }[];
  stated?: StatedTotalsV2;
}
