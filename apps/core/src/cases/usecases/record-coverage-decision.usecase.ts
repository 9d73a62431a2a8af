import { Injectable, Logger } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { type ActorContext, actorLabel } from '@hub/auth';
import type { CoverageDecisionRequestV2 } from '@hub/contracts';
import { policyRefusal } from '@hub/coverage';
import { conflict, notFound } from '@hub/refusals';
import { PolicyRepository } from '../../policies/policy.repository';
import { caseFactsOf, termsOf } from '../../settlement/coverage-facts';
import { TimelineRepository } from '../../timeline/timeline.repository';
import { CaseEntity } from '../case.entity';
import { CaseRepository } from '../case.repository';

/**
 * The insurer's decision whether the policy pays for this incident. Recorded once; a change is a new case of work.
 * Coverage cannot be confirmed for a case the policy does not respond to — before the retroactive date, outside
 * the period, a threat not reported as seed 003 requires: the same rules settlement applies (@hub/coverage's
 * policyRefusal), so no partner is engaged at the policy's expense for work it will never pay.
 */
@Injectable()
export class RecordCoverageDecision {
  private readonly logger = new Logger(RecordCoverageDecision.name);

  constructor(
    private readonly dataSource: DataSource,
    private readonly cases: CaseRepository,
    private readonly policies: PolicyRepository,
    private readonly timeline: TimelineRepository,
  ) {}

  execute(caseId: string, request: CoverageDecisionRequestV2, { actor }: ActorContext): Promise<CaseEntity> {
    return this.dataSource.transaction(async (tx) => {
      const incidentCase = await this.cases.findByIdForUpdate(tx, caseId);
      if (!incidentCase) throw notFound('Case', caseId);
      if (incidentCase.coverageStatus !== 'pending') {
        this.logger.warn(`refused second coverage decision on case ${caseId} (already ${incidentCase.coverageStatus})`);
        throw conflict(
          'coverage_already_decided',
          `Coverage for case ${caseId} was already ${incidentCase.coverageStatus} by ${incidentCase.coverageDecidedBy}`,
        );
      }
      if (request.decision === 'confirmed') {
        const policy = await this.policies.findById(tx, incidentCase.policyId);
        if (!policy) throw new Error(`Case ${caseId} refers to missing policy ${incidentCase.policyId}`);
        const refusal = policyRefusal(termsOf(policy), caseFactsOf(incidentCase));
        if (refusal) {
          this.logger.warn(`refused to confirm coverage on case ${caseId}: ${refusal.code}`);
          throw conflict(refusal.code, `Coverage for case ${caseId} cannot be confirmed under policy ${policy.policyNumber}: ${refusal.message}`);
        }
      }
      incidentCase.coverageStatus = request.decision;
      incidentCase.coverageDecidedBy = actorLabel(actor);
      incidentCase.coverageReason = request.reason ?? null;
      incidentCase.coverageDecidedAt = new Date();
      await this.cases.save(tx, incidentCase);
      await this.timeline.append(tx, {
        caseId,
        kind: `coverage_${request.decision}`,
        actor: actorLabel(actor),
        note: request.reason ?? null,
        occurredAt: incidentCase.coverageDecidedAt,
      });
      return incidentCase;
    });
  }
}
