import { Kafka } from 'kafkajs';
import { TopicDefinition } from './topic-catalog';

/**
 * The broker's own default.replication.factor (KIP-464, Kafka 2.4+): 1 on the local broker, 3 on the production cluster
 * (deploy/overlays/prod) — an app that creates a topic before the cluster's KafkaTopic resources do never makes it
 * with fewer replicas than the cluster wants.
 */
const BROKER_DEFAULT = -1;

/**
 * Creates the catalog's topics and their dead-letter topics at start-up. Topics are never auto-created
 * by the broker: a typo in a name must fail loudly, not create a topic nobody reads.
 */
export async function ensureTopics(kafka: Kafka, topics: TopicDefinition[], replicationFactor = BROKER_DEFAULT): Promise<void> {
  const admin = kafka.admin();
  await admin.connect();
  try {
    const existing = new Set(await admin.listTopics());
    const wanted = topics.flatMap((t) => [
      { topic: t.name, numPartitions: t.partitions, replicationFactor },
      { topic: t.deadLetterTopic, numPartitions: 1, replicationFactor },
    ]);
    const missing = wanted.filter((t) => !existing.has(t.topic));
    if (missing.length > 0) {
      // Two apps booting together may both try; createTopics returns false instead of failing then.
      await admin.createTopics({ topics: missing, waitForLeaders: true });
    }
  } finally {
    await admin.disconnect();
  }
}
