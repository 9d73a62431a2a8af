import { randomUUID } from 'node:crypto';
import { resolvesToPrivateAddress } from './endpoint-address';
import { signWebhook } from './webhook-signature';

/**
 * What one call to a partner's endpoint came to; every field of it goes on the attempt's record. `gone` is the
 * partner saying the endpoint itself no longer exists (410): the endpoint is disabled, not the delivery given up.
 */
export type DeliveryOutcome = 'delivered' | 'overloaded' | 'failed' | 'refused' | 'unreachable' | 'gone';

export interface DeliveryResult {
  outcome: DeliveryOutcome;
  /** The partner's HTTP status; absent when no response came. */
  status?: number;
  /** From a 429 or 503's Retry-After (seconds or an HTTP date), when the partner said how long to wait. */
  retryAfterMs?: number;
  /** The first 500 characters of the partner's answer, for the attempt's record. */
  excerpt?: string;
  error?: string;
  durationMs: number;
}

/**
 * Statuses by which a partner says this request, as it is, will never be accepted. Anything else (5xx,
 * timeouts, 401/403 from a secret being rotated, 404 from an endpoint being moved) is an outage or a
 * configuration an operator can fix, so the delivery keeps retrying.
 */
const REFUSED_FOR_GOOD = new Set([400, 409, 413, 415, 422]);
/** The partner is up but asks us to slow down (RFC 6585 §4, RFC 9110 §15.6.4). */
const OVERLOADED = new Set([429, 503]);

/**
 * Sends one signed request to a partner endpoint. Each attempt gets a fresh timestamp (so a slow retry is
 * not refused as stale) but keeps the webhook id, so the partner can drop a delivery it already has.
 * Signed with every current secret, so a partner mid-rotation accepts it with either.
 */
export async function postSignedWebhook(
  url: string,
  secrets: string[],
  webhookId: string,
  payload: unknown,
  { timeoutMs = 10_000, refusePrivateAddresses = false }: { timeoutMs?: number; refusePrivateAddresses?: boolean } = {},
): Promise<DeliveryResult> {
  const body = JSON.stringify(payload);
  const headers = signWebhook(secrets, webhookId, Math.floor(Date.now() / 1000), body);
  const started = performance.now();
  const elapsed = () => Math.round(performance.now() - started);
  // One deadline for the whole attempt, the address check included (a name lookup has no timeout of its own, and waits
  // behind every other lookup in libuv's four threads). A claim's lease is sized to outlast an attempt: an attempt that
  // outlived it would still be sending while another replica, having claimed the lapsed delivery, sends it too.
  const deadline = AbortSignal.timeout(timeoutMs);
  try {
    const privateAddress = refusePrivateAddresses ? await beforeDeadline(resolvesToPrivateAddress(url), deadline) : undefined;
    // A configuration an operator must fix, not the partner's refusal: the delivery keeps retrying meanwhile.
    if (privateAddress) return { outcome: 'failed', error: `${url} resolves to ${privateAddress}, a private address the hub does not call`, durationMs: elapsed() };
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body,
      signal: deadline,
    });
    // Read (or discard) the body either way, so the connection goes back to the pool now.
    const excerpt = (await response.text().catch(() => '')).slice(0, 500);
    const status = response.status;
    if (response.ok) return { outcome: 'delivered', status, excerpt, durationMs: elapsed() };
    const error = `HTTP ${status} from ${url}: ${excerpt}`;
    if (OVERLOADED.has(status)) {
      const retryAfterMs = retryAfter(response.headers.get('retry-after'));
      return { outcome: 'overloaded', status, excerpt, error, durationMs: elapsed(), ...(retryAfterMs !== undefined ? { retryAfterMs } : {}) };
    }
    if (status === 410) return { outcome: 'gone', status, excerpt, error, durationMs: elapsed() };
    return { outcome: REFUSED_FOR_GOOD.has(status) ? 'refused' : 'failed', status, excerpt, error, durationMs: elapsed() };
  } catch (error) {
    return { outcome: 'unreachable', error: `${url} unreachable: ${(error as Error).message}`, durationMs: elapsed() };
  }
}

/** The promise's outcome, or the signal's reason once it aborts first. */
function beforeDeadline<T>(promise: Promise<T>, signal: AbortSignal): Promise<T> {
  if (signal.aborted) return Promise.reject(signal.reason);
  return new Promise<T>((resolve, reject) => {
    const abort = () => reject(signal.reason);
    signal.addEventListener('abort', abort, { once: true });
    promise.then(resolve, reject).finally(() => signal.removeEventListener('abort', abort));
  });
}

/** Retry-After as milliseconds from now: delta-seconds, or an HTTP date (RFC 9110 §10.2.3); undefined if neither. */
export function retryAfter(value: string | null, now = Date.now()): number | undefined {
  if (value === null || value.trim() === '') return undefined;
  if (/^\d+$/.test(value.trim())) return Number(value.trim()) * 1000;
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

export const newWebhookId = (): string => `msg_${randomUUID().replace(/-/g, '')}`;
