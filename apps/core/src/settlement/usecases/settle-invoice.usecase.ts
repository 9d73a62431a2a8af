import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { EntityManager } from 'typeorm';
import { CoverageInputError, type CostCategory, type InvoiceLine, settleInvoice } from '@hub/coverage';
import { HubMetrics } from '@hub/operations';
import { afterCommit } from '@hub/persistence';
import { unprocessable } from '@hub/refusals';
import { CaseEntity } from '../../cases/case.entity';
import { PolicyEntity } from '../../policies/policy.entity';
import { InvoiceEntity, type StoredInvoiceLine } from '../../invoices/invoice.entity';
import { InvoiceRepository } from '../../invoices/invoice.repository';
import { SettlementDecisionEntity } from '../../invoices/settlement-decision.entity';
import { TimelineRepository } from '../../timeline/timeline.repository';
import { caseFactsOf, counterLimits, termsOf } from '../coverage-facts';
import { LimitsLedger } from '../limits-ledger';
import { PayoutInstructions } from '../payout-instructions';

/**
 * Gives an invoice its settlement decision, inside the caller's transaction: lock the policy's ledger, let the
 * coverage rules split every line into covered and retained yen, write the decision, its postings and the
 * counters, and instruct the payout of what is covered — all committed together or not at all. An order the
 * insured agreed to pay itself is settled to its account (`insured_bears_cost`) and touches no limit.
 */
@Injectable()
export class SettleInvoice {
  constructor(
    private readonly ledger: LimitsLedger,
    private readonly invoices: InvoiceRepository,
    private readonly payouts: PayoutInstructions,
    private readonly timeline: TimelineRepository,
    private readonly metrics: HubMetrics,
  ) {}

  /**
   * `known` holds what the caller already has: the invoice's case, and its policy when the caller's transaction already
   * holds the policy's lock (a group commit: PolicyGroupCommit). Otherwise the policy is read with its lock here.
   */
  async execute(tx: EntityManager, invoice: InvoiceEntity, insured: boolean, correlationId: string, known: { incidentCase?: CaseEntity; lockedPolicy?: PolicyEntity } = {}): Promise<SettlementDecisionEntity> {
    if (known.lockedPolicy && known.lockedPolicy.id !== invoice.policyId) throw new Error(`invoice ${invoice.id} is on policy ${invoice.policyId}, not the locked ${known.lockedPolicy.id}`);
    const policy = known.lockedPolicy ?? (await this.ledger.lockPolicy(tx, invoice.policyId));
    const incidentCase = known.incidentCase ?? (await tx.getRepository(CaseEntity).findOneByOrFail({ id: invoice.caseId }));
    const terms = termsOf(policy);
    const caseFacts = caseFactsOf(incidentCase);
    const ledger = await this.ledger.open(tx, policy.id, incidentCase.id, counterLimits(terms, caseFacts));
    const decision = decide({ terms, caseFacts, usage: ledger.usage, lines: invoice.lines.map(settlementLine), insured });
    const decided = Object.assign(new SettlementDecisionEntity(), {
      id: randomUUID(),
      invoiceId: invoice.id,
      policyId: policy.id,
      caseId: incidentCase.id,
      kind: 'settlement' as const,
      restoredYen: 0,
      coveredYen: decision.totals.coveredYen,
      retainedYen: decision.totals.retainedYen,
      decision,
      decidedAt: new Date(),
    });
    await this.invoices.insertDecision(tx, decided);
    await this.ledger.post(tx, ledger, decision.postings, { kind: 'settlement', id: decided.id });
    if (decided.coveredYen > 0) await this.payouts.instruct(tx, invoice, policy, decided, decided.coveredYen, correlationId);

    // Counted once the decision is committed: a settlement rolled back (a lock timeout retried) was never decided.
    const outcome = decided.retainedYen === 0 ? 'full' : decided.coveredYen === 0 ? 'none' : 'partial';
    afterCommit(tx, () => this.metrics.settlements.inc({ kind: 'settlement', outcome }));
    invoice.state = 'settled';
    invoice.updatedAt = decided.decidedAt;
    await tx.getRepository(InvoiceEntity).update(invoice.id, { state: invoice.state, updatedAt: invoice.updatedAt });
    await this.timeline.append(tx, {
      caseId: invoice.caseId,
      orderId: invoice.orderId,
      kind: 'invoice_settled',
      actor: 'hub',
      note: `invoice ${invoice.invoiceNumber} from ${invoice.partnerId}: ¥${decided.coveredYen.toLocaleString('ja-JP')} covered, ¥${decided.retainedYen.toLocaleString('ja-JP')} retained by the insured${insured ? '' : ' (the insured bears this order\'s cost)'}`,
      occurredAt: decided.decidedAt,
    });
    return decided;
  }
}

/** A stored line as settlement reads it: its tax-inclusive gross, and on a condolence line its recipients (the quantity). */
export function settlementLine(line: StoredInvoiceLine): InvoiceLine {
  return {
    lineNo: line.lineNo,
    category: line.category as CostCategory,
    amountYen: line.grossYen,
    ...(line.recipientKind ? { recipients: { kind: line.recipientKind, count: line.quantity } } : {}),
  };
}

/**
 * The coverage rules refuse input they cannot settle exactly. Everything is checked where it enters, so
 * this should not happen; if it does, the invoice stays unsettled with a clear answer rather than a 500.
 */
function decide(input: Parameters<typeof settleInvoice>[0]) {
  try {
    return settleInvoice(input);
  } catch (error) {
    if (error instanceof CoverageInputError) {
      throw unprocessable('settlement_input_invalid', `The invoice cannot be settled: ${error.message}`, [...error.issues]);
    }
    throw error;
  }
}
