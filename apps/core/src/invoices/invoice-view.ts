import type { InvoiceViewV2, LimitUsageViewV2, PayoutV2 } from '@hub/contracts';
import type { CounterView } from '../settlement/limits-ledger';
import type { InvoiceEntity } from './invoice.entity';
import type { PayoutAmendment } from './invoice.repository';
import type { PayoutEntity } from './payout.entity';
import type { SettlementDecisionEntity } from './settlement-decision.entity';

/**
 * An invoice as the API shows it: the qualified invoice as validated, where it stands, its current decision and
 * every decision before it, and every payout with its amendments.
 */
export function invoiceView(
  invoice: InvoiceEntity,
  insured: boolean,
  decisions: SettlementDecisionEntity[],
  payouts: PayoutEntity[],
  amendments: ReadonlyMap<string, PayoutAmendment[]>,
): InvoiceViewV2 {
  const current = decisions.at(-1);
  return {
    invoiceId: invoice.id,
    caseId: invoice.caseId,
    orderId: invoice.orderId,
    partnerId: invoice.partnerId,
    invoiceNumber: invoice.invoiceNumber,
    insured,
    issueDate: invoice.issueDate,
    issuerName: invoice.issuerName,
    recipientName: invoice.recipientName,
    supply: invoice.supplyFrom && invoice.supplyTo ? { from: invoice.supplyFrom, to: invoice.supplyTo } : null,
    pricing: invoice.pricing,
    state: invoice.state,
    stateReason: invoice.stateReason,
    totals: { netYen: invoice.netYen, taxYen: invoice.taxYen, nonTaxableYen: invoice.nonTaxableYen, grossYen: invoice.grossYen },
    lines: invoice.lines.map((line) => ({
      lineNo: line.lineNo,
      description: line.description,
      category: line.category as InvoiceViewV2['lines'][number]['category'],
      taxCategory: line.taxCategory ?? 'taxable',
      taxRate: line.taxRate,
      quantity: line.quantity,
      unitPriceYen: line.unitPriceYen,
      netYen: line.netYen,
      taxYen: line.taxYen,
      grossYen: line.grossYen,
      recipientKind: line.recipientKind ?? null,
    })),
    settlement: current ? decisionView(current) : null,
    decisions: decisions.map(decisionView),
    payouts: payouts.map((p) => payoutView(p, amendments.get(p.id) ?? [])),
    creditedYen: invoice.creditedYen,
    recoveryDueYen: invoice.recoveryDueYen,
    submittedAt: invoice.submittedAt.toISOString(),
  };
}

function decisionView(d: SettlementDecisionEntity): InvoiceViewV2['decisions'][number] {
  return {
    decisionId: d.id,
    kind: d.kind,
    decidedAt: d.decidedAt.toISOString(),
    coveredYen: d.coveredYen,
    retainedYen: d.retainedYen,
    restoredYen: d.restoredYen,
    lines: d.decision.lines.map((line) => ({
      lineNo: line.lineNo,
      category: line.category,
      grossYen: line.amountYen,
      coveredYen: line.coveredYen,
      retainedYen: line.retainedYen,
      cuts: line.cuts.map((cut) => ({ reason: cut.reason, yen: cut.yen })),
      recipientsCounted: line.recipientsCounted?.count ?? null,
    })),
  };
}

export function payoutView(p: PayoutEntity, amendments: PayoutAmendment[]): PayoutV2 {
  return {
    payoutId: p.id,
    invoiceId: p.invoiceId,
    caseId: p.caseId,
    kind: p.kind,
    decisionId: p.decisionId,
    payee: p.payee,
    payeeName: p.payeeName,
    instructedYen: p.instructedYen,
    amountYen: p.amountYen,
    state: p.state,
    paymentReference: p.paymentReference,
    paidAt: p.paidAt?.toISOString() ?? null,
    instructedAt: p.instructedAt.toISOString(),
    amendments: amendments.map((a) => ({ creditNoteId: a.creditNoteId, fromYen: a.fromYen, toYen: a.toYen, amendedAt: a.amendedAt.toISOString() })),
  };
}

/** Used and remaining room per limit: a case sees its accident's limits and the period's; a policy, the period's. */
export function limitUsageView(scope: 'case' | 'policy', policyNumber: string, caseId: string | null, counters: CounterView[]): LimitUsageViewV2 {
  return {
    scope,
    policyNumber,
    caseId,
    limits: counters.map((c) => ({
      limit: c.counter as LimitUsageViewV2['limits'][number]['limit'],
      unit: c.unit,
      cap: c.limitYen,
      used: c.usedYen,
      remaining: c.limitYen - c.usedYen,
    })),
  };
}
