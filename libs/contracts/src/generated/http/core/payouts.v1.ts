/**
 * Generated from contracts/http/core/payouts.v1.schema.json by `npm run contracts:types`.
 * Do not edit: change the contract (a published one only by adding a new version beside it) and regenerate.
 */

import type { PayeeV1 } from "../../common/settlement-definitions.v1";

/**
 * Body of GET /payouts: payout instructions for the insurer, oldest first, optionally only those in one state (GET /payouts?state=instructed: what is still to be paid). The same instructions are published on hub.payout.instructed.v1; an invoice's details are at GET /invoices/{invoiceId}.
 */
export interface PayoutListV1 {
  /**
   * Payout instructions, oldest first.
   */
  payouts: {
    /**
     * The payout instruction's id (as in hub.payout.instructed.v1).
     */
    payoutId: string;
    /**
     * The settled invoice; payment is confirmed with POST /invoices/{invoiceId}/confirm-payment.
     */
    invoiceId: string;
    /**
     * The case (accident) the invoice is for.
     */
    caseId: string;
    payee: PayeeV1;
    /**
     * The payee's name: the insured company's or the partner's.
     */
    payeeName: string;
    /**
     * The amount to pay, integer yen.
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
    /**
     * When core instructed the payout.
     */
    instructedAt: string;
  }[];
}
