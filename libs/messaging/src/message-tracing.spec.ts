import { context, propagation, SpanKind, SpanStatusCode, trace } from '@opentelemetry/api';
import { core, node } from '@opentelemetry/sdk-node';
import { logContext, spanLogContext } from '@hub/config';
import { endSpans, headerText, inConsumerSpan, messageTraceContext, startPublishSpan } from './message-tracing';

const WRITER_TRACE = '4bf92f3577b34da6a3ce929d0e0e4736';
const WRITER_SPAN = '00f067aa0ba902b7';
const STORED = { 'event-id': 'evt-1', 'correlation-id': 'case-7f3a', traceparent: `00-${WRITER_TRACE}-${WRITER_SPAN}-01` };
const TRACEPARENT = /^00-([0-9a-f]{32})-([0-9a-f]{16})-01$/;

describe('message tracing without an SDK (OTLP not configured)', () => {
  it('passes the stored traceparent on unchanged, and the consumer\'s log context continues it by hand', async () => {
    const { span, headers } = startPublishSpan({ topic: 'hub.order.status-changed.v1', eventId: 'evt-1', headers: STORED });
    expect(headers).toEqual(STORED);
    expect(span.isRecording()).toBe(false);
    endSpans([span]);

    const kafkaHeaders = { ...headers, traceparent: Buffer.from(headers.traceparent) };
    const work = await inConsumerSpan({ topic: 'hub.order.status-changed.v1', partition: 0, offset: '7', headers: kafkaHeaders }, 'test.core', async (consumer) =>
      spanLogContext(consumer, headerText(kafkaHeaders, 'traceparent'), headerText(kafkaHeaders, 'correlation-id')),
    );
    expect(work).toMatchObject({ traceId: WRITER_TRACE, correlationId: 'case-7f3a' });
    expect(work.spanId).toMatch(/^[0-9a-f]{16}$/);
    expect(work.spanId).not.toBe(WRITER_SPAN);
    // No propagator is registered: nothing is read from the headers into OpenTelemetry's context.
    expect(trace.getSpanContext(messageTraceContext(kafkaHeaders))).toBeUndefined();
  });
});

describe('message tracing with the SDK registered', () => {
  const exporter = new node.InMemorySpanExporter();
  const provider = new node.NodeTracerProvider({ spanProcessors: [new node.SimpleSpanProcessor(exporter)] });

  beforeAll(() => provider.register({ propagator: new core.W3CTraceContextPropagator() }));
  afterEach(() => exporter.reset());
  afterAll(async () => {
    await provider.shutdown();
    trace.disable();
    context.disable();
    propagation.disable();
  });

  it('publishes each message in a PRODUCER span under the work that wrote it, and sends that span\'s traceparent', () => {
    const { span, headers } = startPublishSpan({ topic: 'hub.order.status-changed.v1', eventId: 'evt-1', headers: STORED });
    const [, traceId, spanId] = TRACEPARENT.exec(headers.traceparent) ?? [];
    expect(traceId).toBe(WRITER_TRACE);
    expect(spanId).toBe(span.spanContext().spanId);
    expect(headers).toMatchObject({ 'event-id': 'evt-1', 'correlation-id': 'case-7f3a' });
    endSpans([span]);

    const [published] = exporter.getFinishedSpans();
    expect(published).toMatchObject({ name: 'hub.order.status-changed.v1 publish', kind: SpanKind.PRODUCER, parentSpanContext: expect.objectContaining({ spanId: WRITER_SPAN }) });
    expect(published.attributes).toMatchObject({ 'messaging.system': 'kafka', 'messaging.destination.name': 'hub.order.status-changed.v1', 'messaging.message.id': 'evt-1' });
  });

  it('marks every span of a failed send failed, with the error', () => {
    const spans = [1, 2].map((n) => startPublishSpan({ topic: 't', eventId: `e${n}`, headers: STORED }).span);
    endSpans(spans, new Error('broker away'));
    expect(exporter.getFinishedSpans().map((s) => [s.status.code, s.events[0]?.name])).toEqual([
      [SpanStatusCode.ERROR, 'exception'],
      [SpanStatusCode.ERROR, 'exception'],
    ]);
  });

  it('handles a message in a CONSUMER span continuing its traceparent header, active for the handler, whose ids the log context takes', async () => {
    const producer = `00-${WRITER_TRACE}-b7ad6b7169203331-01`;
    const headers = { 'event-id': Buffer.from('evt-9'), 'correlation-id': Buffer.from('case-7f3a'), traceparent: Buffer.from(producer) };
    const seen = await inConsumerSpan({ topic: 'hub.order.status-changed.v1', partition: 2, offset: '41', headers }, 'test.core', async (span) => {
      const work = spanLogContext(span, headerText(headers, 'traceparent'), headerText(headers, 'correlation-id'));
      return logContext.run(work, async () => {
        await new Promise((resolve) => setImmediate(resolve));
        return { work, active: trace.getActiveSpan()?.spanContext().spanId, span: span.spanContext().spanId };
      });
    });
    expect(seen.active).toBe(seen.span);
    expect(seen.work).toEqual({ traceId: WRITER_TRACE, spanId: seen.span, correlationId: 'case-7f3a' });

    const [consumed] = exporter.getFinishedSpans();
    expect(consumed).toMatchObject({ name: 'hub.order.status-changed.v1 process', kind: SpanKind.CONSUMER, parentSpanContext: expect.objectContaining({ spanId: 'b7ad6b7169203331' }) });
    expect(consumed.attributes).toEqual({
      'messaging.system': 'kafka',
      'messaging.operation.type': 'process',
      'messaging.operation.name': 'process',
      'messaging.destination.name': 'hub.order.status-changed.v1',
      'messaging.consumer.group.name': 'test.core',
      'messaging.destination.partition.id': '2',
      'messaging.kafka.offset': 41,
      'messaging.message.id': 'evt-9',
    });
  });

  it('records a handling that fails on its span, ends it, and passes the failure on', async () => {
    await expect(inConsumerSpan({ topic: 't', partition: 0, offset: '1', headers: {} }, 'g', async () => Promise.reject(new Error('database away')))).rejects.toThrow('database away');
    const [consumed] = exporter.getFinishedSpans();
    expect(consumed.status).toEqual({ code: SpanStatusCode.ERROR, message: 'database away' });
    // No traceparent: the message's handling starts a trace of its own.
    expect(consumed.parentSpanContext).toBeUndefined();
  });
});
