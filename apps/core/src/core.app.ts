import { INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { DataSource } from 'typeorm';
import { assertEveryRouteDeclaresCallers, edgeSettingsOf, LARGE_BODY_BYTES } from '@hub/auth';
import { HubLogger, startHttpApp } from '@hub/http';
import { connectKafkaInbox, MessagingRuntime } from '@hub/messaging';
import { CoreConfig } from './core.config';
import { CORE_APP_NAME, CORE_CONSUMES, CoreModule } from './core.module';

/** Core's routes that take more than the default body, or another media type than JSON. */
const CORE_ROUTES = {
  // An invoice or credit note of many lines (a call centre's daily booth lines for weeks).
  bodyLimits: [{ method: 'POST', path: /^\/(invoices|credit-notes)$/, bytes: LARGE_BODY_BYTES }],
  // RFC 6749 §4.4.2: the token request is a form.
  otherMediaTypes: [{ path: /^\/oauth\/token$/, types: ['application/x-www-form-urlencoded'] }],
};

export interface RunningApp {
  app: INestApplication;
  url: string;
}

/** Builds and starts core: HTTP API, Kafka inbox and outbox relay. Used by main.ts and by the tests. */
export async function startCore(config: CoreConfig): Promise<RunningApp> {
  const app = await NestFactory.create(CoreModule.forRoot(config), { logger: new HubLogger(CORE_APP_NAME, config.LOG_LEVEL) });
  assertEveryRouteDeclaresCallers(app);
  connectKafkaInbox(app, {
    appName: CORE_APP_NAME,
    hubEnv: config.HUB_ENV,
    kafka: app.get(MessagingRuntime).kafka,
    dataSource: app.get(DataSource),
    consumes: CORE_CONSUMES,
    partitionsInParallel: config.KAFKA_CONSUMER_CONCURRENCY,
  });
  const url = await startHttpApp(app, { openApi: 'core', port: config.PORT, host: config.HOST, edge: edgeSettingsOf(config, CORE_ROUTES) });
  return { app, url };
}
