import type { NextFunction, Request, Response } from 'express';
import { HubHttpError } from './http-errors';

/** How deep a request body may nest: the hub's contracts nest a few levels; validators recurse per level. */
export const MAX_BODY_DEPTH = 32;

/**
 * Whether a parsed body nests deeper than `max` levels, found without recursion, so a body built to overflow the
 * stack (thousands of `[`) cannot overflow it here either.
 */
export function nestsDeeperThan(value: unknown, max = MAX_BODY_DEPTH): boolean {
  const stack: [unknown, number][] = [[value, 1]];
  while (stack.length > 0) {
    const [node, depth] = stack.pop() as [unknown, number];
    if (node === null || typeof node !== 'object') continue;
    if (depth > max) return true;
    for (const child of Array.isArray(node) ? node : Object.values(node)) stack.push([child, depth + 1]);
  }
  return false;
}

export const bodyTooDeep = (max = MAX_BODY_DEPTH) =>
  new HubHttpError(400, 'body_too_deep', `Request body nests deeper than ${max} levels`, [{ field: '(body)', reason: `nests deeper than ${max} levels` }]);

/** Content encodings the hub reads; anything else is refused before a body parser tries it. */
const READABLE_ENCODINGS = new Set(['identity', 'gzip', 'x-gzip', 'deflate']);

/**
 * Refuses a body in an encoding the hub does not read (brotli, compress, a list of several) with 415, before any
 * parser sees it: the parsers would otherwise decode some and fail on others in ways that are not the caller's to see.
 */
export function contentEncodingGuard(request: Request, response: Response, next: NextFunction): void {
  const encoding = (request.headers['content-encoding'] ?? 'identity').toString().trim().toLowerCase();
  if (READABLE_ENCODINGS.has(encoding)) return next();
  response.status(415).json({
    statusCode: 415,
    error: 'unsupported_encoding',
    message: `Content-Encoding "${encoding}" is not accepted; send identity, gzip or deflate`,
    issues: [{ field: 'content-encoding', reason: 'must be identity, gzip or deflate' }],
  });
}
