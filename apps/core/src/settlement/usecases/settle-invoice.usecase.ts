import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { EntityManager } from 'typeorm';
import { CoverageInputError, type CostCategory, settleInvoice } from '@hub/coverage';
import { unprocessable } from '@hub/http';
import { createEnvelope, MessagingRuntime, TOPICS } from '@hub/messaging';
import { findPartner } from '@hub/partners';
import { CaseEntity } from '../../cases/case.entity';
import { InvoiceEntity } from '../../invoices/invoice.entity';
import { PayoutEntity } from '../../invoices/payout.entity';
import { SettlementDecisionEntity } from '../../invoices/settlement-decision.entity';
import { PolicyEntity } from '../../policies/policy.entity';
import { TimelineRepository } from '../../timeline/timeline.repository';
import { caseFactsOf, counterLimits, termsOf } from '../coverage-facts';
import { LimitsLedger } from '../limits-ledger';

/**
 * Gives an invoice its one settlement decision, inside the caller's transaction: lock the policy's ledger,
 * let the coverage rules split every line into covered and retained yen, write the decision, its postings
 * and the counters, and instruct the payout of what is covered — all committed together or not at all.
 */
@Injectable()
export class SettleInvoice {
  constructor(
    private readonly ledger: LimitsLedger,
    private readonly messaging: MessagingRuntime,
    private readonly timeline: TimelineRepository,
  ) {}

  /** `incidentCase` when the caller already has it; the policy is read with its lock, in one round trip. */
  async execute(tx: EntityManager, invoice: InvoiceEntity, correlationId: string, incidentCase?: CaseEntity): Promise<SettlementDecisionEntity> {
    const policy = await this.ledger.lockPolicy(tx, invoice.policyId);
    incidentCase ??= await tx.getRepository(CaseEntity).findOneByOrFail({ id: invoice.caseId });
    const terms = termsOf(policy);
    const caseFacts = caseFactsOf(incidentCase);
    const ledger = await this.ledger.open(tx, policy.id, incidentCase.id, counterLimits(terms, caseFacts));
    const decision = decide({
      terms,
      caseFacts,
      usage: ledger.usage,
      lines: invoice.lines.map((l) => ({ lineNo: l.lineNo, category: l.category as CostCategory, amountYen: l.grossYen })),
    });
    const decided = Object.assign(new SettlementDecisionEntity(), {
      id: randomUUID(),
      invoiceId: invoice.id,
      policyId: policy.id,
      caseId: incidentCase.id,
      coveredYen: decision.totals.coveredYen,
      retainedYen: decision.totals.retainedYen,
      decision,
      decidedAt: new Date(),
    });
    await tx.getRepository(SettlementDecisionEntity).insert(decided);
    await this.ledger.post(tx, ledger, decision.postings, { kind: 'settlement', id: decided.id });
    if (decided.coveredYen > 0) await this.instructPayout(tx, invoice, policy, decided, correlationId);

    invoice.state = 'settled';
    invoice.updatedAt = decided.decidedAt;
    await tx.getRepository(InvoiceEntity).update(invoice.id, { state: invoice.state, updatedAt: invoice.updatedAt });
    await this.timeline.append(tx, {
      caseId: invoice.caseId,
      orderId: invoice.orderId,
      kind: 'invoice_settled',
      actor: 'hub',
      note: `invoice ${invoice.invoiceNumber} from ${invoice.partnerId}: ¥${decided.coveredYen.toLocaleString('ja-JP')} covered, ¥${decided.retainedYen.toLocaleString('ja-JP')} retained by the insured`,
      occurredAt: decided.decidedAt,
    });
    return decided;
  }

  private async instructPayout(
    tx: EntityManager,
    invoice: InvoiceEntity,
    policy: PolicyEntity,
    decided: SettlementDecisionEntity,
    correlationId: string,
  ): Promise<void> {
    // Fees are paid to the insured as claim, unless it assigned the claim so partners are paid directly.
    const toPartner = policy.claimAssignedToPartners;
    const payout = Object.assign(new PayoutEntity(), {
      id: randomUUID(),
      invoiceId: invoice.id,
      caseId: invoice.caseId,
      payee: toPartner ? 'partner' : 'insured',
      payeeName: toPartner ? (findPartner(invoice.partnerId)?.nameJa ?? invoice.partnerId) : policy.insuredName,
      amountYen: decided.coveredYen,
      state: 'instructed',
      paymentReference: null,
      paidAt: null,
      instructedAt: decided.decidedAt,
    } satisfies PayoutEntity);
    await tx.getRepository(PayoutEntity).insert(payout);
    await this.messaging.publish(
      tx,
      TOPICS.payoutInstructed,
      createEnvelope(TOPICS.payoutInstructed, {
        caseId: invoice.caseId,
        partnerId: invoice.partnerId,
        correlationId,
        occurredAt: decided.decidedAt,
        payload: {
          payoutId: payout.id,
          invoiceId: invoice.id,
          caseId: invoice.caseId,
          policyNumber: policy.policyNumber,
          orderId: invoice.orderId,
          partnerId: invoice.partnerId,
          invoiceNumber: invoice.invoiceNumber,
          payee: payout.payee,
          payeeName: payout.payeeName,
          amountYen: payout.amountYen,
          decisionId: decided.id,
          instructedAt: decided.decidedAt.toISOString(),
        },
      }),
    );
  }
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
