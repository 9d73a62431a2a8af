import { consumerLag, MessagingRuntime } from '@hub/messaging';
import { HubMetrics } from './hub-metrics';

/** The outbox, the broker and this app's consumer lag, read at each scrape (the lag only while the broker answers). */
export function watchMessaging(metrics: HubMetrics, runtime: MessagingRuntime): void {
  metrics.onScrape(async () => {
    const { broker, outbox } = await runtime.health();
    metrics.outboxPending.set(outbox.pending);
    metrics.outboxOldestAge.set(outbox.oldestAgeMs / 1000);
    metrics.kafkaReachable.set(broker.reachable ? 1 : 0);
    if (!broker.reachable) return;
    const group = `${runtime.hubEnv}.${runtime.appName}`;
    for (const lag of await consumerLag(runtime.kafka, runtime.hubEnv, { retries: 0, groupId: group })) {
      metrics.consumerLag.set({ group: lag.consumerGroup, topic: lag.topic }, lag.lag);
    }
  });
}
