import { Logger } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { appendDeadLetter, backoffDelayMs, DeadLetterWriter, RetryPolicy, TopicDefinition, WakeablePause } from '@hub/messaging';
import { DeliveryRepository, PartnerDelivery } from './delivery.repository';
import { postSignedWebhook } from './partner-endpoint.client';

export interface PartnerDeliveryWorkerOptions {
  partnerId: string;
  endpointUrl: string;
  /** Current secret first; every one signs, so a partner mid-rotation accepts the delivery. */
  secrets: string[];
  policy: RetryPolicy;
  /** A partner down longer than this has the order dead-lettered for a person to act on. */
  giveUpAfterMs: number;
  /** The topic deliveries come from and who dead-letters them, when one is given up on. */
  source: { topic: TopicDefinition; deadLetters: DeadLetterWriter };
  /** Deliveries in flight at once. */
  concurrency?: number;
  idlePollMs?: number;
  /** Runs in the transaction that marks a delivery done, e.g. to publish the partner's acknowledgement. */
  onDelivered: (tx: EntityManager, delivery: PartnerDelivery) => Promise<void>;
  now?: () => number;
}

/**
 * Delivers pending orders to a partner endpoint, signed, retrying with backoff until the partner answers
 * or the give-up time passes. Each delivery is claimed `FOR UPDATE SKIP LOCKED` for the length of its
 * attempt, so several workers (or adapter instances) never send the same delivery at once, and a crash
 * mid-attempt leaves the row pending for the next one. A delivery given up on is not dropped: the
 * original order message goes to the dead-letter topic, with the last error, in the same transaction.
 */
export class PartnerDeliveryWorker {
  private readonly logger = new Logger(PartnerDeliveryWorker.name);
  private running = false;
  private lanes: Promise<void>[] = [];
  private readonly idle = new WakeablePause();

  constructor(
    private readonly dataSource: DataSource,
    private readonly deliveries: DeliveryRepository,
    private readonly options: PartnerDeliveryWorkerOptions,
  ) {}

  start(): void {
    if (this.running) return;
    this.running = true;
    this.lanes = Array.from({ length: this.options.concurrency ?? 4 }, () => this.lane());
  }

  async stop(): Promise<void> {
    this.running = false;
    this.idle.wake();
    await Promise.all(this.lanes);
  }

  /** A delivery was queued: start on it now rather than at the next poll. */
  wake(): void {
    this.idle.wake();
  }

  /** Attempts one due delivery; false when none was due. */
  async attemptOne(): Promise<boolean> {
    return this.dataSource.transaction(async (tx) => {
      const delivery = await this.deliveries.claimDue(tx, this.options.partnerId);
      if (!delivery) return false;
      const attempt = delivery.attempts + 1;
      const { endpointUrl, secrets, policy, partnerId } = this.options;
      const result = await postSignedWebhook(endpointUrl, secrets, delivery.webhookId, delivery.payload);
      if (result.delivered) {
        await this.deliveries.markDelivered(tx, delivery.id, attempt);
        await this.options.onDelivered(tx, delivery);
        return true;
      }
      const now = this.options.now?.() ?? Date.now();
      const delay = backoffDelayMs(policy, attempt, Math.random());
      const withinTime = now + delay - delivery.createdAt.getTime() < this.options.giveUpAfterMs;
      if (result.retryable && withinTime && attempt < policy.maxAttempts) {
        this.logger.warn(`order ${delivery.orderId} to ${partnerId}: attempt ${attempt} failed, retry in ${delay} ms: ${result.error}`);
        await this.deliveries.scheduleRetry(tx, delivery.id, attempt, delay, result.error);
      } else {
        this.logger.error(`order ${delivery.orderId} to ${partnerId} given up after ${attempt} attempt(s): ${result.error}`);
        await this.deliveries.markFailed(tx, delivery.id, attempt, result.error);
        await this.deadLetter(tx, delivery, result.error, attempt);
      }
      return true;
    });
  }

  private async deadLetter(tx: EntityManager, delivery: PartnerDelivery, error: string, attempts: number): Promise<void> {
    if (!delivery.sourceMessage) return; // queued before source messages were kept; the failed row says it all
    const { topic, deadLetters } = this.options.source;
    const failure = Object.assign(new Error(`delivery to ${this.options.partnerId} given up: ${error}`), { name: 'PartnerDeliveryFailed' });
    await appendDeadLetter(tx, deadLetters, topic, { ...delivery.sourceMessage, eventKey: `delivery-failed:${delivery.orderId}` }, failure, attempts);
  }

  private async lane(): Promise<void> {
    while (this.running) {
      let worked = false;
      try {
        worked = await this.attemptOne();
      } catch (error) {
        this.logger.warn(`delivery worker for ${this.options.partnerId}: ${(error as Error).message}`);
      }
      // Retries fall due with time, not with a commit, so idle lanes still look now and then.
      if (!worked) await this.idle.pause(this.options.idlePollMs ?? 500);
    }
  }
}
