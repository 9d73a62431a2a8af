import { randomUUID } from 'node:crypto';
import { signWebhook } from './webhook-signature';

export type DeliveryResult =
  | { delivered: true; status: number }
  | { delivered: false; retryable: boolean; error: string };

/**
 * Statuses by which a partner says this request, as it is, will never be accepted. Anything else (5xx,
 * timeouts, 401/403 from a secret being rotated, 404 from an endpoint being moved) is an outage or a
 * configuration an operator can fix, so the delivery keeps retrying.
 */
const REFUSED_FOR_GOOD = new Set([400, 409, 410, 413, 415, 422]);

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
  timeoutMs = 10_000,
): Promise<DeliveryResult> {
  const body = JSON.stringify(payload);
  const headers = signWebhook(secrets, webhookId, Math.floor(Date.now() / 1000), body);
  try {
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body,
      signal: AbortSignal.timeout(timeoutMs),
    });
    // Read (or discard) the body either way, so the connection goes back to the pool now.
    const detail = (await response.text().catch(() => '')).slice(0, 500);
    if (response.ok) return { delivered: true, status: response.status };
    return { delivered: false, retryable: !REFUSED_FOR_GOOD.has(response.status), error: `HTTP ${response.status} from ${url}: ${detail}` };
  } catch (error) {
    return { delivered: false, retryable: true, error: `${url} unreachable: ${(error as Error).message}` };
  }
}

export const newWebhookId = (): string => `msg_${randomUUID().replace(/-/g, '')}`;
