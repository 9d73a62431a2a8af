import { Logger } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { backoffDelayMs, RetryPolicy, WakeablePause } from '@hub/messaging';
import { DeliveryRepository, PartnerDelivery } from './delivery.repository';
import { postSignedWebhook } from './partner-endpoint.client';

export interface PartnerDeliveryWorkerOptions {
  partnerId: string;
  endpointUrl: string;
  secret: string;
  policy: RetryPolicy;
  /** Deliveries in flight at once. */
  concurrency?: number;
  idlePollMs?: number;
  /** Runs in the transaction that marks a delivery done, e.g. to publish the partner's acknowledgement. */
  onDelivered: (tx: EntityManager, delivery: PartnerDelivery) => Promise<void>;
}

/**
 * Delivers pending orders to a partner endpoint, signed, retrying with backoff for as long as the
 * policy allows. Each delivery is claimed `FOR UPDATE SKIP LOCKED` for the length of its attempt, so
 * several workers (or adapter instances) never send the same delivery at once, and a crash mid-attempt
 * leaves the row pending for the next one.
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
      const result = await postSignedWebhook(this.options.endpointUrl, this.options.secret, delivery.webhookId, delivery.payload);
      if (result.delivered) {
        await this.deliveries.markDelivered(tx, delivery.id, attempt);
        await this.options.onDelivered(tx, delivery);
      } else if (result.retryable && attempt < this.options.policy.maxAttempts) {
        const delay = backoffDelayMs(this.options.policy, attempt, Math.random());
        this.logger.warn(`order ${delivery.orderId} to ${this.options.partnerId}: attempt ${attempt} failed, retry in ${delay} ms: ${result.error}`);
        await this.deliveries.scheduleRetry(tx, delivery.id, attempt, delay, result.error);
      } else {
        this.logger.error(`order ${delivery.orderId} to ${this.options.partnerId} failed for good after ${attempt} attempt(s): ${result.error}`);
        await this.deliveries.markFailed(tx, delivery.id, attempt, result.error);
      }
      return true;
    });
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
