import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { type ActorContext, actorLabel } from '@hub/auth';
import type { LiabilityReversalViewV1, ReverseLiabilityPaymentRequestV2 } from '@hub/contracts';
import { liabilityReversalPostings } from '@hub/coverage';
import { conflict, notFound } from '@hub/refusals';
import { CaseEntity } from '../../cases/case.entity';
import { TimelineRepository } from '../../timeline/timeline.repository';
import { caseFactsOf, counterLimits, termsOf } from '../coverage-facts';
import { LimitsLedger } from '../limits-ledger';
import { RedecideCutLines } from './redecide-cut-lines.usecase';

/**
 * The insurer reverses a liability payment it recorded (in error, or refunded). Its yen go back to the liability
 * limit under the policy's lock, and the expense lines that limit cut are re-decided at once, in their original
 * order. A payment is reversed once.
 */
@Injectable()
export class ReverseLiabilityPayment {
  constructor(
    private readonly dataSource: DataSource,
    private readonly ledger: LimitsLedger,
    private readonly redecide: RedecideCutLines,
    private readonly timeline: TimelineRepository,
  ) {}

  execute(paymentId: string, request: ReverseLiabilityPaymentRequestV2, { actor, correlationId }: ActorContext): Promise<LiabilityReversalViewV1> {
    return this.dataSource.transaction(async (tx) => {
      const [found]: { policy_id: string }[] = await tx.query('SELECT policy_id FROM liability_payments WHERE id = $1', [paymentId]);
      if (!found) throw notFound('Liability payment', paymentId);
      const policy = await this.ledger.lockPolicy(tx, found.policy_id);
      const [payment]: { case_id: string; amount_yen: string; reference: string; reversed_at: Date | null }[] = await tx.query(
        'SELECT case_id, amount_yen, reference, reversed_at FROM liability_payments WHERE id = $1 FOR NO KEY UPDATE',
        [paymentId],
      );
      if (payment.reversed_at) throw conflict('payment_already_reversed', `Liability payment ${payment.reference} was already reversed on ${payment.reversed_at.toISOString()}`);
      const reversedAt = new Date();
      const amountYen = Number(payment.amount_yen);
      await tx.query('UPDATE liability_payments SET reversed_at = $2, reversed_by = $3, reversal_reason = $4 WHERE id = $1', [paymentId, reversedAt, actorLabel(actor), request.reason]);
      const incidentCase = await tx.getRepository(CaseEntity).findOneByOrFail({ id: payment.case_id });
      const limits = counterLimits(termsOf(policy), caseFactsOf(incidentCase));
      const ledger = await this.ledger.open(tx, policy.id, payment.case_id, limits);
      await this.ledger.post(tx, ledger, liabilityReversalPostings(amountYen), { kind: 'liability_reversal', id: paymentId });
      await this.timeline.append(tx, {
        caseId: payment.case_id,
        kind: 'liability_payment_reversed',
        actor: actorLabel(actor),
        note: `¥${amountYen.toLocaleString('ja-JP')} (${payment.reference}) reversed: ${request.reason}`,
        occurredAt: reversedAt,
      });
      const redecisions = await this.redecide.execute(tx, policy, `the reversal of liability payment ${payment.reference}`, correlationId);
      const after = await this.ledger.open(tx, policy.id, payment.case_id, limits);
      return { paymentId, reversedAt: reversedAt.toISOString(), liabilityRemainingYen: policy.liabilityLimitYen - after.usage.liabilityPeriodYen, redecisions };
    });
  }
}
