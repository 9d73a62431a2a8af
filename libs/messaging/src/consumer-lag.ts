import type { Admin, Kafka } from 'kafkajs';

export interface TopicLag {
  consumerGroup: string;
  topic: string;
  /** Messages on the topic the group has not yet committed past, over all partitions. */
  lag: number;
  partitions: number;
}

export interface ConsumerLagOptions {
  /** Retries of the admin client (connecting, each request); the client's own when absent. */
  retries?: number;
  /** One group only (an app's own, for its metrics), rather than every group of the environment. */
  groupId?: string;
}

/**
 * Consumer lag of the hub's own consumer groups (named `<HUB_ENV>.<app>`): the broker's newest offset less the group's
 * committed offset, per topic. Offsets are whole numbers below 2^53 here; a group that never committed counts from
 * the oldest message the broker still holds. Fails when the broker cannot be reached (the console answers 503, the
 * reconciler reports it); a topic whose offsets cannot be read (deleted since the group committed) counts no lag.
 */
export async function consumerLag(kafka: Kafka, hubEnv: string, options: ConsumerLagOptions = {}): Promise<TopicLag[]> {
  const admin = kafka.admin(options.retries === undefined ? undefined : { retry: { retries: options.retries } });
  await admin.connect();
  try {
    const ours = options.groupId ? [options.groupId] : (await admin.listGroups()).groups.map((g) => g.groupId).filter((id) => id.startsWith(`${hubEnv}.`)).sort();
    const lags: TopicLag[] = [];
    const ends = new Map<string, Promise<TopicEnd[]>>();
    for (const groupId of ours) {
      for (const { topic, partitions } of await admin.fetchOffsets({ groupId })) {
        if (!ends.has(topic)) ends.set(topic, topicEnds(admin, topic));
        lags.push({ consumerGroup: groupId, topic, lag: summedLag(partitions, await ends.get(topic)!), partitions: partitions.length });
      }
    }
    return lags;
  } finally {
    await admin.disconnect();
  }
}

export interface TopicEnd {
  partition: number;
  high: string;
  low: string;
}

/** A group's lag on one topic: per partition, the newest offset less the committed one (the oldest held when none), summed. */
export function summedLag(committed: readonly { partition: number; offset: string }[], ends: readonly TopicEnd[]): number {
  return committed.reduce((sum, p) => {
    const at = ends.find((e) => e.partition === p.partition);
    if (!at) return sum;
    const from = Number(p.offset) < 0 ? Number(at.low) : Number(p.offset);
    return sum + Math.max(0, Number(at.high) - from);
  }, 0);
}

const topicEnds = (admin: Admin, topic: string): Promise<TopicEnd[]> => admin.fetchTopicOffsets(topic).catch(() => []);
