/**
 * Generated from contracts/events/payout-bank-confirmed.v1.schema.json by `npm run contracts:types`.
 * Do not edit: change the contract (a published one only by adding a new version beside it) and regenerate.
 */

/**
 * Payload of hub.payout.bank-confirmed.v1: the insurer's bank reported a transfer the reconciler matched to an instructed payout (by the reference the transfer carried in its EDI field, or by amount and payee name). A command to core, which confirms the payment as finance would (POST /payouts/{payoutId}/confirm-payment) with the reconciler as actor; a payout already paid with the same reference is left as it is. Published by the reconciler in the transaction that records the match; the event id is derived from the bank transaction, so one transaction confirms at most once. The message key is the payout's case.
 */
export interface PayoutBankConfirmedV1 {
  /**
   * The payout the bank paid.
   */
  payoutId: string;
  /**
   * The amount the bank transferred, integer yen.
   */
  amountYen: number;
  /**
   * The payment's reference: the transfer reference the hub wrote in the record's EDI field when the payout was exported, else the bank's own reference of the transaction (照会番号), else bank-file:<bankFileId>#<recordNo>.
   */
  paymentReference: string;
  /**
   * The transfer's value date, as midnight at its start in Japan (+09:00).
   */
  paidAt: string;
  /**
   * The imported bank file (transfer result or statement) that reported the transfer.
   */
  bankFileId: string;
  /**
   * The reconciler's id of the transfer as imported (one record of the bank file).
   */
  bankTransactionId: string;
  /**
   * reference: the transfer carried the payout's transfer reference; amount_and_payee: it carried none, and exactly one unpaid payout has its amount and payee name.
   */
  matchedBy: "reference" | "amount_and_payee";
}
