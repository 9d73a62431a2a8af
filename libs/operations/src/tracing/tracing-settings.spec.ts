import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { isProbeOrScrape, otlpProtocolOf, serviceNameOf, tracingConfigured } from './tracing-settings';

describe('tracing settings', () => {
  it('traces only when an OTLP endpoint for traces is configured, and the SDK is not disabled', () => {
    expect(tracingConfigured({})).toBe(false);
    expect(tracingConfigured({ OTEL_EXPORTER_OTLP_ENDPOINT: ' ' })).toBe(false);
    expect(tracingConfigured({ OTEL_EXPORTER_OTLP_METRICS_ENDPOINT: 'http://collector:4318/v1/metrics', OTEL_SERVICE_NAME: 'core' })).toBe(false);
    expect(tracingConfigured({ OTEL_EXPORTER_OTLP_ENDPOINT: 'http://collector:4318' })).toBe(true);
    expect(tracingConfigured({ OTEL_EXPORTER_OTLP_TRACES_ENDPOINT: 'http://collector:4318/v1/traces' })).toBe(true);
    expect(tracingConfigured({ OTEL_EXPORTER_OTLP_ENDPOINT: 'http://collector:4318', OTEL_SDK_DISABLED: 'true' })).toBe(false);
  });

  it('names the service after OTEL_SERVICE_NAME, else the app of the entry point', () => {
    expect(serviceNameOf({ OTEL_SERVICE_NAME: 'core-canary' }, '/app/dist/apps/core/src/main.js')).toBe('core-canary');
    expect(serviceNameOf({}, '/app/dist/apps/adapter-lac/src/main.js')).toBe('adapter-lac');
    expect(serviceNameOf({}, '/work/main/apps/core/src/main.ts')).toBe('core');
    expect(serviceNameOf({}, 'C:\\hub\\apps\\reconciler\\src\\main.ts')).toBe('reconciler');
    expect(serviceNameOf({}, '/work/main/scripts/migrate.ts')).toBe('migrate');
    expect(serviceNameOf({}, undefined)).toBe('hub');
  });

  it('exports OTLP/HTTP JSON unless another protocol is named', () => {
    expect(otlpProtocolOf({})).toBe('http/json');
    expect(otlpProtocolOf({ OTEL_EXPORTER_OTLP_PROTOCOL: 'http/protobuf' })).toBe('http/protobuf');
    expect(otlpProtocolOf({ OTEL_EXPORTER_OTLP_PROTOCOL: 'http/protobuf', OTEL_EXPORTER_OTLP_TRACES_PROTOCOL: 'http/json' })).toBe('http/json');
  });

  it('leaves probes and scrapes untraced', () => {
    expect(['/health/live', '/health/ready', '/health', '/metrics', '/metrics?x=1'].map(isProbeOrScrape)).toEqual([true, true, true, true, true]);
    expect(['/healthy', '/cases', '/lac/v2/callbacks', '/metrics-export', undefined].map(isProbeOrScrape)).toEqual([false, false, false, false, false]);
  });
});

describe('register (loaded first by every main.ts)', () => {
  const ROOT = join(__dirname, '..', '..', '..', '..');
  /** What a fresh Node process that loaded register.ts first has loaded and registered. */
  const loadIn = (env: Record<string, string>) => {
    const probe = `require('./libs/operations/src/tracing/register');
      const loaded = Object.keys(require.cache).filter((f) => f.includes('node_modules/@opentelemetry/')).map((f) => f.split('node_modules/')[1].split('/').slice(0, 2).join('/'));
      const api = require('@opentelemetry/api');
      console.log(JSON.stringify({ packages: [...new Set(loaded)].sort(), recording: api.trace.getTracer('t').startSpan('s').isRecording() }));
      process.exit(0);`;
    const clean = Object.fromEntries(Object.entries(process.env).filter(([key]) => !key.startsWith('OTEL_')));
    const out = execFileSync(process.execPath, ['-r', 'ts-node/register/transpile-only', '-e', probe], { cwd: ROOT, env: { ...clean, ...env }, encoding: 'utf8', timeout: 60_000 });
    return JSON.parse(out.trim().split('\n').pop() as string) as { packages: string[]; recording: boolean };
  };

  it('loads no part of OpenTelemetry and starts nothing when no OTLP endpoint is configured', () => {
    expect(loadIn({ OTEL_SERVICE_NAME: 'core' })).toEqual({ packages: [], recording: false });
  });

  it('starts the SDK with the HTTP, Express and pg instrumentations when one is', () => {
    // Nothing is traced in the probe, so nothing is sent to the (absent) collector.
    const loaded = loadIn({ OTEL_EXPORTER_OTLP_ENDPOINT: 'http://127.0.0.1:9/' });
    expect(loaded.recording).toBe(true);
    expect(loaded.packages).toEqual(expect.arrayContaining(['@opentelemetry/sdk-node', '@opentelemetry/instrumentation-http', '@opentelemetry/instrumentation-express', '@opentelemetry/instrumentation-pg', '@opentelemetry/exporter-trace-otlp-http']));
  });
});
