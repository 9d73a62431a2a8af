import { DynamicModule, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AuthModule } from '@hub/auth';
import { kafkaBrokerList } from '@hub/config';
import { ObservabilityModule } from '@hub/operations';
import { MessagingRuntime, TOPICS } from '@hub/messaging';
import { postgresOptions } from '@hub/persistence';
import { FindingsController } from './findings/findings.controller';
import { FindingsRepository } from './findings/findings.repository';
import { assertJobCatalog, JOB_CLASSES, JOB_CONTROLLERS, JOB_REPOSITORIES } from './jobs/job-catalog';
import type { ReconciliationJob } from './jobs/reconciliation-job';
import { ReconcilerConfig } from './reconciler.config';
import { JobRunner, RECONCILIATION_JOBS } from './runs/job-runner';
import { JobScheduler } from './runs/job-scheduler';
import { RunRepository } from './runs/run.repository';
import { RunsController } from './runs/runs.controller';

export const RECONCILER_APP_NAME = 'reconciler';

/** What the reconciler produces; it consumes nothing (it reads the database and asks Kafka's admin for lag). */
export const RECONCILER_PRODUCES = [TOPICS.reconciliationFinding, TOPICS.payoutBankConfirmed];

/**
 * `server`: the HTTP API and the scheduler (pg-boss cron and workers). `cli`: the jobs alone, run once by
 * `npm run reconcile`, with the outbox relay so what they publish leaves before the process ends.
 */
export type ReconcilerMode = 'server' | 'cli';

@Module({})
export class ReconcilerModule {
  static forRoot(config: ReconcilerConfig, mode: ReconcilerMode): DynamicModule {
    const server = mode === 'server';
    return {
      module: ReconcilerModule,
      imports: [
        // The command line (npm run reconcile) serves no HTTP: no probes, no metrics.
        ...(server ? [ObservabilityModule.forApp(RECONCILER_APP_NAME)] : []),
        TypeOrmModule.forRoot(postgresOptions(config.DATABASE_URL, [], { applicationName: `${RECONCILER_APP_NAME}${server ? '' : '-cli'}`, poolSize: config.DATABASE_POOL_SIZE ?? 6 })),
        ...(server ? [AuthModule.forRoot({ config, appName: RECONCILER_APP_NAME, issuesPartnerTokens: false })] : []),
      ],
      controllers: server ? [FindingsController, RunsController, ...JOB_CONTROLLERS] : [],
      providers: [
        { provide: ReconcilerConfig, useValue: config },
        {
          provide: MessagingRuntime,
          inject: [DataSource],
          useFactory: (dataSource: DataSource) =>
            new MessagingRuntime({ appName: RECONCILER_APP_NAME, hubEnv: config.HUB_ENV, brokers: kafkaBrokerList(config), produces: RECONCILER_PRODUCES }, dataSource),
        },
        FindingsRepository,
        RunRepository,
        JobRunner,
        ...JOB_REPOSITORIES,
        ...JOB_CLASSES,
        {
          provide: RECONCILIATION_JOBS,
          inject: JOB_CLASSES,
          useFactory: (...jobs: ReconciliationJob[]) => {
            assertJobCatalog(jobs);
            return jobs;
          },
        },
        ...(server ? [JobScheduler] : []),
      ],
    };
  }
}
