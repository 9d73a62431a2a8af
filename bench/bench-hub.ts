import { randomBytes } from 'node:crypto';
import { INestApplication } from '@nestjs/common';
import { Kafka } from 'kafkajs';
import { loadConfig } from '@hub/config';
import { createKafka, TopicDefinition } from '@hub/messaging';
import { ADAPTER_CONSUMES } from '@hub/adapter-kit';
import { ADAPTER_LAC_APP_NAME, startAdapterLac } from '@apps/adapter-lac/src/adapter-lac.app';
import { AdapterLacConfig } from '@apps/adapter-lac/src/adapter-lac.config';
import { startCore } from '@apps/core/src/core.app';
import { CoreConfig } from '@apps/core/src/core.config';
import { CORE_APP_NAME, CORE_CONSUMES } from '@apps/core/src/core.module';
import { LacSystem } from '@apps/partner-sim/src/lac/lac-system';
import { startPartnerSim } from '@apps/partner-sim/src/partner-sim.app';
import { PartnerSimConfig } from '@apps/partner-sim/src/partner-sim.config';

/** Where scripts/bench.mjs put the bench database and the broker. */
export const benchEnv = {
  databaseUrl: process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/hub_bench',
  brokers: (process.env.KAFKA_BROKERS ?? '127.0.0.1:9092').split(','),
  hubEnv: process.env.HUB_ENV ?? 'bench',
  logLevel: process.env.LOG_LEVEL ?? 'error',
};

/** Away from the demo's 3000–3002 and the tests' 3100–3102, so a benchmark can run beside either. */
const PORTS = { core: 3200, adapter: 3201, sim: 3202 };

export type BenchApp = 'core' | 'adapter-lac' | 'partner-sim';

export interface BenchHub {
  coreUrl: string;
  adapterUrl: string;
  lac: LacSystem;
  /** The LAC signing secret of this run, shared by the adapter and the simulator. */
  lacSecret: string;
  stop(): Promise<void>;
}

/**
 * The hub's real apps in this process, wired as `startHub` from @hub/testing wires them, but under
 * HUB_ENV=bench: the LAC adapter refuses its built-in demo secret outside dev/test, so each run makes a
 * fresh secret and gives it to both the adapter and the simulator.
 */
export async function startBenchHub(options: { apps?: BenchApp[]; simStepDelayMs?: number } = {}): Promise<BenchHub> {
  const apps = options.apps ?? ['core', 'adapter-lac', 'partner-sim'];
  const lacSecret = `whsec_${randomBytes(24).toString('base64')}`;
  const base = { DATABASE_URL: benchEnv.databaseUrl, KAFKA_BROKERS: benchEnv.brokers.join(','), HUB_ENV: benchEnv.hubEnv, LOG_LEVEL: benchEnv.logLevel };
  const urls = { core: `http://127.0.0.1:${PORTS.core}`, adapter: `http://127.0.0.1:${PORTS.adapter}`, sim: `http://127.0.0.1:${PORTS.sim}` };
  const started: INestApplication[] = [];
  let lac: LacSystem | undefined;
  try {
    if (apps.includes('partner-sim')) {
      const sim = await startPartnerSim(
        loadConfig(PartnerSimConfig, {
          PORT: String(PORTS.sim),
          LAC_CALLBACK_URL: `${urls.adapter}/lac/v1/callbacks`,
          LAC_WEBHOOK_SECRET: lacSecret,
          SIM_STEP_DELAY_MS: String(options.simStepDelayMs ?? 150),
          LOG_LEVEL: benchEnv.logLevel,
        }),
      );
      started.push(sim.app);
      lac = sim.lac;
    }
    if (apps.includes('core')) {
      const core = await startCore(loadConfig(CoreConfig, { ...base, PORT: String(PORTS.core) }));
      started.push(core.app);
    }
    if (apps.includes('adapter-lac')) {
      const adapter = await startAdapterLac(
        loadConfig(AdapterLacConfig, { ...base, PORT: String(PORTS.adapter), LAC_ENDPOINT_URL: `${urls.sim}/lac/v1/engagements`, LAC_WEBHOOK_SECRET: lacSecret }),
      );
      started.push(adapter.app);
    }
  } catch (error) {
    await Promise.allSettled(started.reverse().map((app) => app.close()));
    throw error;
  }
  return {
    coreUrl: urls.core,
    adapterUrl: urls.adapter,
    lac: lac as LacSystem,
    lacSecret,
    stop: async () => {
      for (const app of started.reverse()) await app.close();
    },
  };
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
      [`${benchEnv.hubEnv}.${ADAPTER_LAC_APP_NAME}`, ADAPTER_CONSUMES],
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
