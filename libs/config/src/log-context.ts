import { AsyncLocalStorage } from 'node:async_hooks';
import { randomBytes } from 'node:crypto';
import { isSpanContextValid, type Span, TraceFlags } from '@opentelemetry/api';

/**
 * What every log line of a piece of work carries: the correlation id the hub follows a case's work by, and the W3C
 * trace id (traceparent, https://www.w3.org/TR/trace-context/) that ties one request's work across the apps — from a
 * partner's callback over HTTP, through Kafka (the traceparent header of each message), to core's timeline.
 */
export interface LogContext {
  correlationId?: string;
  traceId: string;
  /** This hop's own id (the parent of whatever it calls or publishes). */
  spanId: string;
  /** False when the tracing SDK chose not to sample this trace: what it calls or publishes says so (flags 00). */
  sampled?: boolean;
}

export const logContext = new AsyncLocalStorage<LogContext>();

const TRACEPARENT = /^00-([0-9a-f]{32})-([0-9a-f]{16})-[0-9a-f]{2}$/;

/** The context of work that continues a trace (a traceparent header received), or starts one. */
export function continueTrace(traceparent: string | undefined, correlationId?: string): LogContext {
  const match = traceparent ? TRACEPARENT.exec(traceparent.trim().toLowerCase()) : null;
  // An all-zero trace id is invalid (W3C §3.2.2.3): start a new trace rather than continue it.
  const traceId = match && !/^0+$/.test(match[1]) ? match[1] : randomBytes(16).toString('hex');
  return { traceId, spanId: randomBytes(8).toString('hex'), ...(correlationId ? { correlationId } : {}) };
}

/**
 * The context of work an OpenTelemetry span stands for (the HTTP server span of a request, the consumer span of a Kafka
 * message): the span's own trace and span ids and sampling decision, so log lines, traceresponse and the traceparent the
 * outbox stores name the span a trace backend shows (or, unsampled, tell the next hop not to sample either). With no SDK
 * registered (OTLP not configured) there is no span, or only `@opentelemetry/api`'s invalid one: the hand-made context
 * as before, `continueTrace(traceparent)`.
 */
export function spanLogContext(span: Span | undefined, traceparent: string | undefined, correlationId?: string): LogContext {
  const ids = span?.spanContext();
  if (!ids || !isSpanContextValid(ids)) return continueTrace(traceparent, correlationId);
  const sampled = (ids.traceFlags & TraceFlags.SAMPLED) === TraceFlags.SAMPLED;
  return { traceId: ids.traceId, spanId: ids.spanId, ...(sampled ? {} : { sampled }), ...(correlationId ? { correlationId } : {}) };
}

/** The W3C traceparent (and traceresponse) value naming the work's context. */
export function traceparentOf(context: LogContext): string {
  return `00-${context.traceId}-${context.spanId}-${context.sampled === false ? '00' : '01'}`;
}

/** The traceparent header for what the current work calls or publishes; undefined outside any traced work. */
export function currentTraceparent(): string | undefined {
  const context = logContext.getStore();
  return context ? traceparentOf(context) : undefined;
}
