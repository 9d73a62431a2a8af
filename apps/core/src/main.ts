// First of all: OpenTelemetry's instrumentations (when OTLP is configured) must be in place before Nest, Express or pg load.
import '@hub/operations/tracing/register';
import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import { loadConfig } from '@hub/config';
import { inboxStarted } from '@hub/http';
import { startCore } from './core.app';
import { CoreConfig } from './core.config';

startCore(loadConfig(CoreConfig))
  .then(({ app, url }) => {
    new Logger('core').log(`core listening on ${url} (API docs at ${url}/docs)`);
    return inboxStarted(app);
  })
  .catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
