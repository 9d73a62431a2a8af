/**
 * Generated from contracts/events/invoice-submitted.v2.schema.json by `npm run contracts:types`.
 * Do not edit: change the contract (a published one only by adding a new version beside it) and regenerate.
 */

import type { PartnerIdV1 } from "../common/definitions.v1";
import type {
  CostCategoryV1,
  RegistrationNumberV1,
  RoundingModeV1,
  TaxRateV1
} from "../common/settlement-definitions.v1";
import type { PricingV1, RecipientKindV1, StatedTotalsV2, TaxCategoryV1 } from "../common/settlement-definitions.v2";

/**
 * The canonical partner invoice, v2: the body of POST /invoices (core API v3). A Japanese qualified invoice (適格請求書) for one engagement order, as partners actually issue them: lines not subject to consumption tax (非課税, 不課税, 免税) beside taxable ones, tax-exclusive or tax-inclusive pricing (tax derived once per rate either way), and the required items (issuer name and registration number, recipient, date of supply or its period, descriptions, totals and tax per rate). Invoice numbers are compared after normalising width, case, spaces and punctuation: the same invoice under another spelling is refused as a duplicate. Core checks all of this and refuses the invoice naming the field; nothing is stored or settled then.
 */
export interface InvoiceV2 {
  partnerId: PartnerIdV1;
  /**
   * The engagement order invoiced: one the partner accepted.
   */
  orderId: string;
  /**
   * The partner's own invoice number (請求書番号), as printed: full-width characters and spaces allowed. Two numbers equal after normalising width, case, spaces and punctuation are the same invoice.
   */
  invoiceNumber: string;
  /**
   * Issue date (JST calendar date): not in the future, not before 2023-10-01.
   */
  issueDate: string;
  /**
   * The issuer's name (適格請求書発行事業者の氏名又は名称).
   */
  issuerName: string;
  issuerRegistrationNumber: RegistrationNumberV1;
  /**
   * Who the invoice is addressed to (書類の交付を受ける事業者の氏名又は名称): the insured, or the coordinator on its behalf.
   */
  recipientName: string;
  /**
   * Date of supply (取引年月日). Exactly one of supplyDate and supplyPeriod.
   */
  supplyDate?: string;
  /**
   * The period of supply, for work billed over days. Exactly one of supplyDate and supplyPeriod.
   */
  supplyPeriod?: {
    /**
     * First day of the supply period.
     */
    from: string;
    /**
     * Last day of the supply period, not before from.
     */
    to: string;
  };
  pricing: PricingV1;
  roundingMode: RoundingModeV1;
  /**
   * The invoice lines, in the invoice's order; line numbers elsewhere are 1-based positions in this list.
   *
   * @minItems 1
   * @maxItems 200
   */
  lines: {
    /**
     * What was done or supplied (取引内容), as the invoice says it.
     */
    description: string;
    category: CostCategoryV1;
    /**
     * Greater than 0 with at most 3 decimal places; quantity × unitPriceYen must be a whole number of yen. On a condolence line, the number of recipients: a whole number.
     */
    quantity: number;
    /**
     * Unit price, integer yen, as the invoice prices it (tax-exclusive or tax-inclusive, see pricing). On a condolence line, the gift each recipient received.
     */
    unitPriceYen: number;
    taxCategory: TaxCategoryV1;
    taxRate?: TaxRateV1;
    recipientKind?: RecipientKindV1;
  }[];
  stated: StatedTotalsV2;
}
