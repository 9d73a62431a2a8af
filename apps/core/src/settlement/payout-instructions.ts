import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { EntityManager } from 'typeorm';
import { createEnvelope, MessagingRuntime, TOPICS } from '@hub/messaging';
import { findPartner } from '@hub/partners';
import { InvoiceEntity } from '../invoices/invoice.entity';
import { InvoiceRepository } from '../invoices/invoice.repository';
import { PayoutEntity } from '../invoices/payout.entity';
import { SettlementDecisionEntity } from '../invoices/settlement-decision.entity';
import { PolicyEntity } from '../policies/policy.entity';

/**
 * Payout instructions to the insurer, each written with its event to the outbox in the caller's transaction: the
 * covered yen of a settlement, the restored yen of a re-decision (a supplementary payout), and amendments that
 * reduce an instructed payout a credit note arrived before.
 */
@Injectable()
export class PayoutInstructions {
  constructor(
    private readonly invoices: InvoiceRepository,
    private readonly messaging: MessagingRuntime,
  ) {}

  async instruct(
    tx: EntityManager,
    invoice: InvoiceEntity,
    policy: PolicyEntity,
    decision: SettlementDecisionEntity,
    amountYen: number,
    correlationId: string,
  ): Promise<PayoutEntity> {
    // Fees are paid to the insured as claim, unless it assigned the claim so partners are paid directly.
    const toPartner = policy.claimAssignedToPartners;
    const payout = Object.assign(new PayoutEntity(), {
      id: randomUUID(),
      invoiceId: invoice.id,
      kind: decision.kind === 'settlement' ? 'settlement' : 'supplementary',
      decisionId: decision.id,
      caseId: invoice.caseId,
      payee: toPartner ? 'partner' : 'insured',
      payeeName: toPartner ? (findPartner(invoice.partnerId)?.nameJa ?? invoice.partnerId) : policy.insuredName,
      instructedYen: amountYen,
      amountYen,
      state: 'instructed',
      paymentReference: null,
      paidAt: null,
      instructedAt: decision.decidedAt,
    } satisfies PayoutEntity);
    await this.invoices.insertPayout(tx, payout);
    await this.messaging.publish(
      tx,
      TOPICS.payoutInstructed,
      createEnvelope(TOPICS.payoutInstructed, {
        caseId: invoice.caseId,
        partnerId: invoice.partnerId,
        correlationId,
        occurredAt: decision.decidedAt,
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
          decisionId: decision.id,
          instructedAt: decision.decidedAt.toISOString(),
        },
      }),
    );
    return payout;
  }

  /**
   * Reduces the invoice's unpaid payouts by up to `releasedYen`, latest first (the most recent instruction is the
   * least likely to be in the insurer's payment run), and tells the insurer of each amendment. Returns the yen
   * reduced; the rest of `releasedYen` was already paid and is a recovery due.
   */
  async amendUnpaid(
    tx: EntityManager,
    invoice: InvoiceEntity,
    policyNumber: string,
    creditNoteId: string,
    releasedYen: number,
    correlationId: string,
  ): Promise<number> {
    let left = releasedYen;
    const unpaid = (await this.invoices.payoutsForUpdate(tx, invoice.id)).filter((p) => p.state === 'instructed' && p.amountYen > 0).reverse();
    const now = new Date();
    for (const payout of unpaid) {
      if (left === 0) break;
      const fromYen = payout.amountYen;
      const toYen = fromYen - Math.min(left, fromYen);
      left -= fromYen - toYen;
      payout.amountYen = toYen;
      if (toYen === 0) payout.state = 'cancelled';
      await this.invoices.savePayout(tx, payout);
      await this.invoices.recordAmendment(tx, { payoutId: payout.id, creditNoteId, fromYen, toYen, amendedAt: now });
      await this.messaging.publish(
        tx,
        TOPICS.payoutAmended,
        createEnvelope(TOPICS.payoutAmended, {
          caseId: invoice.caseId,
          partnerId: invoice.partnerId,
          correlationId,
          occurredAt: now,
          payload: {
            payoutId: payout.id,
            invoiceId: invoice.id,
            caseId: invoice.caseId,
            policyNumber,
            partnerId: invoice.partnerId,
            creditNoteId,
            previousAmountYen: fromYen,
            amountYen: toYen,
            instructedYen: payout.instructedYen,
            amendedAt: now.toISOString(),
          },
        }),
      );
    }
    return releasedYen - left;
  }
}
