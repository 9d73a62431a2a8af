/**
 * Generated from contracts/http/core/invoice.v1.schema.json by `npm run contracts:types`.
 * Do not edit: change the contract (a published one only by adding a new version beside it) and regenerate.
 */

import type { PartnerIdV1 } from "../../common/definitions.v1";
import type {
  CostCategoryV1,
  InvoiceStateV1,
  PayeeV1,
  RetentionReasonV1
} from "../../common/settlement-definitions.v1";

/**
 * A partner invoice as core answers it (POST /invoices, GET /invoices/{invoiceId}, approve, reject, confirm-payment): where it is, its totals, its settlement decision and its payout. Every field is present; null where nothing is known yet.
 */
export interface InvoiceViewV1 {
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
   * The partner's own invoice number.
   */
  invoiceNumber: string;
  state: InvoiceStateV1;
  /**
   * Why it is in its state where there is a reason: why it awaits approval, or the coordinator's reason for rejecting it; null otherwise.
   */
  stateReason: string | null;
  /**
   * The invoice's totals as validated (equal to what it states).
   */
  totals: {
    /**
     * Tax-exclusive total (税抜), integer yen.
     */
    netYen: number;
    /**
     * Consumption tax, all rates, integer yen.
     */
    taxYen: number;
    /**
     * Tax-inclusive total (税込), integer yen: what is settled against the limits.
     */
    grossYen: number;
  };
  /**
   * The settlement decision against the policy's limits; null until the invoice is settled (and for a rejected invoice). coveredYen + retainedYen = totals.grossYen.
   */
  settlement: {
    /**
     * The settlement decision's id (its ledger postings carry it).
     */
    decisionId: string;
    /**
     * When it was decided.
     */
    decidedAt: string;
    /**
     * Yen the policy covers, integer yen: the payout's amount.
     */
    coveredYen: number;
    /**
     * Yen retained by the insured, integer yen: the sum of every line's cuts.
     */
    retainedYen: number;
    /**
     * Per invoice line, in the invoice's order: what was covered and what was retained, and why.
     */
    lines: {
      /**
       * The line's 1-based position in the invoice.
       */
      lineNo: number;
      /**
       * The line's description, as invoiced.
       */
      description: string;
      category: CostCategoryV1;
      /**
       * The line's tax-inclusive amount, integer yen (its net plus its share of the invoice's tax per rate).
       */
      grossYen: number;
      /**
       * Yen of the line the policy covers.
       */
      coveredYen: number;
      /**
       * Yen of the line retained by the insured: the sum of its cuts.
       */
      retainedYen: number;
      /**
       * Each reason that cut the line, in the order applied, with the yen it cut; empty when the line is fully covered.
       */
      cuts: {
        reason: RetentionReasonV1;
        /**
         * Yen retained for this reason, integer yen.
         */
        yen: number;
      }[];
    }[];
  } | null;
  /**
   * The payout instruction to the insurer; null until the invoice is settled, and when nothing of it is covered.
   */
  payout: {
    /**
     * The payout instruction's id (as in hub.payout.instructed.v1).
     */
    payoutId: string;
    payee: PayeeV1;
    /**
     * The payee's name: the insured company's or the partner's.
     */
    payeeName: string;
    /**
     * The amount the insurer is to pay, integer yen: the settlement's coveredYen.
     */
    amountYen: number;
    /**
     * instructed: waiting for the insurer; paid: the insurer confirmed payment.
     */
    state: "instructed" | "paid";
    /**
     * The insurer's payment reference; null until paid.
     */
    paymentReference: string | null;
    /**
     * When the insurer paid; null until paid.
     */
    paidAt: string | null;
  } | null;
  /**
   * Covered yen credited after the payout was made, which the insurer is owed back, integer yen; 0 when none.
   */
  recoveryDueYen: number;
  /**
   * When core accepted the invoice.
   */
  submittedAt: string;
}
