import { createKafka } from '@hub/messaging';
import { benchEnv } from './bench-hub';
import { scratchTopic } from './scratch-topic';
import { paddedJson, pool, round } from './stats';

export const BASELINE_THROUGHPUT_TOPIC = 'bench.baseline.throughput';

export interface ThroughputRun {
  count: number;
  failed: number;
  seconds: number;
  perSecond: number;
}

/**
 * Bare kafkajs: `count` sends of ~`bytes`-byte JSON, `concurrency` in flight, each `producer.send` awaited on
 * its own (acks -1), with an idempotent producer set up like the hub's (MessagingRuntime).
 */
export async function baselineThroughput({ count, concurrency, warmup, keys, bytes }: { count: number; concurrency: number; warmup: number; keys: number; bytes: number }): Promise<ThroughputRun> {
  const kafka = createKafka(benchEnv.brokers, 'bench-baseline-throughput');
  const scratch = await scratchTopic(kafka, BASELINE_THROUGHPUT_TOPIC, 3);
  const producer = kafka.producer({ idempotent: true, maxInFlightRequests: 1 });
  try {
    await producer.connect();
    let failed = 0;
    const send = (i: number) =>
      producer
        .send({ topic: BASELINE_THROUGHPUT_TOPIC, acks: -1, messages: [{ key: `order-${i % keys}`, value: paddedJson({ i, at: new Date().toISOString() }, bytes) }] })
        .then(() => undefined, () => void (failed += 1));
    await pool(warmup, concurrency, send);
    failed = 0;
    const started = performance.now();
    await pool(count, concurrency, send);
    const seconds = (performance.now() - started) / 1000;
    return { count, failed, seconds: round(seconds, 3), perSecond: round((count - failed) / seconds) };
  } finally {
    await producer.disconnect().catch(() => undefined);
    await scratch.drop();
  }
}
