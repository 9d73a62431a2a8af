/**
 * Generated from contracts/http/core/invoice.v2.schema.json by `npm run contracts:types`.
 * Do not edit: change the contract (a published one only by adding a new version beside it) and regenerate.
 */

import type { PartnerIdV1 } from "../../common/definitions.v1";
import type { CostCategoryV1, InvoiceStateV1 } from "../../common/settlement-definitions.v1";
import type { PayoutV2, PricingV1, RetentionReasonV2, TaxCategoryV1 } from "../../common/settlement-definitions.v2";

/**
 * A partner invoice as core answers it (core API v3): the qualified invoice as validated (tax categories, pricing, required items), where it stands, its current settlement and every decision that led to it (the first settlement and any re-decisions), every payout with its amendments, what was credited and what the insurer is owed back.
 */
export interface InvoiceViewV2 {
  /**
   * Core's id of the invoice.
   */
  invoiceId: string;
  /**
   * The case of the invoiced order.
   */
  caseId: string;
  /**
   * The engagement order invoiced.
   */
  orderId: string;
  partnerId: PartnerIdV1;
  /**
   * The partner's own invoice number, as submitted.
   */
  invoiceNumber: string;
  /**
   * false when the order is one the insured agreed to pay itself: nothing of it touches the limits.
   */
  insured: boolean;
  /**
   * Issue date.
   */
  issueDate: string;
  /**
   * The issuer's name; null for invoices submitted before v2.
   */
  issuerName: string | null;
  /**
   * Who the invoice is addressed to; null for invoices submitted before v2.
   */
  recipientName: string | null;
  /**
   * The date or period of supply; null for invoices submitted before v2.
   */
  supply: {
    /**
     * First day of supply.
     */
    from: string;
    /**
     * Last day of supply (equal to from for a single date).
     */
    to: string;
  } | null;
  pricing: PricingV1;
  state: InvoiceStateV1;
  /**
   * Why it is in its state where there is a reason: why it awaits approval (threshold, estimate, or a possible duplicate of an earlier invoice), or why it was rejected; null otherwise.
   */
  stateReason: string | null;
  /**
   * The invoice's totals as validated (equal to what it states).
   */
  totals: {
    /**
     * Tax-exclusive total of the taxable lines plus the non-taxable lines, integer yen.
     */
    netYen: number;
    /**
     * Consumption tax, all rates.
     */
    taxYen: number;
    /**
     * Total of lines not subject to consumption tax.
     */
    nonTaxableYen: number;
    /**
     * Everything invoiced, tax included: what is settled against the limits.
     */
    grossYen: number;
  };
  /**
   * The invoice lines, in order.
   */
  lines: {
    /**
     * 1-based position.
     */
    lineNo: number;
    /**
     * As invoiced.
     */
    description: string;
    category: CostCategoryV1;
    taxCategory: TaxCategoryV1;
    /**
     * 10 or 8 on a taxable line; null otherwise.
     */
    taxRate: 10 | 8 | null;
    /**
     * As invoiced.
     */
    quantity: number;
    /**
     * As invoiced (see pricing).
     */
    unitPriceYen: number;
    /**
     * Tax-exclusive amount.
     */
    netYen: number;
    /**
     * Its share of the rate's tax (allocated once per rate).
     */
    taxYen: number;
    /**
     * Tax-inclusive amount.
     */
    grossYen: number;
    /**
     * Condolence lines: who the quantity's recipients are; null otherwise.
     */
    recipientKind: "individual" | "corporation" | null;
  }[];
  /**
   * The invoice's current decision (its latest); null until it is settled, and for a rejected invoice. coveredYen + retainedYen = totals.grossYen.
   */
  settlement: {
    /**
     * The decision's id (its ledger postings carry it).
     */
    decisionId: string;
    /**
     * settlement: the invoice's first decision; redecision: yen a limit cut, restored when room was released.
     */
    kind: "settlement" | "redecision";
    /**
     * When it was decided.
     */
    decidedAt: string;
    /**
     * Yen of the invoice covered as of this decision.
     */
    coveredYen: number;
    /**
     * Yen retained by the insured as of this decision.
     */
    retainedYen: number;
    /**
     * What this decision added to the cover: 0 for the first decision, the supplementary payout for a re-decision.
     */
    restoredYen: number;
    /**
     * Per line, in the invoice's order.
     */
    lines: {
      /**
       * The line's 1-based position.
       */
      lineNo: number;
      category: CostCategoryV1;
      /**
       * The line's tax-inclusive amount, integer yen.
       */
      grossYen: number;
      /**
       * Yen the policy covers.
       */
      coveredYen: number;
      /**
       * Yen retained by the insured: the sum of the cuts.
       */
      retainedYen: number;
      /**
       * Each reason that cut the line, in the order applied; empty when fully covered.
       */
      cuts: {
        reason: RetentionReasonV2;
        /**
         * Yen retained for this reason, integer yen.
         */
        yen: number;
      }[];
      /**
       * Condolence lines: recipients counted against the case's declared victims; null on other lines.
       */
      recipientsCounted: number | null;
    }[];
  } | null;
  /**
   * Every decision on the invoice, oldest first: the settlement, then any re-decisions.
   */
  decisions: {
    /**
     * The decision's id (its ledger postings carry it).
     */
    decisionId: string;
    /**
     * settlement: the invoice's first decision; redecision: yen a limit cut, restored when room was released.
     */
    kind: "settlement" | "redecision";
    /**
     * When it was decided.
     */
    decidedAt: string;
    /**
     * Yen of the invoice covered as of this decision.
     */
    coveredYen: number;
    /**
     * Yen retained by the insured as of this decision.
     */
    retainedYen: number;
    /**
     * What this decision added to the cover: 0 for the first decision, the supplementary payout for a re-decision.
     */
    restoredYen: number;
    /**
     * Per line, in the invoice's order.
     */
    lines: {
      /**
       * The line's 1-based position.
       */
      lineNo: number;
      category: CostCategoryV1;
      /**
       * The line's tax-inclusive amount, integer yen.
       */
      grossYen: number;
      /**
       * Yen the policy covers.
       */
      coveredYen: number;
      /**
       * Yen retained by the insured: the sum of the cuts.
       */
      retainedYen: number;
      /**
       * Each reason that cut the line, in the order applied; empty when fully covered.
       */
      cuts: {
        reason: RetentionReasonV2;
        /**
         * Yen retained for this reason, integer yen.
         */
        yen: number;
      }[];
      /**
       * Condolence lines: recipients counted against the case's declared victims; null on other lines.
       */
      recipientsCounted: number | null;
    }[];
  }[];
  /**
   * Every payout instruction for the invoice, oldest first.
   */
  payouts: PayoutV2[];
  /**
   * Everything credited on the invoice by credit notes, tax included.
   */
  creditedYen: number;
  /**
   * Covered yen credited after they were paid, which the insurer is owed back; 0 when none.
   */
  recoveryDueYen: number;
  /**
   * When core accepted the invoice.
   */
  submittedAt: string;
}
