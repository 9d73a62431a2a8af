import { Body, Controller, Get, Headers, HttpCode, Param, Post } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import type { AmendVictimsRequestV1, CoverageDecisionRequestV1, IssueOrderRequestV2, ReportIncidentRequestV3 } from '@hub/contracts';
import { ContractBodyPipe, IdempotencyKey, notFound, uuidParam } from '@hub/http';
import { correlationIdFrom } from '../correlation';
import { OrderRepository } from '../orders/order.repository';
import { IssueOrder } from '../orders/usecases/issue-order.usecase';
import { PolicyRepository } from '../policies/policy.repository';
import { TimelineRepository } from '../timeline/timeline.repository';
import { caseView, orderView, timelineEntryView } from '../views';
import { CaseEntity } from './case.entity';
import { CaseRepository } from './case.repository';
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
    private readonly timeline: TimelineRepository,
    private readonly dataSource: DataSource,
  ) {}

  @Post()
  @HttpCode(201)
  async report(
    @Body(new ContractBodyPipe('http/core/report-incident.v3')) body: ReportIncidentRequestV3,
    @IdempotencyKey() idempotencyKey?: string,
  ) {
    return this.view(this.dataSource.manager, await this.reportIncident.execute(body, idempotencyKey));
  }

  @Get(':caseId')
  async get(@Param('caseId', uuidParam('caseId')) caseId: string) {
    const tx = this.dataSource.manager;
    const incidentCase = await this.cases.findById(tx, caseId);
    if (!incidentCase) throw notFound('Case', caseId);
    return this.view(tx, incidentCase);
  }

  @Post(':caseId/coverage-decision')
  @HttpCode(200)
  async decideCoverage(
    @Param('caseId', uuidParam('caseId')) caseId: string,
    @Body(new ContractBodyPipe('http/core/coverage-decision.v1')) body: CoverageDecisionRequestV1,
  ) {
    return this.view(this.dataSource.manager, await this.recordCoverageDecision.execute(caseId, body));
  }

  @Post(':caseId/victims')
  @HttpCode(200)
  async victims(
    @Param('caseId', uuidParam('caseId')) caseId: string,
    @Body(new ContractBodyPipe('http/core/amend-victims.v1')) body: AmendVictimsRequestV1,
    @Headers('x-correlation-id') correlationHeader?: string,
  ) {
    const { incidentCase, redecisions } = await this.amendVictims.execute(caseId, body, correlationIdFrom(correlationHeader));
    return { case: await this.view(this.dataSource.manager, incidentCase), redecisions };
  }

  @Post(':caseId/orders')
  @HttpCode(201)
  async issue(
    @Param('caseId', uuidParam('caseId')) caseId: string,
    @Body(new ContractBodyPipe('http/core/issue-order.v2')) body: IssueOrderRequestV2,
    @Headers('x-correlation-id') correlationHeader?: string,
    @IdempotencyKey() idempotencyKey?: string,
  ) {
    const order = await this.issueOrder.execute(caseId, body, correlationIdFrom(correlationHeader), idempotencyKey);
    const costBearing = await this.orders.costBearingOf(this.dataSource.manager, [order.id]);
    return orderView(order, costBearing.get(order.id) ?? null);
  }

  @Get(':caseId/timeline')
  async timelineOf(@Param('caseId', uuidParam('caseId')) caseId: string) {
    const tx = this.dataSource.manager;
    if (!(await this.cases.findById(tx, caseId))) throw notFound('Case', caseId);
    return { caseId, entries: (await this.timeline.listForCase(tx, caseId)).map(timelineEntryView) };
  }

  private async view(tx: EntityManager, incidentCase: CaseEntity) {
    const policy = await this.policies.findById(tx, incidentCase.policyId);
    const orders = await this.orders.listForCase(tx, incidentCase.id);
    const costBearing = await this.orders.costBearingOf(tx, orders.map((o) => o.id));
    return caseView(incidentCase, policy?.policyNumber ?? '', orders, costBearing);
  }
}
