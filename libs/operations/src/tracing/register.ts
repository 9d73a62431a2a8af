/**
 * OpenTelemetry tracing for the app whose entry point loads this first (every `apps/<app>/src/main.ts` imports it before
 * anything else, so the HTTP, Express and pg instrumentations are in place before Nest, Express or pg are required).
 *
 * Starts the SDK only when an OTLP endpoint is configured (OTEL_EXPORTER_OTLP_ENDPOINT or
 * OTEL_EXPORTER_OTLP_TRACES_ENDPOINT); otherwise it loads nothing, starts nothing and says nothing, and the hub's code
 * sees `@opentelemetry/api`'s no-op tracer (the log context then carries hand-made W3C trace ids, as before).
 */
import { serviceNameOf, tracingConfigured } from './tracing-settings';

if (tracingConfigured(process.env)) {
  // Required here, synchronously, only when configured: the SDK and its exporters stay unloaded otherwise.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { startTracing } = require('./start-tracing') as typeof import('./start-tracing');
  startTracing(serviceNameOf(process.env, process.argv[1]));
}
