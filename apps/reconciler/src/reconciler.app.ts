import { INestApplication, INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { assertEveryRouteDeclaresCallers, edgeSettingsOf } from '@hub/auth';
import { HubLogger, startHttpApp } from '@hub/http';
import { BANK_FILE_ROUTES } from './bank/bank-files.controller';
import { ReconcilerConfig } from './reconciler.config';
import { RECONCILER_APP_NAME, ReconcilerModule } from './reconciler.module';

export interface RunningReconciler {
  app: INestApplication;
  url: string;
}

/** Builds and starts the reconciler: its HTTP API and, unless RECONCILER_WORKERS=false, the scheduled jobs. */
export async function startReconciler(config: ReconcilerConfig): Promise<RunningReconciler> {
  const app = await NestFactory.create(ReconcilerModule.forRoot(config, 'server'), { logger: new HubLogger(RECONCILER_APP_NAME, config.LOG_LEVEL) });
  assertEveryRouteDeclaresCallers(app);
  const url = await startHttpApp(app, { openApi: 'reconciler', port: config.PORT, host: config.HOST, edge: edgeSettingsOf(config, BANK_FILE_ROUTES) });
  return { app, url };
}

/** The jobs without HTTP or scheduler, for the CLI. */
export async function reconcilerContext(config: ReconcilerConfig): Promise<INestApplicationContext> {
  const app = await NestFactory.createApplicationContext(ReconcilerModule.forRoot(config, 'cli'), { logger: new HubLogger(RECONCILER_APP_NAME, config.LOG_LEVEL) });
  app.enableShutdownHooks();
  return app.init();
}
