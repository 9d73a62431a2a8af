import { createHmac, timingSafeEqual } from 'node:crypto';

/**
 * Standard Webhooks (standardwebhooks.com): the signed content is `${id}.${timestamp}.${body}`, signed
 * with HMAC-SHA256 under the partner's secret (`whsec_` + base64 key), sent as `v1,<base64>`. A header may
 * carry several space-separated signatures, which lets a partner rotate its secret without downtime.
 */
export const WEBHOOK_HEADERS = { id: 'webhook-id', timestamp: 'webhook-timestamp', signature: 'webhook-signature' } as const;

/** A Standard Webhooks secret as partners exchange them: `whsec_` + base64 of at least 16 bytes. */
export const WEBHOOK_SECRET_PATTERN = /^whsec_[A-Za-z0-9+/]{22,}={0,2}$/;

/**
 * A partner's secret for local demos and tests only, shared by its adapter and its simulator. Anyone can
 * derive it from the partner id, so the kit refuses it outside HUB_ENV dev and test.
 */
export function demoWebhookSecret(partnerId: string): string {
  return `whsec_${Buffer.from(`dev-only-${partnerId}-simulator-secret`).toString('base64')}`;
}

/** How far a sender's clock may be from ours before a request is refused as stale (or a replay). */
export const DEFAULT_TIMESTAMP_TOLERANCE_SECONDS = 5 * 60;

export function secretKey(secret: string): Buffer {
  const encoded = secret.startsWith('whsec_') ? secret.slice('whsec_'.length) : secret;
  const key = Buffer.from(encoded, 'base64');
  if (key.length < 16) throw new Error('webhook secret must be whsec_ followed by at least 16 base64-encoded bytes');
  return key;
}

function sign(key: Buffer, id: string, timestamp: number, body: string | Buffer): string {
  const mac = createHmac('sha256', key);
  mac.update(`${id}.${timestamp}.`);
  mac.update(body);
  return mac.digest('base64');
}

/** Signs with one secret, or with each of several (space-separated signatures) while a secret rotates. */
export function signWebhook(secrets: string | string[], id: string, timestamp: number, body: string | Buffer): Record<string, string> {
  const signatures = (Array.isArray(secrets) ? secrets : [secrets]).map((secret) => `v1,${sign(secretKey(secret), id, timestamp, body)}`);
  return {
    [WEBHOOK_HEADERS.id]: id,
    [WEBHOOK_HEADERS.timestamp]: String(timestamp),
    [WEBHOOK_HEADERS.signature]: signatures.join(' '),
  };
}

export type WebhookVerdict =
  | { ok: true; id: string; timestamp: number }
  | { ok: false; code: 'missing_signature_headers' | 'stale_timestamp' | 'bad_signature'; message: string };

export interface VerifyOptions {
  /** Current and, during a rotation, previous secrets. */
  secrets: string[];
  nowSeconds?: number;
  toleranceSeconds?: number;
}

export function verifyWebhook(
  headers: Record<string, string | string[] | undefined>,
  rawBody: Buffer | string,
  options: VerifyOptions,
): WebhookVerdict {
  const id = single(headers[WEBHOOK_HEADERS.id]);
  const timestampText = single(headers[WEBHOOK_HEADERS.timestamp]);
  const signatures = single(headers[WEBHOOK_HEADERS.signature]);
  if (!id || !timestampText || !signatures) {
    return { ok: false, code: 'missing_signature_headers', message: 'webhook-id, webhook-timestamp and webhook-signature are all required' };
  }
  const timestamp = Number(timestampText);
  const now = options.nowSeconds ?? Math.floor(Date.now() / 1000);
  const tolerance = options.toleranceSeconds ?? DEFAULT_TIMESTAMP_TOLERANCE_SECONDS;
  if (!/^\d{1,12}$/.test(timestampText) || Math.abs(now - timestamp) > tolerance) {
    return { ok: false, code: 'stale_timestamp', message: `webhook-timestamp must be within ${tolerance} s of now` };
  }
  const offered = signatures
    .split(' ')
    .filter((s) => s.startsWith('v1,'))
    .map((s) => Buffer.from(s.slice(3), 'base64'));
  for (const secret of options.secrets) {
    const expected = Buffer.from(sign(secretKey(secret), id, timestamp, rawBody), 'base64');
    if (offered.some((candidate) => candidate.length === expected.length && timingSafeEqual(candidate, expected))) {
      return { ok: true, id, timestamp };
    }
  }
  return { ok: false, code: 'bad_signature', message: 'webhook-signature does not match the body under this partner\'s secret' };
}

function single(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}
