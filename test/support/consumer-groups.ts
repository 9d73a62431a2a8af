import { AssignerProtocol } from 'kafkajs';
import { createKafka, ensureTopics, type TopicDefinition } from '@hub/messaging';

/** A consumer group a test's apps join, and the topics it consumes. */
export interface GroupTopics {
  group: string;
  topics: TopicDefinition[];
}

/**
 * Commits brand-new consumer groups at the end of what they consume, before any app joins them: what other test runs left
 * on a shared broker is theirs (the apps would skip it by its hub-env header, but only after reading it all). One throwaway
 * member per group commits every partition's end at once (admin.setOffsets joins the group once per topic, 5 s each).
 */
export async function startGroupsAtTheEnd(brokers: string[], groups: GroupTopics[]): Promise<void> {
  const kafka = createKafka(brokers, 'test-groups-setup');
  const topics = [...new Map(groups.flatMap((g) => g.topics).map((t) => [t.name, t])).values()];
  await ensureTopics(kafka, topics);
  const admin = kafka.admin();
  await admin.connect();
  try {
    const ends = new Map(await Promise.all(topics.map(async (t) => [t.name, await admin.fetchTopicOffsets(t.name)] as const)));
    await Promise.all(
      groups.map(async ({ group, topics: consumed }) => {
        const consumer = kafka.consumer({ groupId: group });
        const joined = new Promise((resolve) => consumer.on(consumer.events.GROUP_JOIN, resolve));
        await consumer.connect();
        try {
          await consumer.subscribe({ topics: consumed.map((t) => t.name) });
          await consumer.run({ autoCommit: false, eachBatch: async () => undefined });
          await joined;
          await consumer.commitOffsets(consumed.flatMap((t) => (ends.get(t.name) ?? []).map((p) => ({ topic: t.name, partition: p.partition, offset: p.high }))));
        } finally {
          await consumer.disconnect();
        }
      }),
    );
  } finally {
    await admin.disconnect();
  }
}

/** How many partitions each member of each group holds, once every group is stable with `members` members holding some each. */
export async function partitionsShared(brokers: string[], groups: GroupTopics[], members: number): Promise<{ group: string; perMember: number[] }[] | undefined> {
  const admin = createKafka(brokers, 'test-groups-watch').admin();
  await admin.connect();
  try {
    const described = (await admin.describeGroups(groups.map((g) => g.group))).groups;
    const shares = described.map((g) => ({
      group: g.groupId,
      stable: g.state === 'Stable',
      perMember: g.members.map((m) => Object.values(AssignerProtocol.MemberAssignment.decode(m.memberAssignment)?.assignment ?? {}).flat().length),
    }));
    return shares.every((s) => s.stable && s.perMember.length === members && s.perMember.every((n) => n > 0)) ? shares.map(({ group, perMember }) => ({ group, perMember })) : undefined;
  } finally {
    await admin.disconnect();
  }
}

/** Takes a test's consumer groups off a shared broker once their members have left (best effort). */
export async function deleteGroups(brokers: string[], groups: GroupTopics[]): Promise<void> {
  const admin = createKafka(brokers, 'test-groups-cleanup').admin();
  try {
    await admin.connect();
    await admin.deleteGroups(groups.map((g) => g.group));
  } catch {
    // a group still has a member, or the broker is away: it expires with the broker's offset retention
  } finally {
    await admin.disconnect().catch(() => undefined);
  }
}
