import { AsyncLocalStorage } from 'node:async_hooks';
import { randomBytes } from 'node:crypto';

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

/** The traceparent header for what the current work calls or publishes; undefined outside any traced work. */
export function currentTraceparent(): string | undefined {
  const context = logContext.getStore();
  return context ? `00-${context.traceId}-${context.spanId}-01` : undefined;
}
