import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { type ActorContext, CallerContext, Callers, CASE_READERS } from '@hub/auth';
import type { AmendVictimsRequestV2, CaseListV1, CaseQueryV1, CaseTimelineV2, CoverageDecisionRequestV2, IssueOrderRequestV3, ReportIncidentRequestV3 } from '@hub/contracts';
import { ContractBodyPipe, IdempotencyKey, notFound, parseListQuery, uuidParam } from '@hub/http';
import { OrderRepository } from '../orders/order.repository';
import { IssueOrder } from '../orders/usecases/issue-order.usecase';
import { PolicyRepository } from '../policies/policy.repository';
import { TimelinePages } from '../timeline/timeline-pages';
import { parseTimelineQuery } from '../timeline/timeline-query';
import { caseView, orderView } from '../views';
import { CaseEntity } from './case.entity';
import { CaseRepository } from './case.repository';
import { CASE_LIST, CaseSummaries } from './case-summaries';
import { AmendVictims } from './usecases/amend-victims.usecase';
import { RecordCoverageDecision } from './usecases/record-coverage-decision.usecase';
import { ReportIncident } from './usecases/report-incident.usecase';

@Controller('cases')
export class CasesController {
  constructor(
    private readonly reportIncident: ReportIncident,
    private readonly recordCoverageDecision: RecordCoverageDecision,
    private readonly issueOrder: IssueOrder,
    private readonly amendVictims: AmendVictims,
    private readonly cases: CaseRepository,
    private readonly orders: OrderRepository,
    private readonly policies: PolicyRepository,
    private readonly timelinePages: TimelinePages,
    private readonly summaries: CaseSummaries,
    private readonly dataSource: DataSource,
  ) {}

  @Post()
  @HttpCode(201)
  @Callers('coordinator', 'claims_handler')
  async report(
    @Body(new ContractBodyPipe('http/core/report-incident.v3')) body: ReportIncidentRequestV3,
    @CallerContext() context: ActorContext,
    @IdempotencyKey() idempotencyKey?: string,
  ) {
    return this.view(this.dataSource.manager, await this.reportIncident.execute(body, context, idempotencyKey));
  }

  /** Cases newest reported first, searched and filtered, a page at a time. */
  @Get()
  @Callers(...CASE_READERS)
  async list(@Query() query: unknown): Promise<CaseListV1> {
    const { query: q, page, range } = parseListQuery<CaseQueryV1>('http/core/case-query.v1', query, CASE_LIST);
    const filter = { text: q.q, policyNumber: q.policyNumber, coverage: q.coverage, partnerId: q.partnerId, ...range };
    const { items, nextCursor } = await this.summaries.page(this.dataSource.manager, filter, page);
    return { cases: items, nextCursor };
  }

  @Get(':caseId')
  @Callers(...CASE_READERS)
  async get(@Param('caseId', uuidParam('caseId')) caseId: string) {
    const tx = this.dataSource.manager;
    const incidentCase = await this.cases.findById(tx, caseId);
    if (!incidentCase) throw notFound('Case', caseId);
    return this.view(tx, incidentCase);
  }

  @Post(':caseId/coverage-decision')
  @HttpCode(200)
  @Callers('claims_handler')
  async decideCoverage(
    @Param('caseId', uuidParam('caseId')) caseId: string,
    @Body(new ContractBodyPipe('http/core/coverage-decision.v2')) body: CoverageDecisionRequestV2,
    @CallerContext() context: ActorContext,
  ) {
    return this.view(this.dataSource.manager, await this.recordCoverageDecision.execute(caseId, body, context));
  }

  @Post(':caseId/victims')
  @HttpCode(200)
  @Callers('claims_handler')
  async victims(
    @Param('caseId', uuidParam('caseId')) caseId: string,
    @Body(new ContractBodyPipe('http/core/amend-victims.v2')) body: AmendVictimsRequestV2,
    @CallerContext() context: ActorContext,
  ) {
    const { incidentCase, redecisions } = await this.amendVictims.execute(caseId, body, context);
    return { case: await this.view(this.dataSource.manager, incidentCase), redecisions };
  }

  @Post(':caseId/orders')
  @HttpCode(201)
  @Callers('coordinator')
  async issue(
    @Param('caseId', uuidParam('caseId')) caseId: string,
    @Body(new ContractBodyPipe('http/core/issue-order.v3')) body: IssueOrderRequestV3,
    @CallerContext() context: ActorContext,
    @IdempotencyKey() idempotencyKey?: string,
  ) {
    const order = await this.issueOrder.execute(caseId, body, context, idempotencyKey);
    const costBearing = await this.orders.costBearingOf(this.dataSource.manager, [order.id]);
    return orderView(order, costBearing.get(order.id) ?? null);
  }

  @Get(':caseId/timeline')
  @Callers(...CASE_READERS)
  async timelineOf(@Param('caseId', uuidParam('caseId')) caseId: string, @Query() query: unknown): Promise<CaseTimelineV2> {
    const request = parseTimelineQuery(query);
    const tx = this.dataSource.manager;
    if (!(await this.cases.findById(tx, caseId))) throw notFound('Case', caseId);
    return this.timelinePages.read(tx, caseId, request);
  }

  private async view(tx: EntityManager, incidentCase: CaseEntity) {
    const policy = await this.policies.findById(tx, incidentCase.policyId);
    const orders = await this.orders.listForCase(tx, incidentCase.id);
    const costBearing = await this.orders.costBearingOf(tx, orders.map((o) => o.id));
    return caseView(incidentCase, policy?.policyNumber ?? '', orders, costBearing);
  }
}
