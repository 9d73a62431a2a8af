import { BeforeApplicationShutdown, Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { parseExpression } from 'cron-parser';
import PgBoss from 'pg-boss';
import { guardPgBossCompletions } from './pg-boss-completion-guard';
import { DataSource, type QueryRunner } from 'typeorm';
import { businessDateOfFire } from '../jobs/job-schedules';
import { cronOf, cronOverrides, selectedJobs } from '../jobs/job-selection';
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
 * cron fires and catch-ups that meet collapse to one; a run that throws is retried with exponential backoff; 15 minutes
 * before pg-boss gives a run up (it does not stop the handler, so the job must be idempotent, which it is). A run whose
 * instance died stays active until then and holds its queue (stately): no job runs near that long, so 15 minutes, not an hour.
 */
const QUEUE_SETTINGS: Omit<PgBoss.Queue, 'name'> = { policy: 'stately', retryLimit: 4, retryDelay: 60, retryBackoff: true, expireInSeconds: 15 * 60 };

/**
 * Schedules and works the jobs with pg-boss in the hub's PostgreSQL: any number of instances, one fire per cron minute
 * (pg-boss's timekeeper lets one instance through), one run per job and day (the stately queue and the runner's lock).
 * A night no instance was up for is caught up at start: each job whose last due run has not succeeded is sent once.
 */
/** Runs at once per instance; with its catch-up lock and the app's own queries it stays within the pool (postgresOptions poolSize 6). */
const RUNS_AT_ONCE = 2;

/** At most `size` tasks at a time; the others wait their turn, first come first served. */
class Slots {
  private free: number;
  private readonly waiting: (() => void)[] = [];

  constructor(size: number) {
    this.free = size;
  }

  async use<T>(task: () => Promise<T>): Promise<T> {
    if (this.free > 0) this.free -= 1;
    else await new Promise<void>((resolve) => this.waiting.push(resolve));
    try {
      return await task();
    } finally {
      const next = this.waiting.shift();
      if (next) next();
      else this.free += 1;
    }
  }
}

@Injectable()
export class JobScheduler implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger(JobScheduler.name);
  private readonly boss: PgBoss;
  private readonly scheduled: JobName[];
  private catchUpLock?: QueryRunner;
  private readonly crons: Partial<Record<JobName, string>>;
  /**
   * Runs at once in this instance. A run holds a connection of the pool for its lock and takes others for its work;
   * seven jobs caught up together at start took every connection for their locks and then waited for ever for one to
   * work with (seen on `npm run up`). Queued runs wait here, not in the pool.
   */
  private readonly runSlots = new Slots(RUNS_AT_ONCE);

  constructor(
    private readonly config: ReconcilerConfig,
    private readonly runner: JobRunner,
    private readonly runs: RunRepository,
    private readonly dataSource: DataSource,
  ) {
    guardPgBossCompletions();
    this.boss = new PgBoss({
      connectionString: config.DATABASE_URL,
      schema: config.RECONCILER_JOB_SCHEMA,
      application_name: 'reconciler-jobs',
      max: 4,
      schedule: config.RECONCILER_WORKERS,
      supervise: config.RECONCILER_WORKERS,
    });
    this.scheduled = selectedJobs(config.RECONCILER_JOBS);
    this.crons = cronOverrides(config.RECONCILER_CRON);
    this.boss.on('error', (error: Error) => this.logger.error(`job queue: ${error.message}`));
  }

  async onApplicationBootstrap(): Promise<void> {
    await this.boss.start();
    await this.declareQueues();
    if (!this.config.RECONCILER_WORKERS) return;
    for (const job of this.runner.jobNames) {
      // A job left out of RECONCILER_JOBS loses its schedule (any instance's timekeeper would fire a stored one); it still
      // runs when asked for (POST /runs).
      if (this.scheduled.includes(job)) await this.boss.schedule(queueOf(job), cronOf(job, this.crons), {}, { tz: 'Asia/Tokyo', singletonKey: job });
      else await this.boss.unschedule(queueOf(job));
      await this.boss.work<JobRequest>(queueOf(job), { batchSize: 1, pollingIntervalSeconds: 2, includeMetadata: true }, async ([request]) => {
        const date = request.data.date ?? businessDateOfFire(job, request.createdOn);
        await this.runSlots.use(() => this.runner.run(job, date, request.data.trigger ?? 'schedule'));
      });
    }
    // One instance catches up: the first to start holds the lock for its life. Another instance starting meanwhile need
    // not — the holder's cron has been firing — and two catching up together would race each other's runs.
    this.catchUpLock = this.dataSource.createQueryRunner();
    await this.catchUpLock.connect();
    const [{ leader }]: { leader: boolean }[] = await this.catchUpLock.query(`SELECT pg_try_advisory_lock(hashtextextended('reconciler-catch-up:' || $1, 0)) AS leader`, [this.config.RECONCILER_JOB_SCHEMA]);
    if (leader) await this.catchUp(new Date());
  }

  /**
   * Creates the queues, one instance at a time: instances starting together deadlock in pg-boss's createQueue (each
   * creates a queue's partition table and takes the same locks in another order), so they queue behind a lock.
   */
  private async declareQueues(): Promise<void> {
    const holder = this.dataSource.createQueryRunner();
    await holder.connect();
    try {
      await holder.query(`SELECT pg_advisory_lock(hashtextextended('reconciler-queues', 0))`);
      for (const job of this.runner.jobNames) {
        await this.boss.createQueue(queueOf(job), { name: queueOf(job), ...QUEUE_SETTINGS });
        // createQueue never changes a queue that exists: the settings of this release replace an older one's.
        await this.boss.updateQueue(queueOf(job), { name: queueOf(job), ...QUEUE_SETTINGS });
      }
    } finally {
      await holder.query(`SELECT pg_advisory_unlock(hashtextextended('reconciler-queues', 0))`).catch(() => undefined);
      await holder.release();
    }
  }

  /** Asks for a run of `job` for `date`; null when the same is already waiting (it will run once). */
  request(job: JobName, date: string, trigger: RunRow['trigger']): Promise<string | null> {
    return this.boss.send(queueOf(job), { date, trigger } satisfies JobRequest, { singletonKey: `${job}:${date}` });
  }

  private async catchUp(now: Date): Promise<void> {
    for (const job of this.scheduled) {
      const lastFire = parseExpression(cronOf(job, this.crons), { tz: 'Asia/Tokyo', currentDate: now }).prev().toDate();
      const date = businessDateOfFire(job, lastFire);
      if (await this.runs.hasSucceededOrIsRunning(job, date)) continue;
      const sent = await this.request(job, date, 'catch_up');
      if (sent) this.logger.log(`${job}: its run for ${date} (due ${lastFire.toISOString()}) has not succeeded; caught up`);
    }
  }

  async beforeApplicationShutdown(): Promise<void> {
    // Waits for a running job; one still running after 30 s is failed by pg-boss and retried later (idempotently).
    await this.boss.stop({ graceful: true, wait: true, timeout: 30_000 });
    // Closing the connection releases the catch-up lock for the next instance to start.
    await this.catchUpLock?.release().catch(() => undefined);
  }
}
