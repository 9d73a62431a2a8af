import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import type { ReportIncidentRequestV2 } from '@hub/contracts';
import { FieldIssue, idempotencyKeyReused, unprocessable } from '@hub/http';
import { MAX_AFFECTED_COUNT } from '@hub/coverage';
import { IdempotencyRepository } from '@hub/persistence';
import { PolicyRepository } from '../../policies/policy.repository';
import { TimelineRepository } from '../../timeline/timeline.repository';
import { CaseEntity } from '../case.entity';
import { CaseRepository } from '../case.repository';

/**
 * The insured reports an accident with a usage notice: a case opens with coverage pending. Whether the
 * policy pays is the insurer's decision, recorded separately; until then no partner may be engaged.
 */
@Injectable()
export class ReportIncident {
  constructor(
    private readonly dataSource: DataSource,
    private readonly policies: PolicyRepository,
    private readonly cases: CaseRepository,
    private readonly timeline: TimelineRepository,
    private readonly idempotency: IdempotencyRepository,
  ) {}

  execute(request: ReportIncidentRequestV2, idempotencyKey?: string): Promise<CaseEntity> {
    return this.dataSource.transaction(async (tx) => {
      if (idempotencyKey) {
        const claim = await this.idempotency.claim(tx, 'report-incident', idempotencyKey, request);
        if (claim.kind === 'conflict') throw idempotencyKeyReused(idempotencyKey);
        if (claim.kind === 'replay') return (await this.cases.findById(tx, claim.resourceId)) as CaseEntity;
      }
      const policy = await this.policies.findByNumber(tx, request.policyNumber);
      if (!policy) {
        throw unprocessable('unknown_policy', `No policy ${request.policyNumber} is registered`, [
          { field: 'policyNumber', reason: 'is not a registered policy' },
        ]);
      }
      const problems = incidentProblems(request.incident);
      if (problems.length > 0) throw unprocessable('incident_invalid', 'The incident report contradicts itself', problems);
      const notice = request.usageNotice;
      const incidentCase = Object.assign(new CaseEntity(), {
        id: randomUUID(),
        policyId: policy.id,
        incidentKind: request.incident.kind,
        incidentSummary: request.incident.summary,
        discoveredAt: new Date(request.incident.discoveredAt),
        estimatedRecords: request.incident.estimatedRecords ?? null,
        contactName: notice.contactName,
        contactPhone: notice.contactPhone,
        contactEmail: notice.contactEmail ?? null,
        requestedFunctions: notice.requestedFunctions,
        coverageStatus: 'pending',
        coverageDecidedBy: null,
        coverageReason: null,
        coverageDecidedAt: null,
        occurredAt: request.incident.occurredAt ? new Date(request.incident.occurredAt) : null,
        causeAt: request.incident.causeAt ? new Date(request.incident.causeAt) : null,
        // Threat-only fees are covered only when an authority or the insured's SOC reported the threat.
        discoveryChannel: request.incident.discoveryChannel ?? 'insured',
        affectedIndividuals: request.incident.affected?.individuals ?? 0,
        affectedCorporations: request.incident.affected?.corporations ?? 0,
        reportedAt: new Date(),
      } satisfies CaseEntity);
      await this.cases.save(tx, incidentCase);
      await this.timeline.append(tx, {
        caseId: incidentCase.id,
        kind: 'incident_reported',
        actor: 'insured',
        note: `usage notice from ${notice.contactName}; functions requested: ${notice.requestedFunctions.join(', ')}`,
        occurredAt: incidentCase.reportedAt,
      });
      if (idempotencyKey) await this.idempotency.complete(tx, 'report-incident', idempotencyKey, incidentCase.id);
      return incidentCase;
    });
  }
}

/** What a schema cannot say: the order of the incident's moments, and how many victims a case can declare. */
function incidentProblems(incident: ReportIncidentRequestV2['incident']): FieldIssue[] {
  const issues: FieldIssue[] = [];
  const discovered = Date.parse(incident.discoveredAt);
  const occurred = incident.occurredAt ? Date.parse(incident.occurredAt) : discovered;
  if (incident.occurredAt && occurred > discovered) issues.push({ field: 'incident.occurredAt', reason: 'must not be after discoveredAt' });
  if (incident.causeAt && Date.parse(incident.causeAt) > occurred) {
    issues.push({ field: 'incident.causeAt', reason: `must not be after ${incident.occurredAt ? 'occurredAt' : 'discoveredAt'}` });
  }
  for (const kind of ['individuals', 'corporations'] as const) {
    const count = incident.affected?.[kind] ?? 0;
    if (count > MAX_AFFECTED_COUNT) issues.push({ field: `incident.affected.${kind}`, reason: `must not exceed ${MAX_AFFECTED_COUNT}` });
  }
  return issues;
}
