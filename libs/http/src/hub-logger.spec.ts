import { trace, TraceFlags } from '@opentelemetry/api';
import { continueTrace, currentTraceparent, logContext, spanLogContext } from '@hub/config';
import { HubLogger, redactSecrets } from './hub-logger';

/** What the logger wrote to stdout and stderr while `act` ran, one entry per line. */
function linesWritten(act: () => void): string[] {
  const written: string[] = [];
  const capture = (chunk: unknown) => {
    written.push(String(chunk));
    return true;
  };
  const out = jest.spyOn(process.stdout, 'write').mockImplementation(capture);
  const err = jest.spyOn(process.stderr, 'write').mockImplementation(capture);
  try {
    act();
  } finally {
    out.mockRestore();
    err.mockRestore();
  }
  return written.join('').split('\n').filter(Boolean);
}

describe('HubLogger: one JSON format for every app', () => {
  it('writes one JSON object per line, without colour codes, with the app, level, context and time', () => {
    const [line, ...rest] = linesWritten(() => new HubLogger('core', 'log').log('outbox relay for core started', 'MessagingRuntime'));
    expect(rest).toEqual([]);
    expect(line).not.toContain(String.fromCharCode(27)); // no ANSI colour escapes
    expect(JSON.parse(line)).toEqual({ timestamp: expect.any(Number), level: 'log', app: 'core', context: 'MessagingRuntime', message: 'outbox relay for core started', pid: process.pid });
  });

  it('puts the correlation and trace ids of the work on every line logged within it', () => {
    const work = continueTrace('00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01', 'case-7f3a');
    const [line] = linesWritten(() => logContext.run(work, () => new HubLogger('adapter-lac', 'log').warn('refused lac callback: missing_signature_headers', 'WebhookAuth')));
    expect(JSON.parse(line)).toMatchObject({ level: 'warn', correlationId: 'case-7f3a', traceId: '4bf92f3577b34da6a3ce929d0e0e4736', spanId: work.spanId });
    expect(work.spanId).toMatch(/^[0-9a-f]{16}$/);
    expect(work.spanId).not.toBe('00f067aa0ba902b7');
  });

  it('starts a new trace for a malformed or all-zero traceparent, and passes its own on', () => {
    expect(continueTrace('garbage').traceId).toMatch(/^[0-9a-f]{32}$/);
    expect(continueTrace('00-00000000000000000000000000000000-00f067aa0ba902b7-01').traceId).not.toBe('00000000000000000000000000000000');
    expect(currentTraceparent()).toBeUndefined();
    const work = continueTrace(undefined);
    expect(logContext.run(work, currentTraceparent)).toBe(`00-${work.traceId}-${work.spanId}-01`);
  });

  it("takes an OpenTelemetry span's ids, and its sampling decision, when tracing made one; else continues the traceparent by hand", () => {
    const caller = '00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01';
    const span = trace.wrapSpanContext({ traceId: '4bf92f3577b34da6a3ce929d0e0e4736', spanId: 'e795de4c9864c239', traceFlags: TraceFlags.SAMPLED });
    const work = spanLogContext(span, caller, 'case-7f3a');
    expect(work).toEqual({ traceId: '4bf92f3577b34da6a3ce929d0e0e4736', spanId: 'e795de4c9864c239', correlationId: 'case-7f3a' });
    expect(logContext.run(work, currentTraceparent)).toBe('00-4bf92f3577b34da6a3ce929d0e0e4736-e795de4c9864c239-01');
    // Not sampled by the SDK: what the work publishes tells the next hop so.
    const unsampled = spanLogContext(trace.wrapSpanContext({ traceId: '4bf92f3577b34da6a3ce929d0e0e4736', spanId: 'e795de4c9864c239', traceFlags: TraceFlags.NONE }), caller);
    expect(logContext.run(unsampled, currentTraceparent)).toBe('00-4bf92f3577b34da6a3ce929d0e0e4736-e795de4c9864c239-00');
    // No SDK: no span, or the API's invalid one.
    for (const none of [undefined, trace.wrapSpanContext({ traceId: '0'.repeat(32), spanId: '0'.repeat(16), traceFlags: TraceFlags.NONE })]) {
      const byHand = spanLogContext(none, caller, 'case-7f3a');
      expect(byHand).toMatchObject({ traceId: '4bf92f3577b34da6a3ce929d0e0e4736', correlationId: 'case-7f3a' });
      expect(byHand.spanId).not.toBe('00f067aa0ba902b7');
      expect(logContext.run(byHand, currentTraceparent)).toMatch(/-01$/);
    }
  });

  it('keeps below its level quiet and writes errors with their stack', () => {
    expect(linesWritten(() => new HubLogger('core', 'warn').log('not at warn'))).toEqual([]);
    const [line] = linesWritten(() => new HubLogger('core', 'warn').error('settlement failed', 'Error: boom\n    at settle (settle.ts:1:1)', 'SettleInvoice'));
    expect(JSON.parse(line)).toMatchObject({ level: 'error', message: 'settlement failed', stack: expect.stringContaining('at settle'), context: 'SettleInvoice' });
  });

  it('never writes a secret, whoever put it in the line', () => {
    const jwt = 'eyJhbGciOiJFUzI1NiJ9.eyJzdWIiOiJsYWMifQ.c2lnbmF0dXJl';
    const [line] = linesWritten(() =>
      new HubLogger('core', 'log').log({ message: 'kafkajs connect', broker: 'kafka://hub:s3cret-pw@10.0.0.5:9092', headers: { authorization: `Bearer ${jwt}` }, client_secret: 'abc123' }, 'kafkajs'),
    );
    expect(line).not.toContain('s3cret-pw');
    expect(line).not.toContain(jwt);
    expect(line).not.toContain('abc123');
    expect(JSON.parse(line).message).toMatchObject({ broker: 'kafka://hub:[redacted]@10.0.0.5:9092' });
    expect(redactSecrets('secret whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw rotated')).toBe('secret whsec_[redacted] rotated');
    expect(redactSecrets('postgres://postgres:hunter2@db:5432/hub')).toBe('postgres://postgres:[redacted]@db:5432/hub');
    expect(redactSecrets('password=hunter2&user=x')).toBe('password=[redacted]&user=x');
    expect(redactSecrets('order 7c29 delivered to lac in 12 ms')).toBe('order 7c29 delivered to lac in 12 ms');
  });
});
