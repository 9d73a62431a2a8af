// First of all: OpenTelemetry's instrumentations (when OTLP is configured) must be in place before Nest, Express or pg load.
import '@hub/operations/tracing/register';
import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import { loadConfig } from '@hub/config';
import { startConsole } from './console.app';
import { ConsoleConfig } from './console.config';

startConsole(loadConfig(ConsoleConfig))
  .then(({ url }) => new Logger('console').log(`console listening on ${url} (sign in at ${url}/auth/login; API docs at ${url}/docs)`))
  .catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
