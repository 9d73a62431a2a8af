import { Inject, Injectable, Logger } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { crashIfFaultPoint, FAULT_POINTS } from '@hub/messaging';
import { FindingsRepository } from '../findings/findings.repository';
import { endOfJapanDay } from '../jobs/business-date';
import { type JobName, type ReconciliationJob } from '../jobs/reconciliation-job';
import type { RunRow } from './run-row';
import { RunRepository } from './run.repository';

/** The jobs this app runs, one provider each (job-catalog.ts lists them). */
export const RECONCILIATION_JOBS = Symbol('RECONCILIATION_JOBS');

/**
 * Runs one job for one day, whoever asks (a cron fire, a catch-up, a person over HTTP, the CLI): one run of a job and
 * day at a time across every instance, under a PostgreSQL advisory lock held by this run's own connection — the lock
 * goes with the connection, so a killed process never leaves it held. What the job found is applied in one
 * transaction with the run's outcome: a run killed before it leaves no findings, and the next run finds them once.
 */
@Injectable()
export class JobRunner {
  private readonly logger = new Logger(JobRunner.name);
  private readonly jobs: Map<JobName, ReconciliationJob>;

  constructor(
    private readonly dataSource: DataSource,
    private readonly runs: RunRepository,
    private readonly findings: FindingsRepository,
    @Inject(RECONCILIATION_JOBS) jobs: ReconciliationJob[],
  ) {
    this.jobs = new Map(jobs.map((job) => [job.name, job]));
  }

  get jobNames(): JobName[] {
    return [...this.jobs.keys()];
  }

  async run(name: JobName, businessDate: string, trigger: RunRow['trigger']): Promise<RunRow> {
    const job = this.jobs.get(name);
    if (!job) throw new Error(`no reconciliation job named ${name}`);
    const lockHolder = this.dataSource.createQueryRunner();
    await lockHolder.connect();
    const lockKey = `reconciliation-run:${name}:${businessDate}`;
    try {
      const [{ locked }]: { locked: boolean }[] = await lockHolder.query(`SELECT pg_try_advisory_lock(hashtextextended($1, 0)) AS locked`, [lockKey]);
      if (!locked) {
        this.logger.warn(`${name} for ${businessDate}: another instance is running it; skipped`);
        return await this.runs.skipped(name, businessDate, trigger);
      }
      try {
        const interrupted = await this.runs.markInterrupted(name, businessDate);
        if (interrupted > 0) this.logger.warn(`${name} for ${businessDate}: ${interrupted} earlier run(s) had stopped unfinished; running it again`);
        return await this.execute(job, businessDate, trigger);
      } finally {
        await lockHolder.query(`SELECT pg_advisory_unlock(hashtextextended($1, 0))`, [lockKey]);
      }
    } finally {
      await lockHolder.release();
    }
  }

  private async execute(job: ReconciliationJob, businessDate: string, trigger: RunRow['trigger']): Promise<RunRow> {
    const runId = await this.runs.start(job.name, businessDate, trigger);
    try {
      const outcome = await job.run({ runId, businessDate, asOf: endOfJapanDay(businessDate), actor: 'reconciler', db: this.dataSource.manager });
      crashIfFaultPoint(FAULT_POINTS.reconcilerBeforeApply);
      const row = await this.dataSource.transaction(async (tx) => {
        const applied = await this.findings.applyRun(tx, { id: runId, job: job.name, businessDate, correlationId: runId }, outcome.found);
        return this.runs.succeed(tx, runId, { found: applied.found, opened: applied.opened.length, closed: applied.closed.length }, outcome.summary);
      });
      this.logger.log(`${job.name} for ${businessDate} (${trigger}): ${row.found} finding(s), ${row.opened} opened, ${row.closed} closed`);
      return row;
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      this.logger.error(`${job.name} for ${businessDate} failed: ${message}`);
      await this.runs.fail(runId, message);
      throw error;
    }
  }
}
