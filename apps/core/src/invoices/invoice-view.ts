import type { InvoiceViewV1, LimitUsageViewV1 } from '@hub/contracts';
import type { CounterView } from '../settlement/limits-ledger';
import type { InvoiceEntity } from './invoice.entity';
import type { PayoutEntity } from './payout.entity';
import type { SettlementDecisionEntity } from './settlement-decision.entity';

/** An invoice as the API shows it: where it is, and, once settled, every line's covered and retained yen with why. */
export function invoiceView(invoice: InvoiceEntity, decision: SettlementDecisionEntity | null, payout: PayoutEntity | null): InvoiceViewV1 {
  return {
    invoiceId: invoice.id,
    caseId: invoice.caseId,
    orderId: invoice.orderId,
    partnerId: invoice.partnerId,
    invoiceNumber: invoice.invoiceNumber,
    state: invoice.state,
    stateReason: invoice.stateReason,
    totals: { netYen: invoice.netYen, taxYen: invoice.taxYen, grossYen: invoice.grossYen },
    settlement: decision && {
      decisionId: decision.id,
      decidedAt: decision.decidedAt.toISOString(),
      coveredYen: decision.coveredYen,
      retainedYen: decision.retainedYen,
      lines: decision.decision.lines.map((line) => {
        const submitted = invoice.lines.find((l) => l.lineNo === line.lineNo);
        return {
          lineNo: line.lineNo,
          description: submitted?.description ?? '',
          category: line.category,
          grossYen: line.amountYen,
          coveredYen: line.coveredYen,
          retainedYen: line.retainedYen,
          cuts: line.cuts.map((cut) => ({ reason: cut.reason, yen: cut.yen })),
        };
      }),
    },
    payout: payout && {
      payoutId: payout.id,
      payee: payout.payee,
      payeeName: payout.payeeName,
      amountYen: payout.amountYen,
      state: payout.state,
      paymentReference: payout.paymentReference,
      paidAt: payout.paidAt?.toISOString() ?? null,
    },
    recoveryDueYen: invoice.recoveryDueYen,
    submittedAt: invoice.submittedAt.toISOString(),
  };
}

/** Used and remaining yen per limit: a case sees its accident's limits and the period's; a policy, the period's. */
export function limitUsageView(scope: 'case' | 'policy', policyNumber: string, caseId: string | null, counters: CounterView[]): LimitUsageViewV1 {
  return {
    scope,
    policyNumber,
    caseId,
    limits: counters.map((c) => ({
      limit: c.counter as LimitUsageViewV1['limits'][number]['limit'],
      limitYen: c.limitYen,
      usedYen: c.usedYen,
      remainingYen: c.limitYen - c.usedYen,
    })),
  };
}
