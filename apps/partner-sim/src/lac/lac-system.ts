import { Logger } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { Webhook } from 'standardwebhooks';
import { PartnerTokenClient } from '@hub/auth';
import type {
  LacEngagementCancellationV1,
  LacEngagementCancellationV2,
  LacEngagementRequestV1,
  LacEngagementRequestV2,
  LacStatusCallbackV1,
  LacStatusCallbackV2,
} from '@hub/contracts';
import { lacScriptFor } from './lac-script';

/** LAC's API versions the simulator speaks; it answers each engagement in the version it came in. */
export type LacEngagementRequest = LacEngagementRequestV1 | LacEngagementRequestV2;
export type LacEngagementCancellation = LacEngagementCancellationV1 | LacEngagementCancellationV2;

export interface ReceivedEngagement {
  ticket: string;
  webhookId: string;
  receivedAt: string;
  /** Wall-clock receipt in ms since epoch, for end-to-end latency measurement. */
  receivedAtMs: number;
  /** The API version the engagement came in, and its callbacks go out in. */
  version: 1 | 2;
  request: LacEngagementRequest;
  callbacks: { statusCode: string; phase?: string; httpStatus: number | null; at: string }[];
}

export interface ReceivedCancellation {
  webhookId: string;
  receivedAt: string;
  receivedAtMs: number;
  request: LacEngagementCancellation;
}

export interface LacSystemSettings {
  secret: string;
  /** LAC's OAuth client at the hub's token endpoint: every callback carries a bearer token as well as its signature. */
  tokenUrl: string;
  clientId: string;
  clientSecret: string;
  /** Where the hub takes LAC's callbacks of each API version. */
  callbackUrl(version: number): string;
  stepDelayMs: number;
}

/**
 * The simulated LAC back office. It keeps what it received in memory (it is a stand-in for another
 * company's system, not part of the hub) and talks back through the public `standardwebhooks` library,
 * which we did not write, so our signing and verifying are checked against an independent implementation.
 */
export class LacSystem {
  private readonly logger = new Logger('LAC (simulated)');
  private readonly webhook: Webhook;
  private readonly tokens: PartnerTokenClient;
  private readonly engagements = new Map<string, ReceivedEngagement>();
  private readonly cancellations = new Map<string, ReceivedCancellation>();
  private readonly seenWebhookIds = new Set<string>();
  private readonly timers = new Set<NodeJS.Timeout>();
  private sequence = 0;
  private stopped = false;

  constructor(private readonly settings: LacSystemSettings) {
    this.webhook = new Webhook(settings.secret);
    this.tokens = new PartnerTokenClient(settings.tokenUrl, settings.clientId, settings.clientSecret);
  }

  /** Throws WebhookVerificationError when the hub's signature or timestamp does not hold. */
  verify(rawBody: string, headers: Record<string, string>): void {
    this.webhook.verify(rawBody, headers);
  }

  receive(webhookId: string, request: LacEngagementRequest): ReceivedEngagement {
    const known = this.engagements.get(request.engagement_id);
    if (known || this.seenWebhookIds.has(webhookId)) return known as ReceivedEngagement;
    this.seenWebhookIds.add(webhookId);
    const now = new Date();
    this.sequence += 1;
    const engagement: ReceivedEngagement = {
      ticket: `LAC-${now.getFullYear()}-${String(this.sequence).padStart(6, '0')}`,
      webhookId,
      receivedAt: now.toISOString(),
      receivedAtMs: now.getTime(),
      version: request.api_version === '2' ? 2 : 1,
      request,
      callbacks: [],
    };
    this.engagements.set(request.engagement_id, engagement);
    this.logger.log(`received engagement ${request.engagement_id} for ${request.client.company_name} → ticket ${engagement.ticket}`);
    void this.play(engagement);
    return engagement;
  }

  /** LAC stops work on a cancelled engagement; undefined when LAC never received the engagement (answered 404). */
  cancel(webhookId: string, request: LacEngagementCancellation): ReceivedCancellation | undefined {
    if (!this.engagements.has(request.engagement_id)) return undefined;
    const known = this.cancellations.get(request.engagement_id);
    if (known) return known;
    const now = new Date();
    const cancellation = { webhookId, receivedAt: now.toISOString(), receivedAtMs: now.getTime(), request };
    this.cancellations.set(request.engagement_id, cancellation);
    this.logger.log(`engagement ${request.engagement_id} cancelled: ${request.cancel_reason}`);
    return cancellation;
  }

