import { INestApplication, Logger } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { DataSource } from 'typeorm';
import { join } from 'node:path';
import { assertEveryRouteDeclaresCallers, edgeSettingsOf, LARGE_BODY_BYTES } from '@hub/auth';
import { loadConfig } from '@hub/config';
import { CONTRACTS_DIR, inlineOpenApiDocument, newestOpenApiFile } from '@hub/contracts';
import { describeApp, inboxStarted, HubLogger, startHttpApp } from '@hub/http';
import { connectKafkaInbox, MessagingRuntime } from '@hub/messaging';
import { AdapterConfig, adapterConfigClass, adapterSettings } from './adapter-config';
import { ADAPTER_CONSUMES, AdapterKitModule } from './adapter-kit.module';
import { adapterOpenApiDocument } from './adapter-openapi';
import { AdapterDefinition, callbackPath } from './define-adapter';
import { isFileSubmission } from './submission-body';

/** A submission route as the edge matches it: `engagements/:engagementId/daily-reports` → any one segment for the parameter. */
export const submissionPath = (partnerId: string, version: number, route: string): RegExp =>
  new RegExp(`^/${partnerId}/v${version}/${route.split('/').map((w) => (w.startsWith(':') ? '[^/]+' : w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))).join('/')}$`);

/** Boots one partner's adapter from its definition and a loaded config; tests call this with their own config. */
export async function startAdapter(definition: AdapterDefinition, config: AdapterConfig): Promise<{ app: INestApplication; url: string }> {
  const settings = adapterSettings(definition, config);
  // rawBody: the signature covers the exact bytes the partner sent, not our re-serialisation of them.
  const app = await NestFactory.create(AdapterKitModule.forPartner(settings, config), { rawBody: true, logger: new HubLogger(settings.appName, config.LOG_LEVEL) });
  assertEveryRouteDeclaresCallers(app);
  // Its root names it: its document is built from the definition, not read from contracts/openapi/<name>.
  describeApp(app, { name: definition.appName });
  connectKafkaInbox(app, {
    appName: settings.appName,
    hubEnv: settings.hubEnv,
    kafka: app.get(MessagingRuntime).kafka,
    dataSource: app.get(DataSource),
    consumes: ADAPTER_CONSUMES,
    partitionsInParallel: config.KAFKA_CONSUMER_CONCURRENCY,
  });
  const submissions = definition.versions.flatMap((native) => (native.mapping.submissions ?? []).map((submission) => ({ path: submissionPath(definition.partnerId, native.version, submission.route), submission })));
  const edge = edgeSettingsOf(config, {
    // A submission route's own limit (Eltes's batches of 1,000 alerts, AOS's reports), else 1 MB for submissions; a partner's invoice of many lines.
    bodyLimits: [
      ...submissions.map(({ path, submission }) => ({ method: 'POST', path, bytes: submission.maxBytes ?? LARGE_BODY_BYTES })),
      { method: 'POST', path: /^\/[a-z0-9-]+\/v\d+\/(invoices|callbacks)$/, bytes: LARGE_BODY_BYTES },
    ],
    // Files a partner uploads (Bell System 24's CSV), on their routes only. JSON passes the edge there too, as everywhere,
    // and the route refuses it with 400 naming Content-Type (after the caller is known, like any bad body).
    otherMediaTypes: submissions
      .filter(({ submission }) => isFileSubmission(submission))
      .map(({ path, submission }) => ({ path, types: [...(submission.body as { mediaTypes: readonly string[] }).mediaTypes] })),
  });
  const url = await startHttpApp(app, { openApi: servedOpenApi(definition, settings.outbound.version), port: config.PORT, host: config.HOST, edge });
  return { app, url };
}

/** The adapter's API document, generated from its definition for the version it is pinned to, numbered as published. */
function servedOpenApi(definition: AdapterDefinition, pinnedVersion: number) {
  const published = newestOpenApiFile(definition.appName);
  const version = Number(/\.v(\d+)\.yaml$/.exec(published)?.[1]);
  return inlineOpenApiDocument(adapterOpenApiDocument(definition, version, pinnedVersion), join(CONTRACTS_DIR, 'openapi', published));
}

/** Loads the adapter's config from the environment (or one given), for tests and scripts that start adapters. */
export const loadAdapterConfig = (definition: AdapterDefinition, env: NodeJS.ProcessEnv = process.env): AdapterConfig =>
  loadConfig(adapterConfigClass(definition), env);

/** An adapter's whole `main.ts`: config from the environment, boot, and a non-zero exit when either fails. */
export function runAdapter(definition: AdapterDefinition): void {
  startAdapter(definition, loadAdapterConfig(definition))
    .then(({ app, url }) => {
      const routes = definition.versions.map((v) => `${url}${callbackPath(definition.partnerId, v.version)}`).join(', ');
      new Logger(definition.appName).log(`${definition.appName} (${definition.displayName}) listening on ${url}; callbacks at ${routes}; docs at ${url}/docs`);
      return inboxStarted(app);
    })
    .catch((error: unknown) => {
      console.error(error);
      process.exit(1);
    });
}
