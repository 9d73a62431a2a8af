/**
 * Generated from contracts/events/invoice-outcome.v1.schema.json by `npm run contracts:types`.
 * Do not edit: change the contract (a published one only by adding a new version beside it) and regenerate.
 */

import type { PartnerIdV1, ValidationIssueV1 } from "../common/definitions.v1";
import type { InvoiceStateV1 } from "../common/settlement-definitions.v1";

/**
 * Payload of hub.invoice.outcome.v1: what core made of a partner invoice that came over Kafka (hub.invoice.submitted.v2), for the partner's adapter to report back to the partner. Core decides it exactly as it answers POST /invoices: accepted (with where the invoice stands and, once settled, its covered and retained yen), or refused with the code, message and field issues an HTTP caller would have got. One outcome per submitted message; a message delivered twice has one outcome.
 */
export interface InvoiceOutcomeV1 {
  partnerId: PartnerIdV1;
  /**
   * The engagement order the invoice named.
   */
  orderId: string;
  /**
   * The partner's invoice number, as the invoice printed it.
   */
  invoiceNumber: string;
  /**
   * The eventId of the hub.invoice.submitted.v2 envelope this outcome answers: the adapter finds the partner's submission by it.
   */
  submittedEventId: string;
  /**
   * accepted: core stored the invoice (settled, or held for a coordinator's approval; see state); refused: core stored nothing, see refusal.
   */
  outcome: "accepted" | "refused";
  /**
   * Core's id of the stored invoice. Present exactly when accepted.
   */
  invoiceId?: string;
  state?: InvoiceStateV1;
  /**
   * Yen the policy covers, of the settlement decision. Present when state is settled.
   */
  coveredYen?: number;
  /**
   * Yen the insured retains, of the settlement decision (covered + retained = the invoice's gross). Present when state is settled.
   */
  retainedYen?: number;
  /**
   * Why core refused the invoice: what POST /invoices answers for the same invoice. Present exactly when refused.
   */
  refusal?: {
    /**
     * Stable refusal code, the error of POST /invoices' answer, e.g. validation_failed, registration_number_mismatch, duplicate_invoice_number, order_not_invoiceable; or partner_mismatch when the invoice names another partner than the adapter that sent it.
     */
    code: string;
    /**
     * What is wrong, for a person.
     */
    message: string;
    /**
     * Each offending field of the invoice and why, as POST /invoices names them; empty when the refusal is not about one field.
     */
    issues: ValidationIssueV1[];
  };
  /**
   * When core decided.
   */
  decidedAt: string;
}
