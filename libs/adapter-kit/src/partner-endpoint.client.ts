import { randomUUID } from 'node:crypto';
import { signWebhook } from './webhook-signature';

export type DeliveryResult =
  | { delivered: true; status: number }
  | { delivered: false; retryable: boolean; error: string };

/**
 * Sends one signed request to a partner endpoint. Each attempt gets a fresh timestamp (so a slow retry is
 * not refused as stale) but keeps the webhook id, so the partner can drop a delivery it already has.
 */
export async function postSignedWebhook(
  url: string,
  secret: string,
  webhookId: string,
  payload: unknown,
  timeoutMs = 10_000,
): Promise<DeliveryResult> {
  const body = JSON.stringify(payload);
  const headers = signWebhook(secret, webhookId, Math.floor(Date.now() / 1000), body);
  try {
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body,
      signal: AbortSignal.timeout(timeoutMs),
    });
    if (response.ok) return { delivered: true, status: response.status };
    const detail = (await response.text().catch(() => '')).slice(0, 500);
    // 4xx other than timeout / rate limit means the partner refuses this request as it is: retrying won't help.
    const retryable = response.status >= 500 || response.status === 408 || response.status === 429;
    return { delivered: false, retryable, error: `HTTP ${response.status} from ${url}: ${detail}` };
  } catch (error) {
    return { delivered: false, retryable: true, error: `${url} unreachable: ${(error as Error).message}` };
  }
}

export const newWebhookId = (): string => `msg_${randomUUID().replace(/-/g, '')}`;
