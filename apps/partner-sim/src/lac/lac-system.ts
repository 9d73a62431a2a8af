import { Logger } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { Webhook } from 'standardwebhooks';
import type { LacEngagementRequestV1, LacStatusCallbackV1 } from '@hub/contracts';
import { lacScriptFor } from './lac-script';

export interface ReceivedEngagement {
  ticket: string;
  webhookId: string;
  receivedAt: string;
  /** Wall-clock receipt in ms since epoch, for end-to-end latency measurement. */
  receivedAtMs: number;
  request: LacEngagementRequestV1;
  callbacks: { statusCode: string; phase?: string; httpStatus: number | null; at: string }[];
}

export interface LacSystemSettings {
  secret: string;
  callbackUrl: string;
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
  private readonly engagements = new Map<string, ReceivedEngagement>();
  private readonly seenWebhookIds = new Set<string>();
  private readonly timers = new Set<NodeJS.Timeout>();
  private sequence = 0;
  private stopped = false;

  constructor(private readonly settings: LacSystemSettings) {
    this.webhook = new Webhook(settings.secret);
  }

  /** Throws WebhookVerificationError when the hub's signature or timestamp does not hold. */
  verify(rawBody: string, headers: Record<string, string>): void {
    this.webhook.verify(rawBody, headers);
  }

  receive(webhookId: string, request: LacEngagementRequestV1): ReceivedEngagement {
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
      request,
      callbacks: [],
    };
    this.engagements.set(request.engagement_id, engagement);
    this.logger.log(`received engagement ${request.engagement_id} for ${request.client.company_name} → ticket ${engagement.ticket}`);
    void this.play(engagement);
    return engagement;
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
    for (const step of lacScriptFor(engagement.request)) {
      if (this.stopped) return;
      await this.pause(this.settings.stepDelayMs);
      // One webhook id per step, kept across retries: a retry after a lost answer is then a replay the
      // hub recognises, not a second status report.
      const msgId = `msg_${randomUUID().replace(/-/g, '')}`;
      let reached = false;
      for (let attempt = 1; attempt <= 5 && !this.stopped && !reached; attempt++) {
        const httpStatus = await this.report(engagement, step, msgId);
        reached = httpStatus !== null && httpStatus < 500;
        if (!reached) await this.pause(500 * 2 ** attempt);
      }
      // Later steps make no sense to the hub without this one: stop, as LAC's staff would, and call.
      if (!reached) return this.logger.error(`gave up reporting ${step.status_code} for ${engagement.ticket}; stopping its script`);
    }
  }

  private async report(engagement: ReceivedEngagement, step: ReturnType<typeof lacScriptFor>[number], msgId: string): Promise<number | null> {
    const callback: LacStatusCallbackV1 = {
      api_version: '1',
      engagement_id: engagement.request.engagement_id,
      lac_ticket: engagement.ticket,
      ...step,
      reported_at: new Date().toISOString(),
    };
    const body = JSON.stringify(callback);
    let httpStatus: number | null = null;
    try {
      const signedAt = new Date();
      const signature = this.webhook.sign(msgId, signedAt, body);
      const response = await fetch(this.settings.callbackUrl, {
        method: 'POST',
        headers: {
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
