import { signWebhook } from '@hub/adapter-kit';

/** Posts a body to a partner-facing endpoint signed as the partner would sign it. */
export async function postSigned(
  url: string,
  secret: string,
  body: unknown,
  { webhookId = `msg_${Math.random().toString(36).slice(2)}`, timestamp = Math.floor(Date.now() / 1000), rawBody, token }: {
    webhookId?: string;
    timestamp?: number;
    rawBody?: string;
    /** The partner's bearer access token (core's token endpoint); partner routes refuse a request without one. */
    token?: string;
  } = {},
): Promise<{ status: number; body: Record<string, unknown> }> {
  const text = rawBody ?? JSON.stringify(body);
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...signWebhook(secret, webhookId, timestamp, text), ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: text,
  });
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

/** GETs a partner-facing resource signed as the partner would sign a request without a body. */
export async function getSigned(
  url: string,
  secret: string,
  { webhookId = `msg_${Math.random().toString(36).slice(2)}`, token }: { webhookId?: string; token?: string } = {},
): Promise<{ status: number; body: Record<string, unknown>; headers: Headers }> {
  const response = await fetch(url, { headers: { ...signWebhook(secret, webhookId, Math.floor(Date.now() / 1000), ''), ...(token ? { authorization: `Bearer ${token}` } : {}) } });
  return { status: response.status, body: (await response.json()) as Record<string, unknown>, headers: response.headers };
}
