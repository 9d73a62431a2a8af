import { context, type Context, propagation, ROOT_CONTEXT, type Span, SpanKind, SpanStatusCode, type TextMapGetter, trace } from '@opentelemetry/api';
import type { IHeaders } from 'kafkajs';

/**
 * OpenTelemetry spans of the hub's own Kafka messaging, by hand rather than by the kafkajs instrumentation: the outbox
 * relay publishes long after (and outside) the work that wrote a message, so an instrumentation of the producer would
 * give every message the relay's context instead of the one the outbox row stored. Here the stored traceparent is the
 * parent of the PRODUCER span, and the PRODUCER span's context travels in the message's headers to the CONSUMER span.
 *
 * Only `@opentelemetry/api`: with no SDK registered (OTLP not configured) the propagator extracts and injects nothing and
 * the spans do not record, so headers pass through unchanged and the log context falls back to the traceparent header.
 */
const tracer = trace.getTracer('@hub/messaging');

/** Kafka headers (Buffers or strings, as kafkajs hands them over) or an outbox row's stored headers, as a propagator reads them. */
export type MessageHeaders = IHeaders | Record<string, string> | undefined;

const headerGetter: TextMapGetter<MessageHeaders> = {
  keys: (carrier) => Object.keys(carrier ?? {}),
  get: (carrier, key) => {
    const value = carrier?.[key];
    if (value === undefined) return undefined;
    return Array.isArray(value) ? value.map((v) => v.toString()) : value.toString();
  },
};

/** The trace context a message carries (traceparent, tracestate), as the registered propagator (W3C trace context) reads it. */
export function messageTraceContext(headers: MessageHeaders): Context {
  return propagation.extract(ROOT_CONTEXT, headers, headerGetter);
}

/** A header's value as text (the first, if repeated). */
export function headerText(headers: MessageHeaders, name: string): string | undefined {
  const value = headerGetter.get(headers, name);
  return Array.isArray(value) ? value[0] : value;
}

export interface PublishedMessage {
  topic: string;
  /** The message's event id (the outbox row's), its messaging.message.id. */
  eventId: string;
  /** What the outbox row stored (with the traceparent of the work that wrote it). */
  headers: Record<string, string>;
}

/**
 * A PRODUCER span `<topic> publish` for one message the relay sends, a child of the work that wrote the outbox row (its
 * stored traceparent) — a parent, not a link: one span per message, each in the trace of its own request. Returns the
 * headers to send, whose traceparent names this span (unchanged without an SDK). End it with `endSpans` once the send
 * is acknowledged or failed.
 */
export function startPublishSpan(message: PublishedMessage): { span: Span; headers: Record<string, string> } {
  const parent = messageTraceContext(message.headers);
  const span = tracer.startSpan(
    `${message.topic} publish`,
    {
      kind: SpanKind.PRODUCER,
      attributes: {
        'messaging.system': 'kafka',
        'messaging.operation.type': 'send',
        'messaging.operation.name': 'send',
        'messaging.destination.name': message.topic,
        'messaging.message.id': message.eventId,
      },
    },
    parent,
  );
  const headers = { ...message.headers };
  propagation.inject(trace.setSpan(parent, span), headers);
  return { span, headers };
}

/** Ends the spans: OK, or failed with the error recorded on each. */
export function endSpans(spans: Span[], error?: unknown): void {
  for (const span of spans) {
    if (error !== undefined) markFailed(span, error);
    span.end();
  }
}

/** Records the exception on the span and marks it failed (status ERROR, with `message` or the error's). */
export function markFailed(span: Span | undefined, error: unknown, message?: string): void {
  if (!span) return;
  span.recordException(error instanceof Error ? error : new Error(String(error)));
  span.setStatus({ code: SpanStatusCode.ERROR, message: message ?? (error as Error)?.message ?? String(error) });
}

export interface ConsumedMessage {
  topic: string;
  partition: number;
  offset: string;
  headers: MessageHeaders;
}

/**
 * Runs a consumed message's handling in a CONSUMER span `<topic> process`, a child of the context its headers carry
 * (the relay's PRODUCER span), active for `work` — the handler's PostgreSQL spans are its children. A rejection is
 * recorded on it and passed on.
 */
export async function inConsumerSpan<T>(message: ConsumedMessage, consumerGroup: string, work: (span: Span) => Promise<T>): Promise<T> {
  const parent = messageTraceContext(message.headers);
  const eventId = headerText(message.headers, 'event-id');
  const span = tracer.startSpan(
    `${message.topic} process`,
    {
      kind: SpanKind.CONSUMER,
      attributes: {
        'messaging.system': 'kafka',
        'messaging.operation.type': 'process',
        'messaging.operation.name': 'process',
        'messaging.destination.name': message.topic,
        'messaging.consumer.group.name': consumerGroup,
        'messaging.destination.partition.id': String(message.partition),
        'messaging.kafka.offset': Number(message.offset),
        ...(eventId ? { 'messaging.message.id': eventId } : {}),
      },
    },
    parent,
  );
  return runInSpan(span, parent, work);
}

/** What a delivery to a partner is traced as: its partner and kind, the attempt, and the trace of the message that queued it. */
export interface TracedDelivery {
  partnerId: string;
  kind: string;
  deliveryId: string;
  attempt: number;
  /** The traceparent of the work that queued the delivery (the adapter's handling of the order message); none for an old row. */
  traceparent?: string;
}

/**
 * Runs one delivery attempt in a span `<partner> deliver <kind>`, a child of the trace that queued the delivery (the order's:
 * coordinator's request → core → Kafka → the adapter), active for `work`: the HTTP call to the partner (fetch's CLIENT span,
 * whose traceparent the partner receives) and what the attempt publishes (the partner's acknowledgement, on to core) are in
 * the order's trace. The delivery worker runs outside any request or message, so without this each attempt was a trace of
 * its own. A rejection is recorded on the span and passed on.
 */
export async function inDeliverySpan<T>(delivery: TracedDelivery, work: (span: Span) => Promise<T>): Promise<T> {
  const parent = messageTraceContext(delivery.traceparent ? { traceparent: delivery.traceparent } : undefined);
  const span = tracer.startSpan(
    `${delivery.partnerId} deliver ${delivery.kind}`,
    { kind: SpanKind.INTERNAL, attributes: { 'hub.partner.id': delivery.partnerId, 'hub.delivery.id': delivery.deliveryId, 'hub.delivery.kind': delivery.kind, 'hub.delivery.attempt': delivery.attempt } },
    parent,
  );
  return runInSpan(span, parent, work);
}

/** Runs `work` with `span` active (a child of `parent`), records a rejection on it and passes it on, and ends it. */
async function runInSpan<T>(span: Span, parent: Context, work: (span: Span) => Promise<T>): Promise<T> {
  try {
    return await context.with(trace.setSpan(parent, span), () => work(span));
  } catch (error) {
    markFailed(span, error);
    throw error;
  } finally {
    span.end();
  }
}
