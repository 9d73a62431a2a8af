import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Kafka } from 'kafkajs';
import { createKafka, TopicDefinition } from '@hub/messaging';
import { ADAPTER_CONSUMES } from '@hub/adapter-kit';
import { Client } from 'pg';
import { nativeVersion } from '@hub/adapter-kit';
import { spawnApp, stopApps, untilReady } from '../test/support/app-processes';
import { HubOptions, RunningHub, startHub } from '../test/support/running-hub';
import { lacAdapter } from '@apps/adapter-lac/src/lac.adapter';
import { CORE_APP_NAME, CORE_CONSUMES } from '@apps/core/src/core.module';

/**
 * Where scripts/bench.mjs put the bench database and the broker. HUB_ENV is a test-* one: the apps sign the callers
 * in as the tests do (the demo staff at the embedded OpenID provider, STAFF_OIDC_ISSUER; the partners' demo clients at
 * core's token endpoint), which only dev and test accept.
 */
export const benchEnv = {
  databaseUrl: process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/hub_bench',
  brokers: (process.env.KAFKA_BROKERS ?? '127.0.0.1:9092').split(','),
  hubEnv: process.env.HUB_ENV ?? 'test-bench',
  logLevel: process.env.LOG_LEVEL ?? 'error',
};

/**
 * The Node options every pod runs with (deploy/base/config/hub-common.env: V8's heap capped under the pods' memory
 * limit). Read from there, so a benchmark of the apps as processes measures what is deployed; without the cap V8 on this
 * 24 GiB machine lets garbage pile up to hundreds of MB before it collects, which says nothing about the app.
 */
export const CONTAINER_NODE_OPTIONS = (() => {
  const line = readFileSync(join(__dirname, '..', 'deploy', 'base', 'config', 'hub-common.env'), 'utf8').match(/^NODE_OPTIONS=(.*)$/m);
  if (!line) throw new Error('deploy/base/config/hub-common.env sets no NODE_OPTIONS');
  return line[1].trim();
})();

/** Away from the demo's 3000–3002 and the tests' 3100–3102, so a benchmark can run beside either; BENCH_PORT_BASE moves them. */
const BENCH_PORT_BASE = Number(process.env.BENCH_PORT_BASE ?? 3200);
const BENCH_PORTS = { core: BENCH_PORT_BASE, adapter: BENCH_PORT_BASE + 1, sim: BENCH_PORT_BASE + 2 };

/**
 * The hub's real apps in this process, as the tests start them, but under the bench HUB_ENV with the bench
 * database. Each run makes a fresh LAC webhook secret and gives it to both the adapter and the simulator, rather
 * than the built-in demo one. `hub.as` calls core as each demo person and partner.
 */
export function startBenchHub(options: Pick<HubOptions, 'apps' | 'simStepDelayMs' | 'adapterEnv' | 'lacSecret'> = {}): Promise<RunningHub> {
  return startHub({
    ...options,
    ports: BENCH_PORTS,
    hubEnv: benchEnv.hubEnv,
    databaseUrl: benchEnv.databaseUrl,
    brokers: benchEnv.brokers.join(','),
    lacSecret: options.lacSecret ?? `whsec_${randomBytes(24).toString('base64')}`,
    logLevel: benchEnv.logLevel,
  });
}

/** The environment of an app the bench runs as a process of its own: the bench database, broker and HUB_ENV. */
export function benchAppEnv(): Record<string, string> {
  return {
    DATABASE_URL: benchEnv.databaseUrl,
    KAFKA_BROKERS: benchEnv.brokers.join(','),
    HUB_ENV: benchEnv.hubEnv,
    LOG_LEVEL: benchEnv.logLevel,
    PARTNER_TOKEN_TTL_SECONDS: '3600',
    // Every command comes from 127.0.0.1 as a handful of people: production's limits would throttle the bench itself.
    RATE_LIMIT_IP_PER_MINUTE: '1000000',
    RATE_LIMIT_CLIENT_PER_MINUTE: '1000000',
    RATE_LIMIT_TOKEN_PER_MINUTE: '1000000',
  };
}

/**
 * Core and the LAC adapter as processes of their own, as a deployment runs them (what `npm run build` built, with the
 * pods' NODE_OPTIONS), on the bench ports; LAC's simulator and the bench's client stay in this process (`hub.lac`,
 * `hub.as`). In one process the client, core, the adapter and the simulator share one event loop, and at 200 orders a
 * second that loop, not the hub, sets the latency. The bench groups start at the end of what they consume, and LAC's
 * endpoint state and pending deliveries of earlier runs are cleared first, as startHub does for the apps it starts.
 */
export async function startBenchAppsApart(options: { simStepDelayMs?: number } = {}): Promise<{ hub: RunningHub; stop(): Promise<void> }> {
  const lacSecret = `whsec_${randomBytes(24).toString('base64')}`;
  const db = new Client({ connectionString: benchEnv.databaseUrl });
  await db.connect();
  try {
    await db.query(`DELETE FROM partner_endpoints WHERE partner_id = 'lac'`);
    await db.query(`UPDATE partner_deliveries SET status = 'failed' WHERE partner_id = 'lac' AND status = 'pending'`);
  } finally {
    await db.end();
  }
  await skipBacklogOfBenchGroups();
  const env = benchAppEnv();
  const launcher = { from: 'dist', nodeOptions: CONTAINER_NODE_OPTIONS } as const;
  const logDir = join(__dirname, '..', '.hub', 'bench-logs', 'latency-apart');
  const simUrl = `http://127.0.0.1:${BENCH_PORTS.sim}`;
  const apps = [
    spawnApp('core', 'core', BENCH_PORTS.core, env, logDir, launcher),
    spawnApp('adapter-lac', 'adapter-lac', BENCH_PORTS.adapter, {
      ...env,
      LAC_ENDPOINT_URL: `${simUrl}${nativeVersion(lacAdapter, lacAdapter.pinnedVersion).demoEndpointPath}`,
      LAC_WEBHOOK_SECRET: lacSecret,
    }, logDir, launcher),
  ];
  try {
    await Promise.all(apps.map((app) => untilReady(app, 120_000)));
    const hub = await startBenchHub({ apps: ['partner-sim'], simStepDelayMs: options.simStepDelayMs, lacSecret });
    return { hub, stop: async () => { await hub.stop(); await stopApps(apps); } };
  } catch (error) {
    await stopApps(apps);
    throw error;
  }
}

/**
 * The LAC adapter with no core consuming what it publishes. Partner tokens come from core's token endpoint, so a core
 * runs just long enough to hand them out (startHub asks the core on the bench port for them); the adapter checks a
 * token against the hub's key itself, so it needs no core afterwards. `hub.tokens.partner.lac` is LAC's.
 */
export async function startBenchAdapterAlone(options: Pick<HubOptions, 'simStepDelayMs' | 'adapterEnv'> = {}): Promise<RunningHub> {
  const tokenIssuer = await startBenchHub({ apps: ['core'] });
  try {
    return await startBenchHub({ ...options, apps: ['adapter-lac'] });
  } finally {
    await tokenIssuer.stop();
  }
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
