import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { createEnvelope, MessagingRuntime, TOPICS } from '@hub/messaging';
import { ReconcilerConfig } from '../reconciler.config';
import { japanDateOf } from '../jobs/business-date';
import type { FoundBreak, JobOutcome, JobRunContext, ReconciliationJob } from '../jobs/reconciliation-job';
import { type MatchDecision, matchTransactions } from './payout-matching';
import { PayoutsBankRepository, type UnpaidPayout } from './payouts-bank.repository';
import { bankConfirmationEventId } from './transfer-reference';
import { yen } from '../jobs/yen';

const DAY_MS = 24 * 60 * 60 * 1000;

type Matched = Extract<MatchDecision, { outcome: 'matched' }>;

/**
 * Payouts against what the bank reports it paid: every transfer imported (POST /bank-files) with a value date on or
 * before business day D that no payout is matched to yet is matched by its transfer reference, else by amount and payee
 * name (payout-matching.ts). Each match is recorded with the confirmation it asks core for
 * (hub.payout.bank-confirmed.v1) in one transaction, the event's id derived from the transaction: a rerun matches
 * nothing twice and can confirm nothing twice. Found: transfers no payout explains, transfers that pay another amount
 * than their reference's payout was instructed, and payouts instructed PAYOUT_UNPAID_AFTER_DAYS or more before the end of
 * D that no transfer paid.
 */
@Injectable()
export class PayoutsBankJob implements ReconciliationJob {
  readonly name = 'payouts-bank' as const;

  constructor(
    private readonly config: ReconcilerConfig,
    private readonly bank: PayoutsBankRepository,
    private readonly messaging: MessagingRuntime,
  ) {}

  async run({ runId, businessDate, asOf, db }: JobRunContext): Promise<JobOutcome> {
    const decisions = await db.transaction(async (tx) => {
      await this.bank.lockMatching(tx);
      const transactions = await this.bank.unmatched(tx, businessDate);
      const references = [...new Set(transactions.flatMap((t) => (t.ediInfo === null ? [] : [t.ediInfo])))];
      const decided = matchTransactions({
        transactions,
        byReference: await this.bank.byReference(tx, references),
        openPayouts: await this.bank.openPayouts(tx, asOf),
        matchedBefore: await this.bank.matchedOn(tx, [...new Set(transactions.map((t) => t.valueDate))]),
      });
      for (const decision of decided) if (decision.outcome === 'matched') await this.record(tx, decision, runId);
      return decided;
    });
    const unpaidBy = new Date(asOf.getTime() - this.config.PAYOUT_UNPAID_AFTER_DAYS * DAY_MS);
    const unpaid = await this.bank.unpaid(db, unpaidBy);
    const count = (outcome: MatchDecision['outcome']) => decisions.filter((d) => d.outcome === outcome).length;
    const matched = decisions.filter((d): d is Matched => d.outcome === 'matched');
    return {
      found: [...decisions.flatMap(transferFinding), ...unpaid.map((p) => unpaidFinding(p, this.config.PAYOUT_UNPAID_AFTER_DAYS))],
      summary: {
        looked: decisions.length,
        matched: matched.length,
        byReference: matched.filter((m) => m.matchedBy === 'reference').length,
        byAmountAndPayee: matched.filter((m) => m.matchedBy === 'amount_and_payee').length,
        confirmationsPublished: matched.filter((m) => m.confirm).length,
        unmatched: count('unmatched'),
        amountDiffers: count('amount_differs'),
        reportedTwice: count('reported_twice'),
        unpaid: unpaid.length,
      },
    };
  }

  /** The match and, for a payout not yet paid, the confirmation core acts on: both or neither. */
  private async record(tx: EntityManager, match: Matched, runId: string): Promise<void> {
    const { transaction } = match;
    // Under the matching lock nothing else matches; false would mean the row changed under us, which the lock rules out.
    if (!(await this.bank.recordMatch(tx, transaction.transactionId, match.payoutId, match.matchedBy))) {
      throw new Error(`bank transaction ${transaction.transactionId} was matched by someone else during the run`);
    }
    if (!match.confirm) return;
    await this.messaging.publish(
      tx,
      TOPICS.payoutBankConfirmed,
      createEnvelope(TOPICS.payoutBankConfirmed, {
        eventId: bankConfirmationEventId(transaction.transactionId),
        caseId: match.caseId,
        partnerId: match.partnerId,
        correlationId: runId,
        payload: {
          payoutId: match.payoutId,
          amountYen: transaction.amountYen,
          paymentReference: match.paymentReference,
          paidAt: `${transaction.valueDate}T00:00:00+09:00`,
          bankFileId: transaction.bankFileId,
          bankTransactionId: transaction.transactionId,
          matchedBy: match.matchedBy,
        },
      }),
    );
  }
}

function transferFinding(decision: MatchDecision): FoundBreak[] {
  const t = decision.transaction;
  const base = { subjectType: 'bank_transaction', subjectId: t.transactionId, amountYen: t.amountYen };
  const transfer = `${yen(t.amountYen)} to ${t.payeeName || '(no name)'} on ${t.valueDate}${t.ediInfo ? ` (EDI ${t.ediInfo})` : ''}`;
  const detail = { bankFileId: t.bankFileId, recordNo: t.recordNo, valueDate: t.valueDate, payeeName: t.payeeName, ediInfo: t.ediInfo, bankReference: t.bankReference };
  if (decision.outcome === 'unmatched') {
    const why = decision.candidates.length > 1 ? `${decision.candidates.length} unpaid payouts have that amount and payee` : 'no unpaid payout has that reference, or that amount and payee';
    return [{ ...base, kind: 'bank_transfer_unmatched', severity: 'warning', summary: `The bank paid ${transfer}: ${why}`, detail: { ...detail, candidates: decision.candidates } }];
  }
  if (decision.outcome === 'amount_differs') {
    const { payout } = decision;
    return [
      {
        ...base,
        kind: 'bank_amount_differs',
        severity: 'incident',
        caseId: payout.caseId,
        partnerId: payout.partnerId,
        amountYen: t.amountYen - payout.instructedYen,
        summary: `The bank paid ${transfer} for payout ${payout.payoutId}, which was instructed at ${yen(payout.instructedYen)}`,
        detail: { ...detail, payoutId: payout.payoutId, reference: payout.reference, instructedYen: payout.instructedYen, paidYen: t.amountYen },
      },
    ];
  }
  return [];
}

function unpaidFinding(p: UnpaidPayout, afterDays: number): FoundBreak {
  return {
    kind: 'payout_unpaid',
    severity: 'warning',
    subjectType: 'payout',
    subjectId: p.payoutId,
    caseId: p.caseId,
    partnerId: p.partnerId,
    amountYen: p.amountYen,
    summary: `Payout of ${yen(p.amountYen)} to ${p.payeeName}, instructed on ${japanDateOf(p.instructedAt)}, is not paid after ${afterDays} day(s)${p.reference ? ` (transfer ${p.reference})` : ' (never exported)'}`,
    detail: { instructedAt: p.instructedAt.toISOString(), reference: p.reference, afterDays },
  };
}
