/**
 * When and as what an app exports traces: decided from the environment alone, before anything else is loaded
 * (register.ts), so this file requires nothing.
 */
type Env = Record<string, string | undefined>;

const set = (value: string | undefined) => value !== undefined && value.trim() !== '';

/**
 * Tracing runs when an OTLP endpoint for traces is configured (OTEL_EXPORTER_OTLP_ENDPOINT, or
 * OTEL_EXPORTER_OTLP_TRACES_ENDPOINT) and the SDK is not disabled (OTEL_SDK_DISABLED=true). Otherwise nothing starts.
 */
export function tracingConfigured(env: Env): boolean {
  if (env.OTEL_SDK_DISABLED?.trim().toLowerCase() === 'true') return false;
  return set(env.OTEL_EXPORTER_OTLP_ENDPOINT) || set(env.OTEL_EXPORTER_OTLP_TRACES_ENDPOINT);
}

/**
 * The service.name of the app's spans: OTEL_SERVICE_NAME, else the app the entry point belongs to
 * (`apps/<app>/src/main.ts` under ts-node, `dist/apps/<app>/src/main.js` built), else the entry point's file name.
 */
export function serviceNameOf(env: Env, entryPoint: string | undefined): string {
  if (set(env.OTEL_SERVICE_NAME)) return (env.OTEL_SERVICE_NAME as string).trim();
  const app = /(?:^|[\\/])apps[\\/]([^\\/]+)[\\/]src[\\/]main\.[cm]?[jt]s$/.exec(entryPoint ?? '');
  if (app) return app[1];
  const file = /([^\\/]+?)(?:\.[cm]?[jt]s)?$/.exec(entryPoint ?? '');
  return file?.[1] || 'hub';
}

/**
 * Which OTLP exporter: OTLP/HTTP with JSON unless OTEL_EXPORTER_OTLP_TRACES_PROTOCOL (or OTEL_EXPORTER_OTLP_PROTOCOL)
 * names another (http/protobuf, grpc), which the SDK then sets up from the environment itself.
 */
export function otlpProtocolOf(env: Env): string {
  return (env.OTEL_EXPORTER_OTLP_TRACES_PROTOCOL ?? env.OTEL_EXPORTER_OTLP_PROTOCOL ?? '').trim() || 'http/json';
}

/** Probes and scrapes (kubelet, Prometheus, every few seconds on every replica) are no work worth a trace. */
export function isProbeOrScrape(path: string | undefined): boolean {
  return /^\/(health(\/|$|\?)|metrics($|\?))/.test(path ?? '');
}
