import { Logger } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { signWebhook, type SimulatedPartnerSettings } from '@hub/adapter-kit';
import { PartnerTokenClient } from '@hub/auth';

/** A body sent as it is: bytes of a file (Bell System 24's Shift_JIS CSV) under its media type. */
export interface RawBody {
  bytes: Buffer;
  contentType: string;
}

export interface SendResult {
  /** The adapter's HTTP status; null when it never answered. */
  status: number | null;
  /** The adapter's answer, parsed when JSON. */
  body: unknown;
  webhookId: string;
}

export interface SendOptions {
  /** Kept across retries (a retry after a lost answer is a replay the hub recognises); a new one by default. */
  webhookId?: string;
  /** Tries in all; network errors and 5xx are retried with back-off. Default 5. */
  attempts?: number;
}

const isRaw = (body: unknown): body is RawBody => typeof body === 'object' && body !== null && Buffer.isBuffer((body as RawBody).bytes);

/**
 * How a simulated partner calls the hub, as a real partner would: a bearer token from the hub's token endpoint and a
 * Standard Webhooks signature over the exact bytes sent, to its adapter. Every simulator sends through this one.
 */
export class PartnerSender {
  private readonly tokens: PartnerTokenClient;
  private readonly logger: Logger;

  constructor(private readonly settings: SimulatedPartnerSettings, private readonly pauseMs: (ms: number) => Promise<void> = (ms) => new Promise((r) => setTimeout(r, ms))) {
    this.tokens = new PartnerTokenClient(settings.tokenUrl, settings.clientId, settings.clientSecret);
    this.logger = new Logger(`${settings.partnerId} (simulated)`);
  }

  /** POSTs to a path of the partner's adapter, e.g. `/aos/v1/callbacks`. */
  async post(path: string, body: unknown, options: SendOptions = {}): Promise<SendResult> {
    const webhookId = options.webhookId ?? `msg_${randomUUID().replace(/-/g, '')}`;
    const bytes = isRaw(body) ? body.bytes : Buffer.from(JSON.stringify(body));
    const contentType = isRaw(body) ? body.contentType : 'application/json';
    const attempts = options.attempts ?? 5;
    let result: SendResult = { status: null, body: undefined, webhookId };
    for (let attempt = 1; attempt <= attempts; attempt++) {
      result = await this.once(path, bytes, contentType, webhookId);
      if (result.status !== null && result.status < 500) return result;
      if (attempt < attempts) await this.pauseMs(250 * 2 ** attempt);
    }
    return result;
  }

  private async once(path: string, bytes: Buffer, contentType: string, webhookId: string): Promise<SendResult> {
    try {
      const signed = signWebhook(this.settings.secret, webhookId, Math.floor(Date.now() / 1000), bytes);
      const response = await fetch(`${this.settings.adapterUrl}${path}`, {
        method: 'POST',
        headers: { ...(await this.tokens.authorization()), 'content-type': contentType, ...signed },
        body: bytes,
        signal: AbortSignal.timeout(30_000),
      });
      const text = await response.text();
      let parsed: unknown = text;
      try {
        parsed = JSON.parse(text);
      } catch {
        // not JSON: kept as text
      }
      if (response.status >= 400) this.logger.warn(`${path} answered ${response.status}: ${text.slice(0, 300)}`);
      return { status: response.status, body: parsed, webhookId };
    } catch (error) {
      this.logger.warn(`${path} failed: ${(error as Error).message}`);
      return { status: null, body: undefined, webhookId };
    }
  }
}
