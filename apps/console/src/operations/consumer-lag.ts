import type { Admin, Kafka } from 'kafkajs';

export interface TopicLag {
  consumerGroup: string;
  topic: string;
  /** Messages on the topic the group has not yet committed past, over all partitions. */
  lag: number;
  partitions: number;
}

/**
 * Consumer lag of the hub's own consumer groups (named `<HUB_ENV>.<app>`): the broker's newest offset less the group's
 * committed offset, per topic. Offsets are whole numbers below 2^53 here; a group that never committed counts from
 * the oldest message the broker still holds.
 */
export async function consumerLag(kafka: Kafka, hubEnv: string): Promise<TopicLag[]> {
  const admin = kafka.admin();
  await admin.connect();
  try {
    const { groups } = await admin.listGroups();
    const ours = groups.map((g) => g.groupId).filter((id) => id.startsWith(`${hubEnv}.`)).sort();
    const lags: TopicLag[] = [];
    const ends = new Map<string, Promise<{ partition: number; high: string; low: string }[]>>();
    for (const groupId of ours) {
      for (const { topic, partitions } of await admin.fetchOffsets({ groupId })) {
        if (!ends.has(topic)) ends.set(topic, topicEnds(admin, topic));
        const end = await ends.get(topic)!;
        const lag = partitions.reduce((sum, p) => {
          const at = end.find((e) => e.partition === p.partition);
          if (!at) return sum;
          const committed = Number(p.offset) < 0 ? Number(at.low) : Number(p.offset);
          return sum + Math.max(0, Number(at.high) - committed);
        }, 0);
        lags.push({ consumerGroup: groupId, topic, lag, partitions: partitions.length });
      }
    }
    return lags;
  } finally {
    await admin.disconnect();
  }
}

const topicEnds = (admin: Admin, topic: string) => admin.fetchTopicOffsets(topic).catch(() => []);
