import type { FieldIssue } from '@hub/refusals';

/** The limits of contracts/http/common/error.v1 and its validationIssue: an answer never breaks its own schema. */
const MAX_MESSAGE = 2000;
const MAX_FIELD = 500;
const MAX_REASON = 1000;

const clip = (text: string, max: number) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

/**
 * An error answer's body, with whatever the caller sent and the answer repeats (an id, a parameter's name, a Host)
 * cut to the schema's lengths: a 4,000-character parameter name is named, not echoed whole.
 */
export function errorBody(status: number, code: string, message: string, issues?: FieldIssue[]) {
  return {
    statusCode: status,
    error: code,
    message: clip(message || code, MAX_MESSAGE),
    ...(issues && issues.length > 0 ? { issues: issues.map((i) => ({ field: clip(i.field || '(root)', MAX_FIELD), reason: clip(i.reason || 'is not valid', MAX_REASON) })) } : {}),
  };
}

/** The same limits on a body already built (an HttpException's), when it has the hub's error shape. */
export function clampErrorBody(body: unknown): unknown {
  if (typeof body !== 'object' || body === null) return body;
  const { statusCode, error, message, issues } = body as { statusCode?: unknown; error?: unknown; message?: unknown; issues?: unknown };
  if (typeof statusCode !== 'number' || typeof error !== 'string' || typeof message !== 'string') return body;
  return errorBody(statusCode, error, message, Array.isArray(issues) ? (issues as FieldIssue[]) : undefined);
}
