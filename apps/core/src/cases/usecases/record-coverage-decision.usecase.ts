import { Injectable, Logger } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { CoverageDecisionRequestV1 } from '@hub/contracts';
import { conflict, notFound } from '@hub/http';
import { TimelineRepository } from '../../timeline/timeline.repository';
import { CaseEntity } from '../case.entity';
import { CaseRepository } from '../case.repository';

/** The insurer's decision whether the policy pays for this incident. Recorded once; a change is a new case of work. */
@Injectable()
export class RecordCoverageDecision {
  private readonly logger = new Logger(RecordCoverageDecision.name);

  constructor(
    private readonly dataSource: DataSource,
    private readonly cases: CaseRepository,
    private readonly timeline: TimelineRepository,
  ) {}

  execute(caseId: string, request: CoverageDecisionRequestV1): Promise<CaseEntity> {
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
      incidentCase.coverageStatus = request.decision;
      incidentCase.coverageDecidedBy = request.decidedBy;
      incidentCase.coverageReason = request.reason ?? null;
      incidentCase.coverageDecidedAt = new Date();
      await this.cases.save(tx, incidentCase);
      await this.timeline.append(tx, {
        caseId,
        kind: `coverage_${request.decision}`,
        actor: `insurer:${request.decidedBy}`,
        note: request.reason ?? null,
        occurredAt: incidentCase.coverageDecidedAt,
      });
      return incidentCase;
    });
  }
}
