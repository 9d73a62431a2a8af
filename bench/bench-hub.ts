import { randomBytes } from 'node:crypto';
import { Kafka } from 'kafkajs';
import { createKafka, TopicDefinition } from '@hub/messaging';
import { ADAPTER_CONSUMES } from '@hub/adapter-kit';
import { HubOptions, RunningHub, startHub } from '../test/support/running-hub';
import { lacAdapter } from '@apps/adapter-lac/src/lac.adapter';
import { CORE_APP_NAME, CORE_CONSUMES } from '@apps/core/src/core.module';

/** Where scripts/bench.mjs put the bench database and the broker. */
export const benchEnv = {
  databaseUrl: process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/hub_bench',
  brokers: (process.env.KAFKA_BROKERS ?? '127.0.0.1:9092').split(','),
  hubEnv: process.env.HUB_ENV ?? 'bench',
  logLevel: process.env.LOG_LEVEL ?? 'error',
};

/** Away from the demo's 3000–3002 and the tests' 3100–3102, so a benchmark can run beside either. */
const BENCH_PORTS = { core: 3200, adapter: 3201, sim: 3202 };

/**
 * The hub's real apps in this process, as the tests start them, but under HUB_ENV=bench with the bench
 * database. The LAC adapter refuses its built-in demo secret outside dev/test, so each run makes a fresh
 * secret and gives it to both the adapter and the simulator.
 */
export function startBenchHub(options: Pick<HubOptions, 'apps' | 'simStepDelayMs' | 'adapterEnv'> = {}): Promise<RunningHub> {
  return startHub({
    ...options,
    ports: BENCH_PORTS,
    hubEnv: benchEnv.hubEnv,
    databaseUrl: benchEnv.databaseUrl,
    brokers: benchEnv.brokers.join(','),
    lacSecret: `whsec_${randomBytes(24).toString('base64')}`,
    logLevel: benchEnv.logLevel,
  });
}

/**
 * Topics are shared by every HUB_ENV on a broker; only consumer groups are per environment. Before the
 * apps start, move the bench groups to the end of what they consume, so events left by earlier bench runs
 * (thousands of status updates from the inbound benchmark) or by the demo and the tests are not worked
 * off during a measurement. Bench setup only; skipped for a topic that does not exist yet.
 */
export async function skipBacklogOfBenchGroups(): Promise<void> {
  const kafka = createKafka(benchEnv.brokers, 'bench-setup');
  const admin = kafka.admin();
  await admin.connect();
  try {
    const existing = new Set(await admin.listTopics());
    const groups: [string, TopicDefinition[]][] = [
      [`${benchEnv.hubEnv}.${CORE_APP_NAME}`, CORE_CONSUMES],
      [`${benchEnv.hubEnv}.${lacAdapter.appName}`, ADAPTER_CONSUMES],
    ];
    for (const [groupId, topics] of groups) {
      for (const { name } of topics) {
        if (existing.has(name)) await moveToEnd(admin, groupId, name);
      }
    }
  } finally {
    await admin.disconnect();
  }
}

async function moveToEnd(admin: ReturnType<Kafka['admin']>, groupId: string, topic: string): Promise<void> {
  const ends = await admin.fetchTopicOffsets(topic);
  await admin.setOffsets({ groupId, topic, partitions: ends.map(({ partition, high }) => ({ partition, offset: high })) });
}
