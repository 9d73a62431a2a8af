import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { type ActorContext, actorLabel } from '@hub/auth';
import type { LiabilityPaymentRequestV1 } from '@hub/contracts';
import { liabilityPaymentPostings } from '@hub/coverage';
import { conflict, notFound, unprocessable } from '@hub/refusals';
import { CaseRepository } from '../../cases/case.repository';
import { TimelineRepository } from '../../timeline/timeline.repository';
import { caseFactsOf, counterLimits, termsOf } from '../coverage-facts';
import { LimitsLedger } from '../limits-ledger';

/**
 * The insurer records a liability payment (damages, litigation costs). It uses the liability limit, and so
 * leaves less room for expenses, which are paid inside it. Through the same ledger and lock as settlement.
 */
@Injectable()
export class RecordLiabilityPayment {
  constructor(
    private readonly dataSource: DataSource,
    private readonly cases: CaseRepository,
    private readonly ledger: LimitsLedger,
    private readonly timeline: TimelineRepository,
  ) {}

  execute(request: LiabilityPaymentRequestV1, { actor }: ActorContext): Promise<{ paymentId: string; liabilityRemainingYen: number }> {
    return this.dataSource.transaction(async (tx) => {
      const incidentCase = await this.cases.findById(tx, request.caseId);
      if (!incidentCase) throw notFound('Case', request.caseId);
      const policy = await this.ledger.lockPolicy(tx, incidentCase.policyId);
      const terms = termsOf(policy);
      const ledger = await this.ledger.open(tx, policy.id, incidentCase.id, counterLimits(terms, caseFactsOf(incidentCase)));
      const [known] = await tx.query('SELECT 1 FROM liability_payments WHERE policy_id = $1 AND reference = $2', [policy.id, request.reference]);
      if (known) throw conflict('duplicate_payment_reference', `Payment ${request.reference} is already recorded on this policy`);
      const left = terms.liabilityLimitYen - ledger.usage.liabilityPeriodYen;
      if (request.amountYen > left) {
        throw unprocessable('liability_limit_exceeded', `Only ¥${left.toLocaleString('ja-JP')} of the liability limit is left`, [
          { field: 'amountYen', reason: `exceeds the ¥${left} left of the liability limit` },
        ]);
      }
      const paymentId = randomUUID();
      const inserted: unknown[] = await tx.query(
        `INSERT INTO liability_payments (id, policy_id, case_id, kind, amount_yen, paid_at, reference)
         VALUES ($1, $2, $3, $4, $5, $6, $7) ON CONFLICT (policy_id, reference) DO NOTHING RETURNING id`,
        [paymentId, policy.id, incidentCase.id, request.kind, request.amountYen, request.paidAt, request.reference],
      );
      if (inserted.length === 0) throw conflict('duplicate_payment_reference', `Payment ${request.reference} is already recorded on this policy`);
      await this.ledger.post(tx, ledger, liabilityPaymentPostings(terms.liabilityLimitYen, ledger.usage, request.amountYen), {
        kind: 'liability_payment',
        id: paymentId,
      });
      await this.timeline.append(tx, {
        caseId: incidentCase.id,
        kind: 'liability_payment_recorded',
        actor: actorLabel(actor),
        note: `${request.kind}: ¥${request.amountYen.toLocaleString('ja-JP')} (${request.reference})`,
        occurredAt: new Date(request.paidAt),
      });
      return { paymentId, liabilityRemainingYen: left - request.amountYen };
    });
  }
}
