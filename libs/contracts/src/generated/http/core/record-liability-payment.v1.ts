/**
 * Generated from contracts/http/core/record-liability-payment.v1.schema.json by `npm run contracts:types`.
 * Do not edit: change the contract (a published one only by adding a new version beside it) and regenerate.
 */

/**
 * Body of POST /liability-payments: the insurer records a liability payment (damages, litigation costs) on a case. It consumes the policy's liability limit, which leaves less room for expense (the expense sublimit is inside it); a payment the remaining limit cannot take is refused.
 */
export interface LiabilityPaymentRequestV1 {
  /**
   * The case (accident) the payment is for; its policy's liability limit is used.
   */
  caseId: string;
  /**
   * The amount paid, integer yen.
   */
  amountYen: number;
  /**
   * damages: compensation paid to victims (損害賠償金); litigation_costs: litigation and defence costs (争訟費用).
   */
  kind: "damages" | "litigation_costs";
  /**
   * When the insurer paid.
   */
  paidAt: string;
  /**
   * The insurer's reference of the payment (e.g. its payment id).
   */
  reference: string;
}
