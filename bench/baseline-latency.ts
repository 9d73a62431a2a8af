import { randomUUID } from 'node:crypto';
import { createKafka } from '@hub/messaging';
import { benchEnv } from './bench-hub';
import { scratchTopic } from './scratch-topic';
import { openLoop, paddedJson, Summary, summarize, waitFor, withTimeout } from './stats';

export const BASELINE_LATENCY_TOPIC = 'bench.baseline.latency';

export interface LatencyRun extends Summary {
  sent: number;
  received: number;
  failedSends: number;
  maxStartLagMs: number;
}

/**
 * Bare kafkajs, same rate and count as the hub: one producer (acks -1) sends a message carrying its send
 * time, one consumer (fresh group, maxWaitTimeInMs 100, joined before the first send) notes when it arrives.
 */
export async function baselineLatency({ count, intervalMs, warmup, keys }: { count: number; intervalMs: number; warmup: number; keys: number }): Promise<LatencyRun> {
  const kafka = createKafka(benchEnv.brokers, 'bench-baseline-latency');
  const scratch = await scratchTopic(kafka, BASELINE_LATENCY_TOPIC, 3);
  const consumer = kafka.consumer({ groupId: scratch.useGroup(`bench.baseline-latency-${randomUUID()}`), maxWaitTimeInMs: 100 });
  // Same settings as the hub's producer (MessagingRuntime).
  const producer = kafka.producer({ idempotent: true, maxInFlightRequests: 1 });
  const receivedAt = new Map<string, number>();
  try {
    const joined = new Promise<void>((resolve) => consumer.on(consumer.events.GROUP_JOIN, () => resolve()));
    await consumer.connect();
    await consumer.subscribe({ topics: [BASELINE_LATENCY_TOPIC], fromBeginning: true });
    await consumer.run({
      eachMessage: async ({ message }) => {
        const at = Date.now();
        const { id } = JSON.parse(message.value?.toString() ?? '{}') as { id: string };
        receivedAt.set(id, at);
      },
    });
    await withTimeout(joined, 60_000, 'baseline consumer joining its group');
    await producer.connect();

    const send = async (id: string, i: number) => {
      const sentAt = Date.now();
      await producer.send({
        topic: BASELINE_LATENCY_TOPIC,
        acks: -1,
        messages: [{ key: `case-${i % keys}`, value: paddedJson({ id, sentAt }, 1000) }],
      });
      return sentAt;
    };

    // Warm-up, not measured: first metadata, first fetch, JIT.
    for (let i = 0; i < warmup; i++) await send(`warmup-${i}`, i);
    await waitFor(() => [...Array(warmup).keys()].every((i) => receivedAt.has(`warmup-${i}`)), 30_000);

    const { results, maxStartLagMs } = await openLoop(count, intervalMs, (i) => send(`m-${i}`, i).catch(() => undefined));
    const sentAt = await Promise.all(results);
    const sent = sentAt.filter((t) => t !== undefined).length;
    await waitFor(() => sentAt.every((t, i) => t === undefined || receivedAt.has(`m-${i}`)), 60_000);
    const latencies = sentAt.flatMap((t, i) => (t !== undefined && receivedAt.has(`m-${i}`) ? [(receivedAt.get(`m-${i}`) as number) - t] : []));
    return { ...summarize(latencies), sent, received: latencies.length, failedSends: count - sent, maxStartLagMs };
  } finally {
    await producer.disconnect().catch(() => undefined);
    await consumer.disconnect().catch(() => undefined);
    await scratch.drop();
  }
}