  cancellationOf(engagementId: string): ReceivedCancellation | undefined {
    return this.cancellations.get(engagementId);
  }

  list(): ReceivedEngagement[] {
    return [...this.engagements.values()];
  }

  find(engagementId: string): ReceivedEngagement | undefined {
    return this.engagements.get(engagementId);
  }

  stop(): void {
    this.stopped = true;
    this.timers.forEach((timer) => clearTimeout(timer));
    this.timers.clear();
  }

  /** One step after another, each only once the previous one reached the hub, as LAC's staff would work. */
  private async play(engagement: ReceivedEngagement): Promise<void> {
    for (const [index, step] of lacScriptFor(engagement.request).entries()) {
      if (this.stopped) return;
      await this.pause(this.settings.stepDelayMs);
      // LAC's analysts stop when the coordinator cancels; what they already reported stays reported.
      if (this.cancellations.has(engagement.request.engagement_id)) return;
      // One webhook id per step, kept across retries: a retry after a lost answer is then a replay the
      // hub recognises, not a second status report.
      const msgId = `msg_${randomUUID().replace(/-/g, '')}`;
      let reached = false;
      for (let attempt = 1; attempt <= 5 && !this.stopped && !reached; attempt++) {
        const httpStatus = await this.report(engagement, step, msgId, index + 1);
        reached = httpStatus !== null && httpStatus < 500;
        if (!reached) await this.pause(500 * 2 ** attempt);
      }
      // Later steps make no sense to the hub without this one: stop, as LAC's staff would, and call.
      if (!reached) return this.logger.error(`gave up reporting ${step.status_code} for ${engagement.ticket}; stopping its script`);
    }
  }

  private async report(engagement: ReceivedEngagement, step: ReturnType<typeof lacScriptFor>[number], msgId: string, sequence: number): Promise<number | null> {
    const body = JSON.stringify(engagement.version === 2 ? callbackV2(engagement, step, sequence) : callbackV1(engagement, step));
    let httpStatus: number | null = null;
    try {
      const signedAt = new Date();
      const signature = this.webhook.sign(msgId, signedAt, body);
      const response = await fetch(this.settings.callbackUrl(engagement.version), {
        method: 'POST',
        headers: {
          ...(await this.tokens.authorization()),
          'content-type': 'application/json',
          'webhook-id': msgId,
          'webhook-timestamp': String(Math.floor(signedAt.getTime() / 1000)),
          'webhook-signature': signature,
        },
        body,
        signal: AbortSignal.timeout(10_000),
      });
      httpStatus = response.status;
      await response.body?.cancel();
    } catch (error) {
      this.logger.warn(`callback ${step.status_code} for ${engagement.ticket} failed: ${(error as Error).message}`);
    }
    engagement.callbacks.push({ statusCode: step.status_code, phase: step.phase, httpStatus, at: new Date().toISOString() });
    return httpStatus;
  }

  private pause(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const timer = setTimeout(() => {
        this.timers.delete(timer);
        resolve();
      }, ms);
      this.timers.add(timer);
    });
  }
}

type Step = ReturnType<typeof lacScriptFor>[number];

function callbackV1(engagement: ReceivedEngagement, step: Step): LacStatusCallbackV1 {
  return { api_version: '1', engagement_id: engagement.request.engagement_id, lac_ticket: engagement.ticket, ...step, reported_at: new Date().toISOString() };
}

/** LAC v2: one event per callback, numbered within the engagement. */
function callbackV2(engagement: ReceivedEngagement, step: Step, sequence: number): LacStatusCallbackV2 {
  const eventType = ({ ACCEPTED: 'ACCEPTED', DECLINED: 'DECLINED', IN_PROGRESS: 'PHASE_REACHED', COMPLETED: 'COMPLETED' } as const)[step.status_code];
  return {
    api_version: '2',
    engagement_id: engagement.request.engagement_id,
    ticket_no: engagement.ticket,
    sequence,
    event_type: eventType,
    ...(step.phase ? { phase: step.phase } : {}),
    ...(step.decline_reason ? { reason: step.decline_reason } : {}),
    ...(step.comment ? { remarks: step.comment } : {}),
    occurred_at: new Date().toISOString(),
  };
}
