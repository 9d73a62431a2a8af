import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { EntityManager, In } from 'typeorm';
import { hasRestorableLine, type LimitUsage, policyRefusal, redecideCutLines, type RedecisionCandidate } from '@hub/coverage';
import { CaseEntity } from '../../cases/case.entity';
import { InvoiceEntity } from '../../invoices/invoice.entity';
import { InvoiceRepository } from '../../invoices/invoice.repository';
import { SettlementDecisionEntity } from '../../invoices/settlement-decision.entity';
import type { PolicyEntity } from '../../policies/policy.entity';
import { TimelineRepository } from '../../timeline/timeline.repository';
import { caseFactsOf, counterLimits, termsOf } from '../coverage-facts';
import { LimitsLedger, type OpenLedger } from '../limits-ledger';
import { PayoutInstructions } from '../payout-instructions';

export interface RedecisionOutcome {
  invoiceId: string;
  decisionId: string;
  restoredYen: number;
  payoutId: string | null;
}

/**
 * Released room goes back to what was cut (@hub/coverage's redecideCutLines): after a credit note, a reversed
 * liability payment, or on request, every line of the policy period that a limit cut is re-decided in the order
 * the invoices were first decided. Each invoice that gains gets a re-decision of its own — its postings, and a
 * supplementary payout for the restored yen — in the caller's transaction, which must hold the policy's lock.
 * Running it again at once finds nothing to restore and changes nothing.
 */
@Injectable()
export class RedecideCutLines {
  constructor(
    private readonly ledger: LimitsLedger,
    private readonly invoices: InvoiceRepository,
    private readonly payouts: PayoutInstructions,
    private readonly timeline: TimelineRepository,
  ) {}

  async execute(tx: EntityManager, policy: PolicyEntity, cause: string, correlationId: string): Promise<RedecisionOutcome[]> {
    const current = await this.invoices.cutDecisionsOfPolicy(tx, policy.id);
    const credits = await this.invoices.creditsOf(tx, current.map((d) => d.invoiceId));
    // Of those, only lines whose cut yen no credit has taken since can gain.
    let candidates: (RedecisionCandidate & { entity: SettlementDecisionEntity })[] = current
      .map((entity) => ({ ref: entity.invoiceId, accident: entity.caseId, decision: entity.decision, credited: credits.get(entity.invoiceId) ?? [], entity }))
      .filter((c) => hasRestorableLine(c.decision, c.credited));
    if (candidates.length === 0) return [];

    const terms = termsOf(policy);
    const caseIds = [...new Set(candidates.map((c) => c.accident))];
    // A case the policy does not respond to under today's rules (one decided before them) gets nothing restored.
    const cases = (await tx.getRepository(CaseEntity).findBy({ id: In(caseIds) })).filter((c) => policyRefusal(terms, caseFactsOf(c)) === null);
    const responding = new Set(cases.map((c) => c.id));
    candidates = candidates.filter((c) => responding.has(c.accident));
    if (candidates.length === 0) return [];
    const ledgers = new Map<string, OpenLedger>();
    for (const incidentCase of cases) ledgers.set(incidentCase.id, await this.ledger.open(tx, policy.id, incidentCase.id, counterLimits(terms, caseFactsOf(incidentCase))));
    const anyLedger = ledgers.values().next().value as OpenLedger;
    const accidents: Record<string, LimitUsage> = Object.fromEntries([...ledgers].map(([caseId, l]) => [caseId, l.usage]));
    const victims = Object.fromEntries(cases.map((c) => [c.id, caseFactsOf(c).victims]));

    const outcomes: RedecisionOutcome[] = [];
    for (const redecision of redecideCutLines({ terms, period: anyLedger.usage, accidents, victims, candidates })) {
      const before = candidates.find((c) => c.ref === redecision.ref)?.entity as SettlementDecisionEntity;
      const decided = Object.assign(new SettlementDecisionEntity(), {
        id: randomUUID(),
        invoiceId: before.invoiceId,
        policyId: policy.id,
        caseId: before.caseId,
        kind: 'redecision' as const,
        restoredYen: redecision.restoredYen,
        coveredYen: redecision.decision.totals.coveredYen,
        retainedYen: redecision.decision.totals.retainedYen,
        decision: redecision.decision,
        decidedAt: new Date(),
      });
      await this.invoices.insertDecision(tx, decided);
      await this.ledger.post(tx, ledgers.get(before.caseId) as OpenLedger, redecision.decision.postings, { kind: 'redecision', id: decided.id });
      const invoice = (await this.invoices.findForUpdate(tx, before.invoiceId)) as InvoiceEntity;
      const payout = redecision.restoredYen > 0 ? await this.payouts.instruct(tx, invoice, policy, decided, redecision.restoredYen, correlationId) : null;
      // A paid invoice owes again once a supplementary payout is instructed.
      if (payout && invoice.state === 'paid') await tx.getRepository(InvoiceEntity).update(invoice.id, { state: 'settled', updatedAt: decided.decidedAt });
      await this.timeline.append(tx, {
        caseId: invoice.caseId,
        orderId: invoice.orderId,
        kind: 'invoice_redecided',
        actor: 'hub',
        note: `invoice ${invoice.invoiceNumber} from ${invoice.partnerId} re-decided after ${cause}: ¥${redecision.restoredYen.toLocaleString('ja-JP')} more is covered (¥${decided.coveredYen.toLocaleString('ja-JP')} in all)`,
        occurredAt: decided.decidedAt,
      });
      outcomes.push({ invoiceId: invoice.id, decisionId: decided.id, restoredYen: redecision.restoredYen, payoutId: payout?.id ?? null });
    }
    return outcomes;
  }
}
