import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { type ActorContext, CallerContext, Callers, hasRole } from '@hub/auth';
import type { RunQueryV1, RunRequestV1 } from '@hub/contracts';
import { ContractBodyPipe, parseListQuery, uuidParam } from '@hub/http';
import { forbidden, notFound } from '@hub/refusals';
import type { JobName } from '../jobs/reconciliation-job';
import { JobScheduler } from './job-scheduler';
import { runView } from './run-row';
import { RUNS_LIST, RunRepository } from './run.repository';

/** Jobs that write money's paperwork (the bank file, payment confirmations, the partners' statements): finance's to start. */
const MONEY_JOBS: JobName[] = ['payouts-bank', 'bank-export', 'month-end'];

@Controller('runs')
export class RunsController {
  constructor(
    private readonly runs: RunRepository,
    private readonly scheduler: JobScheduler,
  ) {}

  /** Every run newest first: scheduled, caught up, asked for or run from the CLI; with what it found and why it failed. */
  @Get()
  @Callers('operator', 'finance', 'auditor')
  async list(@Query() query: unknown) {
    const { query: q, page } = parseListQuery<RunQueryV1>('http/reconciler/run-query.v1', query, RUNS_LIST);
    const { items, nextCursor } = await this.runs.page(q, page);
    return { runs: items.map(runView), nextCursor };
  }

  @Get(':runId')
  @Callers('operator', 'finance', 'auditor')
  async one(@Param('runId', uuidParam('runId')) runId: string) {
    const row = await this.runs.byId(runId);
    if (!row) throw notFound('Run', runId);
    return runView(row);
  }

  /** Queues a run of a job for a day; one instance takes it. Asking again while it waits queues nothing more. */
  @Post()
  @HttpCode(202)
  @Callers('operator', 'finance')
  async request(@Body(new ContractBodyPipe('http/reconciler/run-request.v1')) body: RunRequestV1, @CallerContext() { actor }: ActorContext) {
    // The money jobs (the bank file, payment matching, the partners' statements) are started by finance alone.
    const starters = MONEY_JOBS.includes(body.job) ? (['finance'] as const) : (['operator', 'finance'] as const);
    if (!hasRole(actor, ...starters)) throw forbidden('forbidden', `${body.job} is run by hand by ${starters.join(' or ')}`);
    const jobId = await this.scheduler.request(body.job, body.date, 'manual');
    return { job: body.job, date: body.date, queued: jobId !== null };
  }
}
