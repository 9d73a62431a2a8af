// First of all: OpenTelemetry's instrumentations (when OTLP is configured) must be in place before Nest, Express or pg load.
import '@hub/operations/tracing/register';
import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import { loadConfig } from '@hub/config';
import { startReconciler } from './reconciler.app';
import { ReconcilerConfig } from './reconciler.config';

startReconciler(loadConfig(ReconcilerConfig))
  .then(({ url }) => new Logger('reconciler').log(`reconciler listening on ${url} (API docs at ${url}/docs)`))
  .catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
