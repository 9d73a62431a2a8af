import { Injectable } from '@nestjs/common';
import { consumerLag, MessagingRuntime, type TopicLag } from '@hub/messaging';
import { ReconcilerConfig } from '../../reconciler.config';

/**
 * A check every 15 minutes need not wait out the client's 8 retries (close to a minute) when the broker is down: two
 * retries tell a blip from an outage in a second or two, and the next run asks again.
 */
const LAG_READ_RETRIES = 2;

/** Consumer lag of this deployment's groups (`<HUB_ENV>.<app>`), read with the Kafka admin through the app's own client. */
@Injectable()
export class ConsumerLagReader {
  constructor(
    private readonly messaging: MessagingRuntime,
    private readonly config: ReconcilerConfig,
  ) {}

  /** Rejects when the broker cannot be reached. */
  read(): Promise<TopicLag[]> {
    return consumerLag(this.messaging.kafka, this.config.HUB_ENV, { retries: LAG_READ_RETRIES });
  }
}
