import { Kafka } from 'kafkajs';
import { sleep } from './stats';

/**
 * A topic that exists only for one baseline: created fresh (a leftover from an interrupted run is
 * deleted first) and deleted again by `drop`, together with any consumer groups used on it.
 */
export async function scratchTopic(kafka: Kafka, topic: string, partitions: number) {
  const admin = kafka.admin();
  await admin.connect();
  const groups: string[] = [];
  try {
    if ((await admin.listTopics()).includes(topic)) {
      await admin.deleteTopics({ topics: [topic] });
      await waitUntilGone(admin, topic);
    }
    // Creating right after a delete can fail while the broker still finishes the deletion: try again.
    for (let attempt = 1; ; attempt++) {
      try {
        await admin.createTopics({ topics: [{ topic, numPartitions: partitions, replicationFactor: 1 }], waitForLeaders: true });
        break;
      } catch (error) {
        if (attempt >= 10) throw error;
        await sleep(500);
      }
    }
  } catch (error) {
    await admin.disconnect();
    throw error;
  }
  return {
    topic,
    /** Records a consumer group to delete with the topic. */
    useGroup(groupId: string): string {
      groups.push(groupId);
      return groupId;
    },
    async drop(): Promise<void> {
      try {
        if (groups.length) await admin.deleteGroups(groups).catch(() => undefined);
        await admin.deleteTopics({ topics: [topic] });
      } finally {
        await admin.disconnect();
      }
    },
  };
}

async function waitUntilGone(admin: ReturnType<Kafka['admin']>, topic: string): Promise<void> {
  const deadline = Date.now() + 15_000;
  while ((await admin.listTopics()).includes(topic)) {
    if (Date.now() > deadline) throw new Error(`topic ${topic} is still being deleted after 15 s`);
    await sleep(250);
  }
}
