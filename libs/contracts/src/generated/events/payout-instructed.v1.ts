/**
 * Generated from contracts/events/payout-instructed.v1.schema.json by `npm run contracts:types`.
 * Do not edit: change the contract (a published one only by adding a new version beside it) and regenerate.
 */

import type { PartnerIdV1, PolicyNumberV1 } from "../common/definitions.v1";
import type { PayeeV1 } from "../common/settlement-definitions.v1";

/**
 * Payload of hub.payout.instructed.v1: an invoice was settled and the insurer is instructed to pay its covered yen, to the insured or, where the insured assigned its claim, to the partner directly. Published by core, consumed by the insurer's systems, which confirm payment over HTTP (POST /invoices/{invoiceId}/confirm-payment). Also the items of GET /payouts.
 */
export interface PayoutInstructedV1 {
  /**
   * The payout instruction's id; one per settled invoice.
   */
  payoutId: string;
  /**
   * Core's id of the settled invoice; payment is confirmed against it.
   */
  invoiceId: string;
  /**
   * The case (accident) the invoice is for; also the message key.
   */
  caseId: string;
  policyNumber: PolicyNumberV1;
  /**
   * The engagement order invoiced.
   */
  orderId: string;
  partnerId: PartnerIdV1;
  /**
   * The partner's own invoice number, for the insurer's records.
   */
  invoiceNumber: string;
  payee: PayeeV1;
  /**
   * The payee's name: the insured company's or the partner's.
   */
  payeeName: string;
  /**
   * The amount to pay, integer yen: the settlement's covered yen.
   */
  amountYen: number;
  /**
   * The settlement decision the amount comes from.
   */
  decisionId: string;
  /**
   * When core instructed the payout.
   */
  instructedAt: string;
}
