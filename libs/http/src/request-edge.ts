import type { NextFunction, Request, Response } from 'express';
import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible';
import { errorBody } from './error-body';

/** What an HTTP app accepts before any route sees a request (settings from each app's config). */
export interface EdgeSettings {
  /** Host names (no port) the app answers to besides loopback; a Host header naming another is refused (DNS rebinding). */
  allowedHosts: string[];
  /** Proxies whose X-Forwarded-For gives the caller's address (rate limits, the audit log); none when absent. */
  trustedProxies?: string[];
  /** Requests per minute from one address, whoever sends them. */
  perIpPerMinute: number;
  /** Requests per minute from one address to the token endpoint, where a guessed secret would be tried. */
  tokenPerIpPerMinute: number;
  /** Largest body by route (method and path, tested in order), else `defaultBytes`. */
  bodyLimits: { method: string; path: RegExp; bytes: number }[];
  defaultBodyBytes: number;
  /** Media types a route accepts other than JSON (the token endpoint's form; a partner's documented uploads). */
  otherMediaTypes: { path: RegExp; types: string[] }[];
}

const LOOPBACK = ['127.0.0.1', 'localhost', '::1'];
const WITH_BODY = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);
// Express routes match case-insensitively and with a trailing slash: so does the token endpoint's stricter limit.
const TOKEN_PATH = /^\/oauth\/token\/?$/i;

type Refusal = { status: number; code: string; message: string; field: string; reason: string; headers?: Record<string, string> };

function refuse(response: Response, r: Refusal): void {
  for (const [name, value] of Object.entries(r.headers ?? {})) response.setHeader(name, value);
  response.status(r.status).json(errorBody(r.status, r.code, r.message, [{ field: r.field, reason: r.reason }]));
}

/** The Host header's name without its port; `[::1]:3000` → `::1`. */
export function hostName(header: string | undefined): string | undefined {
  if (!header) return undefined;
  const bracketed = /^\[([^\]]+)\](?::\d+)?$/.exec(header);
  if (bracketed) return bracketed[1].toLowerCase();
  return header.replace(/:\d+$/, '').toLowerCase();
}

/**
 * Kubernetes' probes and Prometheus address a pod by its IP, which no Host list can name in advance; what these answer
 * says nothing about a case, so a page that rebinds its DNS name learns nothing from them. Every other check holds.
 */
const PROBE_PATHS = /^\/(metrics|health\/(live|ready))$/;
const isProbe = (request: Request) => request.method === 'GET' && PROBE_PATHS.test(request.path);

/**
 * The checks every request passes before the body is parsed: its Host, the caller's address's rate, its media type and
 * its declared size. Cheap, and each refusal names the header at fault, so no parser or guard spends work on a request
 * that would be refused anyway.
 */
export function requestEdge(settings: EdgeSettings) {
  const allowed = new Set([...LOOPBACK, ...settings.allowedHosts.map((h) => h.toLowerCase())]);
  const perIp = new RateLimiterMemory({ points: settings.perIpPerMinute, duration: 60 });
  const tokenPerIp = new RateLimiterMemory({ points: settings.tokenPerIpPerMinute, duration: 60, keyPrefix: 'token' });

  return async (request: Request, response: Response, next: NextFunction): Promise<void> => {
    const host = hostName(request.headers.host);
    if ((!host || !allowed.has(host)) && !isProbe(request)) {
      return refuse(response, { status: 421, code: 'host_not_allowed', message: `This server does not answer for host ${request.headers.host ?? '(none)'}`, field: 'host', reason: 'is not a host this server answers for' });
    }
    const limited = await overLimit(TOKEN_PATH.test(request.path) ? [perIp, tokenPerIp] : [perIp], request.ip ?? 'unknown');
    if (limited) return refuse(response, rateLimited(limited, 'your address'));
    if (!WITH_BODY.has(request.method) && hasBody(request)) {
      // A GET carries no body: refused, rather than read by a parser with limits of its own.
      return refuse(response, { status: 400, code: 'malformed_request', message: `A ${request.method} request takes no body`, field: '(body)', reason: `is not allowed on ${request.method}` });
    }
    if (WITH_BODY.has(request.method) && hasBody(request)) {
      const type = (request.headers['content-type'] ?? '').split(';')[0].trim().toLowerCase();
      const others = settings.otherMediaTypes.find((o) => o.path.test(request.path))?.types ?? [];
      if (!isJson(type) && !others.includes(type)) {
        const accepted = ['application/json', ...others].join(', ');
        return refuse(response, { status: 415, code: 'unsupported_media_type', message: `Content-Type "${type || '(none)'}" is not accepted here; send ${accepted}`, field: 'content-type', reason: `must be ${accepted}` });
      }
      const bytes = bodyLimitOf(settings, request);
      // A body of unannounced length (chunked) could only be measured by reading it past the route's limit: a body
      // must say its length (RFC 9110 §15.5.12), so the limit holds before anything is read.
      if (request.headers['content-length'] === undefined) {
        return refuse(response, { status: 411, code: 'length_required', message: 'A request body must come with Content-Length', field: 'content-length', reason: 'is required with a body' });
      }
      const declared = Number(request.headers['content-length']);
      if (declared > bytes) {
        return refuse(response, { status: 413, code: 'payload_too_large', message: `The body is ${declared} bytes; this route takes at most ${bytes}`, field: '(body)', reason: `must be at most ${bytes} bytes` });
      }
    }
    next();
  };
}

/** The largest body the route takes (its own limit, else the default). */
export function bodyLimitOf(settings: EdgeSettings, request: Request): number {
  return settings.bodyLimits.find((l) => l.method === request.method && l.path.test(request.path))?.bytes ?? settings.defaultBodyBytes;
}

/** The limiter answer of the first limit spent, or undefined when the request may go on. */
async function overLimit(limiters: RateLimiterMemory[], key: string): Promise<RateLimiterRes | undefined> {
  for (const limiter of limiters) {
    try {
      await limiter.consume(key);
    } catch (rejection) {
      if (rejection instanceof RateLimiterRes) return rejection;
      throw rejection;
    }
  }
  return undefined;
}

/** 429 with Retry-After in whole seconds (RFC 9110 §10.2.3), for a limit by address or by client. */
export function rateLimited(rejection: RateLimiterRes, whose: string): Refusal {
  const seconds = Math.max(1, Math.ceil(rejection.msBeforeNext / 1000));
  return {
    status: 429,
    code: 'rate_limited',
    message: `Too many requests from ${whose}; retry after ${seconds} s`,
    field: '(request)',
    reason: `rate limit reached; retry after ${seconds} s`,
    headers: { 'Retry-After': String(seconds) },
  };
}

const hasBody = (request: Request) => Number(request.headers['content-length'] ?? 0) > 0 || request.headers['transfer-encoding'] !== undefined;
const isJson = (type: string) => type === 'application/json' || /^application\/[\w.+-]+\+json$/.test(type);
