/**
 * Generated from contracts/events/invoice-submitted.v1.schema.json by `npm run contracts:types`.
 * Do not edit: change the contract (a published one only by adding a new version beside it) and regenerate.
 */

import type { PartnerIdV1 } from "../common/definitions.v1";
import type {
  CostCategoryV1,
  RegistrationNumberV1,
  RoundingModeV1,
  StatedTotalsV1,
  TaxRateV1
} from "../common/settlement-definitions.v1";

/**
 * The canonical partner invoice, v1: the body of POST /invoices and the payload of invoice.submitted events (an adapter maps a partner's native invoice to it). A Japanese qualified invoice (適格請求書) for one engagement order: besides this shape, core checks the registration number's check digit, the consumption tax (once per tax rate per invoice, one rounding) and the stated totals, and refuses the invoice naming the field; nothing is stored or settled then.
 */
export interface InvoiceV1 {
  partnerId: PartnerIdV1;
  /**
   * The order reference: the engagement order invoiced, on a case whose coverage is confirmed.
   */
  orderId: string;
  /**
   * The partner's own invoice number (請求書番号): 1 to 50 printable ASCII characters, no spaces. Unique per partner: the same number twice is refused as a duplicate.
   */
  invoiceNumber: string;
  /**
   * Issue date (JST calendar date): not in the future, not before 2023-10-01 when qualified invoices began.
   */
  issueDate: string;
  issuerRegistrationNumber: RegistrationNumberV1;
  roundingMode: RoundingModeV1;
  /**
   * The invoice lines, in the invoice's order; line numbers elsewhere (settlement, credit notes) are 1-based positions in this list.
   *
   * @minItems 1
   * @maxItems 200
   */
  lines: {
    /**
     * What was done or supplied, as the invoice says it.
     */
    description: string;
    category: CostCategoryV1;
    /**
     * Greater than 0 with at most 3 decimal places (e.g. 1.5 hours); quantity × unitPriceYen must be a whole number of yen. Both are checked in code: a float multipleOf would refuse valid quantities such as 1.005.
     */
    quantity: number;
    /**
     * Unit price, tax-exclusive (税抜), integer yen.
     */
    unitPriceYen: number;
    taxRate: TaxRateV1;
  }[];
  stated: StatedTotalsV1;
}
