import type { IncomingMessage } from 'node:http';
import { W3CTraceContextPropagator } from '@opentelemetry/core';
import { OTLPTraceExporter } from '@opentelemetry/exporter-trace-otlp-http';
import { ExpressInstrumentation, ExpressLayerType } from '@opentelemetry/instrumentation-express';
import { HttpInstrumentation } from '@opentelemetry/instrumentation-http';
import { PgInstrumentation } from '@opentelemetry/instrumentation-pg';
import { UndiciInstrumentation } from '@opentelemetry/instrumentation-undici';
import { NodeSDK } from '@opentelemetry/sdk-node';
import { isProbeOrScrape, otlpProtocolOf } from './tracing-settings';

/** Query parameters never put on a span (an OAuth code or state on the console's sign-in callback, signed URLs). */
const REDACTED_QUERY_PARAMS = ['code', 'state', 'token', 'access_token', 'id_token', 'refresh_token', 'client_secret', 'password', 'sig', 'signature', 'X-Amz-Signature', 'X-Amz-Credential', 'AWSAccessKeyId', 'X-Goog-Signature'];

/** How long a stopping app waits for its last spans to reach the collector. */
const FLUSH_TIMEOUT_MS = 5_000;

/**
 * Starts OpenTelemetry's Node SDK for the app: traces only (metrics are Prometheus's, logs are JSON lines), exported over
 * OTLP with a batch span processor (OTEL_BSP_* apply), W3C trace context as the propagator (the hub's own headers are
 * W3C traceparent: HTTP, and the Kafka messages' written by libs/messaging), and the instrumentations of the HTTP
 * server, Express's route handlers, pg's queries and fetch's requests. Kafka is traced by libs/messaging itself (message-tracing.ts).
 */
export function startTracing(serviceName: string, env: Record<string, string | undefined> = process.env): NodeSDK {
  const sdk = new NodeSDK({
    serviceName,
    // OTLP/HTTP with JSON unless the environment names another protocol: then the SDK picks that exporter itself.
    ...(otlpProtocolOf(env) === 'http/json' ? { traceExporter: new OTLPTraceExporter() } : {}),
    metricReaders: [],
    logRecordProcessors: [],
    textMapPropagator: new W3CTraceContextPropagator(),
    instrumentations: [
      new HttpInstrumentation({
        ignoreIncomingRequestHook: (request: IncomingMessage) => isProbeOrScrape(request.url),
        // An outgoing request (node:http) outside traced work is no trace of its own.
        requireParentforOutgoingSpans: true,
        redactedQueryParamsServer: REDACTED_QUERY_PARAMS,
        redactedQueryParams: REDACTED_QUERY_PARAMS,
      }),
      // Route handlers only: a span for each of the hub's middleware (log context, edge checks, body parsers) is noise,
      // and the request's server span stays the active one in them (requestLogContext takes its ids).
      new ExpressInstrumentation({ ignoreLayersType: [ExpressLayerType.MIDDLEWARE, ExpressLayerType.ROUTER] }),
      // Queries of traced work only (a request, a consumed message): not the relay's polls, the probes' pings, the jobs' queue.
      // Statements are recorded with their placeholders, never the values (enhancedDatabaseReporting stays off).
      new PgInstrumentation({ requireParentSpan: true, ignoreConnectSpans: true }),
      // fetch(): an adapter's delivery to its partner (under the delivery's span), the console's calls to core, a token
      // request. A CLIENT span each, and the traceparent header sent on; none outside traced work (a background poll).
      new UndiciInstrumentation({ requireParentforSpans: true }),
    ],
  });
  sdk.start();
  flushOnStop(sdk);
  return sdk;
}

/**
 * The spans still batched are exported before the process ends on SIGTERM or SIGINT. Nest's shutdown hooks (every app
 * enables them) close the app on the signal and then raise it again: this listener, added before Nest's, leaves the
 * first signal to the others while there are others, and on the next (Nest's own, once the app is closed) flushes and
 * ends the process with the signal as Node would have. With no other listener (a failed boot) it flushes at once.
 */
function flushOnStop(sdk: NodeSDK): void {
  let deferred = false;
  let flushing = false;
  const onSignal = (signal: NodeJS.Signals) => {
    if (flushing) return;
    if (!deferred && process.listenerCount(signal) > 1) {
      deferred = true;
      return;
    }
    flushing = true;
    const timeout = new Promise<void>((resolve) => setTimeout(resolve, FLUSH_TIMEOUT_MS).unref());
    void Promise.race([sdk.shutdown().catch(() => undefined), timeout]).then(() => {
      for (const s of ['SIGTERM', 'SIGINT'] as const) process.removeListener(s, onSignal);
      process.kill(process.pid, signal);
    });
  };
  process.on('SIGTERM', onSignal);
  process.on('SIGINT', onSignal);
}
