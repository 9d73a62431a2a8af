import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { type ActorContext, actorLabel, CallerContext, Callers, type Caller, hasRole } from '@hub/auth';
import type { FindingQueryV1, ResolveFindingRequestV1 } from '@hub/contracts';
import { ContractBodyPipe, parseListQuery, uuidParam } from '@hub/http';
import { conflict, forbidden, notFound } from '@hub/refusals';
import { JOB_OWNERS } from '../jobs/job-schedules';
import { isJobName } from '../jobs/reconciliation-job';
import { findingView } from './finding-row';
import { FINDINGS_LIST, FindingsRepository } from './findings.repository';

/** Who reads findings: those who act on them (operators, finance, coordinators) and auditors. */
export const FINDING_READERS: Caller[] = ['operator', 'finance', 'coordinator', 'auditor'];
/** Who may resolve findings at all; each job's own are resolved only by its owners (JOB_OWNERS). */
export const FINDING_RESOLVERS: Caller[] = ['operator', 'finance', 'coordinator'];

@Controller('findings')
export class FindingsController {
  constructor(
    private readonly dataSource: DataSource,
    private readonly findings: FindingsRepository,
  ) {}

  /** Findings newest first, filtered (job, kind, state, severity, case, partner), a page at a time. */
  @Get()
  @Callers(...FINDING_READERS)
  async list(@Query() query: unknown) {
    const { query: q, page } = parseListQuery<FindingQueryV1>('http/reconciler/finding-query.v1', query, FINDINGS_LIST);
    const { items, nextCursor } = await this.findings.page(q, page);
    return { findings: items.map(findingView), nextCursor };
  }

  @Get(':findingId')
  @Callers(...FINDING_READERS)
  async one(@Param('findingId', uuidParam('findingId')) findingId: string) {
    const row = await this.findings.byId(findingId);
    if (!row) throw notFound('Finding', findingId);
    return findingView(row);
  }

  @Post(':findingId/resolve')
  @HttpCode(200)
  @Callers(...FINDING_RESOLVERS)
  async resolve(
    @Param('findingId', uuidParam('findingId')) findingId: string,
    @Body(new ContractBodyPipe('http/reconciler/resolve-finding.v1')) body: ResolveFindingRequestV1,
    @CallerContext() { actor, correlationId }: ActorContext,
  ) {
    const finding = await this.findings.byId(findingId);
    if (!finding) throw notFound('Finding', findingId);
    const owners = isJobName(finding.job) ? JOB_OWNERS[finding.job] : [];
    if (!hasRole(actor, ...owners)) throw forbidden('forbidden', `A ${finding.job} finding is resolved by ${owners.join(' or ')}`);
    const { row, wasOpen } = await this.dataSource.transaction((tx) => this.findings.resolveByPerson(tx, findingId, actorLabel(actor), body.note, correlationId));
    if (!row) throw notFound('Finding', findingId);
    if (!wasOpen) throw conflict('finding_already_resolved', `Finding ${findingId} was already resolved by ${row.resolved_by} (${row.resolution})`);
    return findingView(row);
  }
}
