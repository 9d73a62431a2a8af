import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { type ActorContext, actorLabel } from '@hub/auth';
import type { ReportIncidentRequestV3 } from '@hub/contracts';
import { FieldIssue, idempotencyKeyReused, unprocessable } from '@hub/refusals';
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

  execute(request: ReportIncidentRequestV3, { actor }: ActorContext, idempotencyKey?: string): Promise<CaseEntity> {
    return this.dataSource.transaction(async (tx) => {
      if (idempotencyKey) {
        const claim = await this.idempotency.claim(tx, { operation: 'report-incident', caller: actorLabel(actor) }, idempotencyKey, request);
        if (claim.kind === 'conflict') throw idempotencyKeyReused(idempotencyKey);
        if (claim.kind === 'replay') return (await this.cases.findById(tx, claim.resourceId)) as CaseEntity;
      }
      const policy = await this.policies.findByNumber(tx, request.policyNumber);
      if (!policy) {
        throw unprocessable('unknown_policy', `No policy ${request.policyNumber} is registered`, [
          { field: 'policyNumber', reason: 'is not a registered policy' },
        ]);
      }
      const now = new Date();
      const problems = incidentProblems(request.incident, now);
      if (problems.length > 0) throw unprocessable('incident_invalid', 'The incident report contradicts itself', problems);
      const notice = request.usageNotice;
      const incidentCase = Object.assign(new CaseEntity(), {
        id: randomUUID(),
        policyId: policy.id,
        incidentKind: request.incident.kind === 'leak' ? 'leak' : 'threat',
        eventKind: request.incident.kind,
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
        causeAt: null,
        discoveryChannel: request.incident.discoveryChannel,
        affectedIndividuals: request.incident.victims?.individuals ?? 0,
        affectedCorporations: request.incident.victims?.corporations ?? 0,
        reportedAt: request.incident.reportedAt ? new Date(request.incident.reportedAt) : now,
      } satisfies CaseEntity);
      await this.cases.save(tx, incidentCase);
      await this.timeline.append(tx, {
        caseId: incidentCase.id,
        kind: 'incident_reported',
        actor: actorLabel(actor),
        note: `usage notice from ${notice.contactName}; functions requested: ${notice.requestedFunctions.join(', ')}`,
        occurredAt: incidentCase.reportedAt,
      });
      if (idempotencyKey) await this.idempotency.complete(tx, { operation: 'report-incident', caller: actorLabel(actor) }, idempotencyKey, incidentCase.id);
      return incidentCase;
    });
  }
}

/**
 * What a schema cannot say: the order of the incident's moments (occurred, then discovered, then reported to the
 * insurer, none of them in the future), and how many victims a case can declare.
 */
function incidentProblems(incident: ReportIncidentRequestV3['incident'], now: Date): FieldIssue[] {
  const issues: FieldIssue[] = [];
  const discovered = Date.parse(incident.discoveredAt);
  if (discovered > now.getTime()) issues.push({ field: 'incident.discoveredAt', reason: 'must not be in the future: a report follows the discovery' });
  if (incident.occurredAt && Date.parse(incident.occurredAt) > discovered) issues.push({ field: 'incident.occurredAt', reason: 'must not be after discoveredAt' });
  if (incident.reportedAt) {
    const reported = Date.parse(incident.reportedAt);
    if (reported < discovered) issues.push({ field: 'incident.reportedAt', reason: 'must not be before discoveredAt' });
    else if (reported > now.getTime()) issues.push({ field: 'incident.reportedAt', reason: 'must not be in the future' });
  }
  for (const kind of ['individuals', 'corporations'] as const) {
    const count = incident.victims?.[kind] ?? 0;
    if (count > MAX_AFFECTED_COUNT) issues.push({ field: `incident.victims.${kind}`, reason: `must not exceed ${MAX_AFFECTED_COUNT}` });
  }
  return issues;
}
