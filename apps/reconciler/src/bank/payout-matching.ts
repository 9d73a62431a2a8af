import { normalisePayeeName } from '@hub/zengin';
import { endOfJapanDay } from '../jobs/business-date';

/** A bank transaction no payout is matched to yet. */
export interface UnmatchedTransaction {
  transactionId: string;
  bankFileId: string;
  recordNo: number;
  valueDate: string;
  amountYen: number;
  payeeName: string;
  ediInfo: string | null;
  bankReference: string | null;
}

/** A payout as its transfer reference finds it: what was instructed to the bank, and where the payout stands. */
export interface ReferencedPayout {
  payoutId: string;
  caseId: string;
  partnerId: string;
  reference: string;
  /** What the file told the bank to pay. */
  instructedYen: number;
  state: 'instructed' | 'paid' | 'cancelled';
  /** The transaction already matched to it, if any (another file reported the same transfer). */
  matchedTransactionId: string | null;
}

/** A payout still waiting for its money and matched to no transaction: a candidate for a transfer without reference. */
export interface OpenPayout {
  payoutId: string;
  caseId: string;
  partnerId: string;
  /** What a transfer for it pays: the amount exported to the bank, else the payout's amount now. */
  payableYen: number;
  instructedAt: Date;
  /** Its transfer reference, when it was exported. */
  reference: string | null;
  /** The names the payee may appear under: the exported account name, the account on file, the payout's payee name. */
  names: string[];
}

/** A transaction matched before, on one of the days looked at: a second file reporting the same transfer is not a new one. */
export interface MatchedTransaction {
  transactionId: string;
  bankFileId: string;
  valueDate: string;
  amountYen: number;
  payeeName: string;
  ediInfo: string | null;
}

export type MatchDecision =
  | {
      outcome: 'matched';
      transaction: UnmatchedTransaction;
      payoutId: string;
      caseId: string;
      partnerId: string;
      matchedBy: 'reference' | 'amount_and_payee';
      paymentReference: string;
      /** false when the payout is already paid (confirmed by a person before the bank's file came): nothing to confirm. */
      confirm: boolean;
    }
  | { outcome: 'amount_differs'; transaction: UnmatchedTransaction; payout: ReferencedPayout }
  | { outcome: 'reported_twice'; transaction: UnmatchedTransaction; sameAs: string }
  | { outcome: 'unmatched'; transaction: UnmatchedTransaction; candidates: string[] };

export interface MatchInput {
  transactions: readonly UnmatchedTransaction[];
  byReference: ReadonlyMap<string, ReferencedPayout>;
  openPayouts: readonly OpenPayout[];
  matchedBefore: readonly MatchedTransaction[];
}

/** The payment reference core records: ours when the payout was exported, else the bank's, else where the file says it. */
function paymentReferenceOf(transaction: UnmatchedTransaction, reference: string | null): string {
  return reference ?? transaction.bankReference ?? `bank-file:${transaction.bankFileId}#${transaction.recordNo}`;
}

/**
 * Matches each transaction to at most one payout and each payout to at most one transaction. First by reference: a
 * transaction whose EDI情報 is a payout's transfer reference is that payout's, if it pays the amount instructed (else
 * the amount differs: an incident). Then by amount and payee: exactly one waiting payout instructed by the transfer's
 * value date, for that amount, under a payee name that normalises to the transaction's. A transaction for a payout
 * another file's transaction already reported (same reference, or same day, amount and payee) is the same transfer
 * reported twice, not a new one. Pure: the job reads the inputs and records the decisions.
 */
export function matchTransactions({ transactions, byReference, openPayouts, matchedBefore }: MatchInput): MatchDecision[] {
  const claimed = new Map<string, MatchedTransaction>();
  const matched: MatchedTransaction[] = [...matchedBefore];
  const decisions = new Map<string, MatchDecision>();
  const claim = (transaction: UnmatchedTransaction, payoutId: string) => {
    const entry = { transactionId: transaction.transactionId, bankFileId: transaction.bankFileId, valueDate: transaction.valueDate, amountYen: transaction.amountYen, payeeName: transaction.payeeName, ediInfo: transaction.ediInfo };
    claimed.set(payoutId, entry);
    matched.push(entry);
  };
  const ordered = [...transactions].sort((a, b) => a.valueDate.localeCompare(b.valueDate) || Number(a.transactionId) - Number(b.transactionId));

  for (const transaction of ordered) {
    const payout = transaction.ediInfo === null ? undefined : byReference.get(transaction.ediInfo);
    if (!payout) continue;
    const earlier = claimed.get(payout.payoutId)?.transactionId ?? payout.matchedTransactionId;
    if (earlier !== null) {
      decisions.set(transaction.transactionId, { outcome: 'reported_twice', transaction, sameAs: earlier });
    } else if (transaction.amountYen !== payout.instructedYen) {
      decisions.set(transaction.transactionId, { outcome: 'amount_differs', transaction, payout });
    } else {
      claim(transaction, payout.payoutId);
      decisions.set(transaction.transactionId, {
        outcome: 'matched',
        transaction,
        payoutId: payout.payoutId,
        caseId: payout.caseId,
        partnerId: payout.partnerId,
        matchedBy: 'reference',
        paymentReference: paymentReferenceOf(transaction, payout.reference),
        confirm: payout.state !== 'paid',
      });
    }
  }

  const namesOf = new Map(openPayouts.map((p) => [p.payoutId, new Set(p.names.map(normalisePayeeName).filter((n) => n.length > 0))]));
  for (const transaction of ordered) {
    if (decisions.has(transaction.transactionId)) continue;
    const name = normalisePayeeName(transaction.payeeName);
    const valueDayEnds = endOfJapanDay(transaction.valueDate);
    const candidates =
      name.length === 0
        ? []
        : openPayouts.filter(
            (p) => !claimed.has(p.payoutId) && p.payableYen === transaction.amountYen && p.instructedAt < valueDayEnds && (namesOf.get(p.payoutId)?.has(name) ?? false),
          );
    if (candidates.length === 1) {
      const [payout] = candidates;
      claim(transaction, payout.payoutId);
      decisions.set(transaction.transactionId, {
        outcome: 'matched',
        transaction,
        payoutId: payout.payoutId,
        caseId: payout.caseId,
        partnerId: payout.partnerId,
        matchedBy: 'amount_and_payee',
        paymentReference: paymentReferenceOf(transaction, payout.reference),
        confirm: true,
      });
      continue;
    }
    const twin =
      candidates.length === 0 && name.length > 0
        ? matched.find(
            (m) =>
              m.bankFileId !== transaction.bankFileId &&
              m.valueDate === transaction.valueDate &&
              m.amountYen === transaction.amountYen &&
              (normalisePayeeName(m.payeeName) === name || (m.ediInfo !== null && m.ediInfo === transaction.ediInfo)),
          )
        : undefined;
    decisions.set(
      transaction.transactionId,
      twin ? { outcome: 'reported_twice', transaction, sameAs: twin.transactionId } : { outcome: 'unmatched', transaction, candidates: candidates.map((c) => c.payoutId) },
    );
  }
  return ordered.map((t) => decisions.get(t.transactionId) as MatchDecision);
}
