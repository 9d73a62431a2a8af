import type { Request, Response } from 'express';

/** Headers a staff member's call may carry on to the hub's APIs; everything else (cookies above all) stays here. */
const FORWARDED_HEADERS = ['content-type', 'idempotency-key', 'x-correlation-id', 'accept-language'];
/** What the console passes back from the API's answer. */
const RETURNED_HEADERS = ['content-type', 'retry-after', 'x-correlation-id'];

/** A path below an API: segments of safe characters only, so the joined URL can never name another host or climb up. */
const SAFE_PATH = /^(?:[A-Za-z0-9._~:@-]+\/)*[A-Za-z0-9._~:@-]+$/;

export function isSafeApiPath(path: string): boolean {
  return SAFE_PATH.test(path) && !path.split('/').some((segment) => segment === '.' || segment === '..');
}

/**
 * The API path a proxy route was asked for: what follows its prefix in the request's path. An OpenAPI client (swagger-ui's
 * "Try it out") sends the documented {path} parameter percent-encoded, its slashes as %2F (OpenAPI 3.1, path parameters);
 * the browser app sends them as they are. Only %2F is decoded, once, so what isSafeApiPath then checks is what goes on.
 */
export function apiPathAfter(prefix: string, requestPath: string): string {
  return requestPath.slice(prefix.length).replace(/%2F/gi, '/');
}

/**
 * Forwards the browser's call to one of the hub's APIs as the signed-in person (their bearer token), and its answer
 * back as it came: the API decides and words every refusal, so the console applies the same rules as the API.
 */
export async function forwardToApi(baseUrl: string, path: string, accessToken: string, request: Request, response: Response): Promise<void> {
  const query = request.originalUrl.includes('?') ? request.originalUrl.slice(request.originalUrl.indexOf('?')) : '';
  const headers: Record<string, string> = { authorization: `Bearer ${accessToken}`, accept: 'application/json' };
  for (const name of FORWARDED_HEADERS) {
    const value = request.headers[name];
    if (typeof value === 'string') headers[name] = value;
  }
  const hasBody = request.method !== 'GET' && request.method !== 'HEAD';
  let answer: globalThis.Response;
  try {
    answer = await fetch(`${baseUrl}/${path}${query}`, {
      method: request.method,
      headers,
      body: hasBody ? JSON.stringify(request.body ?? {}) : undefined,
      signal: AbortSignal.timeout(30_000),
    });
  } catch (error) {
    response.status(502).json({ statusCode: 502, error: 'api_unreachable', message: `The hub's API at ${baseUrl} did not answer: ${(error as Error).message}` });
    return;
  }
  response.status(answer.status);
  for (const name of RETURNED_HEADERS) {
    const value = answer.headers.get(name);
    if (value) response.setHeader(name, value);
  }
  response.send(Buffer.from(await answer.arrayBuffer()));
}
