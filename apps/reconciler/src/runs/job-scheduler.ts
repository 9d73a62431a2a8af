import { BeforeApplicationShutdown, Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { parseExpression } from 'cron-parser';
import PgBoss from 'pg-boss';
import { businessDateOfFire, JOB_SCHEDULES } from '../jobs/job-schedules';
import type { JobName } from '../jobs/reconciliation-job';
import { ReconcilerConfig } from '../reconciler.config';
import { JobRunner } from './job-runner';
import type { RunRow } from './run-row';
import { RunRepository } from './run.repository';

interface JobRequest {
  /** The day to reconcile; absent on a cron fire, which reconciles the day its schedule says. */
  date?: string;
  trigger?: RunRow['trigger'];
}

/** A job's queue: named so that pg-boss's tables say what they hold. */
export const queueOf = (job: JobName): string => `reconcile-${job}`;

/**
 * The queue settings every instance declares. `stately`: at most one waiting and one running job per singleton key, so
 * cron fires and catch-ups that meet collapse to one; a run that throws is retried with exponential backoff; an hour
 * before pg-boss gives a run up (it does not stop the handler, so the job must be idempotent, which it is).
 */
const QUEUE_SETTINGS: Omit<PgBoss.Queue, 'name'> = { policy: 'stately', retryLimit: 4, retryDelay: 60, retryBackoff: true, expireInSeconds: 3600 };

/**
 * Schedules and works the jobs with pg-boss in the hub's PostgreSQL: any number of instances, one fire per cron minute
 * (pg-boss's timekeeper lets one instance through), one run per job and day (the stately queue and the runner's lock).
 * A night no instance was up for is caught up at start: each job whose last due run has not succeeded is sent once.
 */
@Injectable()
export class JobScheduler implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger(JobScheduler.name);
  private readonly boss: PgBoss;

  constructor(
    private readonly config: ReconcilerConfig,
    private readonly runner: JobRunner,
    private readonly runs: RunRepository,
  ) {
    this.boss = new PgBoss({
      connectionString: config.DATABASE_URL,
      schema: config.RECONCILER_JOB_SCHEMA,
      application_name: 'reconciler-jobs',
      max: 4,
      schedule: config.RECONCILER_WORKERS,
      supervise: config.RECONCILER_WORKERS,
    });
    this.boss.on('error', (error: Error) => this.logger.error(`job queue: ${error.message}`));
  }

  async onApplicationBootstrap(): Promise<void> {
    await this.boss.start();
    for (const job of this.runner.jobNames) {
      await this.boss.createQueue(queueOf(job), { name: queueOf(job), ...QUEUE_SETTINGS });
      // createQueue never changes a queue that exists: the settings of this release replace an older one's.
      await this.boss.updateQueue(queueOf(job), { name: queueOf(job), ...QUEUE_SETTINGS });
    }
    if (!this.config.RECONCILER_WORKERS) return;
    for (const job of this.runner.jobNames) {
      await this.boss.schedule(queueOf(job), JOB_SCHEDULES[job].cron, {}, { tz: 'Asia/Tokyo', singletonKey: job });
      await this.boss.work<JobRequest>(queueOf(job), { batchSize: 1, pollingIntervalSeconds: 2, includeMetadata: true }, async ([request]) => {
        const date = request.data.date ?? businessDateOfFire(job, request.createdOn);
        await this.runner.run(job, date, request.data.trigger ?? 'schedule');
      });
    }
    await this.catchUp(new Date());
  }

  /** Asks for a run of `job` for `date`; null when the same is already waiting (it will run once). */
  request(job: JobName, date: string, trigger: RunRow['trigger']): Promise<string | null> {
    return this.boss.send(queueOf(job), { date, trigger } satisfies JobRequest, { singletonKey: `${job}:${date}` });
  }

  private async catchUp(now: Date): Promise<void> {
    for (const job of this.runner.jobNames) {
      const lastFire = parseExpression(JOB_SCHEDULES[job].cron, { tz: 'Asia/Tokyo', currentDate: now }).prev().toDate();
      const date = businessDateOfFire(job, lastFire);
      if (await this.runs.hasSucceeded(job, date)) continue;
      const sent = await this.request(job, date, 'catch_up');
      if (sent) this.logger.log(`${job}: its run for ${date} (due ${lastFire.toISOString()}) has not succeeded; caught up`);
    }
  }

  async beforeApplicationShutdown(): Promise<void> {
    // Waits for a running job; one still running after 30 s is failed by pg-boss and retried later (idempotently).
    await this.boss.stop({ graceful: true, wait: true, timeout: 30_000 });
  }
}
