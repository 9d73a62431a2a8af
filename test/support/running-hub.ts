import { INestApplication } from '@nestjs/common';
import { Client } from 'pg';
import type { Admin } from 'kafkajs';
import { DataSource } from 'typeorm';
import { loadConfig } from '@hub/config';
import { ADAPTER_CONSUMES, demoWebhookSecret, loadAdapterConfig, nativeVersion, startAdapter } from '@hub/adapter-kit';
import { createKafka, ensureTopics } from '@hub/messaging';
import { testEnv } from '@hub/testing';
import { startConsole } from '@apps/console/src/console.app';
import { ConsoleConfig } from '@apps/console/src/console.config';
import { startCore } from '@apps/core/src/core.app';
import { untilKafkaReady } from './kafka-ready';
import type { JobName } from '@apps/reconciler/src/jobs/reconciliation-job';
import { startReconciler } from '@apps/reconciler/src/reconciler.app';
import { ReconcilerConfig } from '@apps/reconciler/src/reconciler.config';
import { JobRunner } from '@apps/reconciler/src/runs/job-runner';
import type { RunRow } from '@apps/reconciler/src/runs/run-row';
import { CoreConfig } from '@apps/core/src/core.config';
import { LacSystem } from '@apps/partner-sim/src/lac/lac-system';
import { partnerPackage } from '@apps/partner-sim/src/partner-packages';
import { startPartnerSim } from '@apps/partner-sim/src/partner-sim.app';
import { loadPartnerSimSettings } from '@apps/partner-sim/src/partner-sim.config';
import { type CallerTokens, type Callers, callersOf, signInCallers } from './callers';

export interface RunningHub {
  coreUrl: string;
  adapterUrl: string;
  simUrl: string;
  lac: LacSystem;
  /** The secret LAC and the adapter share in this hub. */
  lacSecret: string;
  dataSource: DataSource;
  /** Bearer tokens of every demo person (staff OpenID provider) and partner (core's token endpoint). */
  tokens: CallerTokens;
  /** Core as each caller: `hub.as.claims.post('/policies')`, `hub.as.partner.lac.post('/invoices')`, `hub.as.anonymous`. */
  as: Callers;
  /** The LAC adapter as each caller. */
  adapterAs: Callers;
  /** The Nest apps, for tests that inspect them (declared routes). */
  nest: { core?: INestApplication; adapter?: INestApplication; console?: INestApplication; reconciler?: INestApplication };
  /** The reconciler (apps: 'reconciler'), at TEST_PORT_BASE + 11, its scheduler's cron and workers off (RECONCILER_WORKERS=false). */
  reconcilerUrl: string;
  /** The reconciler as each caller. */
  reconcilerAs: Callers;
  /** Runs a reconciliation job for a day in the reconciler started, as `npm run reconcile` would. */
  reconcile(job: JobName, date: string): Promise<RunRow>;
  /** The coordinator's console (apps: 'console'), at TEST_PORT_BASE + 9. */
  consoleUrl: string;
  /** Every adapter started (`adapter-<id>` in apps), by partner id: its URL, its callers, its secret and its Nest app. */
  adapters: Record<string, StartedAdapter>;
  /** Every simulated partner's back office, by partner id (cast to the partner's system class). */
  sims: Record<string, unknown>;
  stop(): Promise<void>;
}

export interface StartedAdapter {
  url: string;
  as: Callers;
  secret: string;
  app: INestApplication;
}

export interface HubOptions {
  simStepDelayMs?: number;
  /** `adapter-<id>` for any partner with a folder (apps/adapter-<id>). */
  apps?: ('core' | 'partner-sim' | 'console' | 'reconciler' | `adapter-${string}`)[];
  /** Extra variables for the reconciler (its thresholds). */
  reconcilerEnv?: Record<string, string>;
  /** Defaults are the tests' 3100–3102, away from the demo's 3000–3002. */
  ports?: { core: number; adapter: number; sim: number };
  hubEnv?: string;
  databaseUrl?: string;
  brokers?: string;
  /** Defaults to the built-in demo secret, which the adapter accepts only for HUB_ENV dev and test. */
  lacSecret?: string;
  logLevel?: string;
  /** Extra variables for core and the adapter (rate limits, allowed hosts). */
  env?: Record<string, string>;
  /** Extra variables for every adapter, e.g. a short LAC_DELIVERY_GIVE_UP_AFTER_SECONDS. */
  adapterEnv?: Record<string, string>;
}

/** A partner's test port: as far above the base as its demo port is above 3000 (LAC 3001 → base + 1, AOS 3003 → base + 3). */
const testPortOf = (portBase: number, partnerId: string) => portBase + partnerPackage(partnerId).adapter.defaultPort - 3000;

/**
 * Starts the real apps, in this process, against the real PostgreSQL and Kafka: core, the LAC adapter
 * and the LAC simulator, wired to each other as in the demo. `apps` picks a subset. It lives under test/, not in
 * a library, because it starts apps and no library may import one.
 */
export async function startHub(options: HubOptions = {}): Promise<RunningHub> {
  const apps = options.apps ?? ['core', 'adapter-lac', 'partner-sim'];
  // TEST_PORT_BASE moves the hub for a second test run on the same machine (the default is 3100–3102).
  const portBase = Number(process.env.TEST_PORT_BASE ?? 3100);
  const ports = options.ports ?? { core: portBase, adapter: portBase + 1, sim: portBase + 2 };
  const logLevel = options.logLevel ?? testEnv.logLevel;
  const lacSecret = options.lacSecret ?? demoWebhookSecret('lac');
  const base = {
    DATABASE_URL: options.databaseUrl ?? testEnv.databaseUrl,
    KAFKA_BROKERS: options.brokers ?? testEnv.brokers,
    HUB_ENV: options.hubEnv ?? testEnv.hubEnv,
    LOG_LEVEL: logLevel,
    STAFF_OIDC_ISSUER: testEnv.staffIssuer,
    // Longer than production's 5 minutes: a test file holds its partners' tokens from start to end.
    PARTNER_TOKEN_TTL_SECONDS: '3600',
    // Every test calls from 127.0.0.1 as a handful of people: production's limits would throttle the suite itself
    // (test/security/rate-limits.security.spec.ts starts its own hub with small ones).
    RATE_LIMIT_IP_PER_MINUTE: '1000000',
    RATE_LIMIT_CLIENT_PER_MINUTE: '1000000',
    RATE_LIMIT_TOKEN_PER_MINUTE: '1000000',
    ...options.env,
  };
  const urls = {
    core: `http://127.0.0.1:${ports.core}`,
    adapter: `http://127.0.0.1:${ports.adapter}`,
    sim: `http://127.0.0.1:${ports.sim}`,
    console: `http://127.0.0.1:${portBase + 9}`,
    reconciler: `http://127.0.0.1:${portBase + 11}`,
  };
  const partnerIds = apps.filter((a) => a.startsWith('adapter-')).map((a) => a.slice('adapter-'.length));
  const adapterUrl = (partnerId: string) => (partnerId === 'lac' ? urls.adapter : `http://127.0.0.1:${testPortOf(portBase, partnerId)}`);
  const secretOf = (partnerId: string) => (partnerId === 'lac' ? lacSecret : demoWebhookSecret(partnerId));
  const started: INestApplication[] = [];
  const nest: RunningHub['nest'] = {};
  const adapterApps: Record<string, INestApplication> = {};
  let sims: Record<string, unknown> = {};
  let dataSource: DataSource | undefined;
  let tokens: CallerTokens;
  try {
    if (apps.includes('partner-sim')) {
      // Every simulated partner is wired to where its adapter runs in this hub (running or not).
      const wiring: Record<string, string> = {};
      for (const partnerId of ['lac', ...partnerIds]) {
        const prefix = partnerPackage(partnerId).adapter.envPrefix;
        Object.assign(wiring, { [`${prefix}_ADAPTER_URL`]: adapterUrl(partnerId), [`${prefix}_WEBHOOK_SECRET`]: secretOf(partnerId), [`${prefix}_TOKEN_URL`]: `${urls.core}/oauth/token` });
      }
      const sim = await startPartnerSim(
        loadPartnerSimSettings({
          PORT: String(ports.sim),
          SIM_STEP_DELAY_MS: String(options.simStepDelayMs ?? 150),
          LOG_LEVEL: logLevel,
          // The partners this hub runs (LAC always: its simulator is the one most tests drive).
          SIM_PARTNERS: [...new Set(['lac', ...partnerIds])].join(','),
          ...wiring,
        }),
      );
      started.push(sim.app);
      sims = sim.systems;
    }
    if (apps.includes('core')) {
      const core = await startCore(loadConfig(CoreConfig, { ...base, PORT: String(ports.core) }));
      started.push(core.app);
      nest.core = core.app;
      dataSource = core.app.get(DataSource);
    }
    for (const partnerId of partnerIds) {
      const definition = partnerPackage(partnerId).adapter;
      const prefix = definition.envPrefix;
      // The partner's endpoint state (breaker, slowed, disabled), its pending deliveries and the adapter group's backlog of
      // order events all outlive a test file in the shared database and broker: each file's adapter starts clean,
      // before its worker can make any of it, so its own orders never queue behind another file's.
      await resetEndpointState(base.DATABASE_URL, partnerId);
      await skipAdapterBacklog(base.KAFKA_BROKERS, `${base.HUB_ENV}.${definition.appName}`);
      const adapter = await startAdapter(
        definition,
        loadAdapterConfig(definition, {
          ...base,
          PORT: String(new URL(adapterUrl(partnerId)).port),
          // The partner's endpoint of the version the adapter is pinned to (<P>_API_VERSION, else the definition's).
          [`${prefix}_ENDPOINT_URL`]: `${urls.sim}${nativeVersion(definition, Number(options.adapterEnv?.[`${prefix}_API_VERSION`] ?? definition.pinnedVersion)).demoEndpointPath}`,
          [`${prefix}_WEBHOOK_SECRET`]: secretOf(partnerId),
          // Tests take partners down on purpose, and the breaker state outlives a test in the shared database: a breaker of
          // 1–2 s keeps the retry and give-up tests to their own timing instead of the production 30 s to 10 minutes.
          [`${prefix}_BREAKER_COOL_DOWN_SECONDS`]: '1',
          [`${prefix}_BREAKER_MAX_COOL_DOWN_SECONDS`]: '2',
          ...options.adapterEnv,
        }),
      );
      started.push(adapter.app);
      adapterApps[partnerId] = adapter.app;
      if (partnerId === 'lac') nest.adapter = adapter.app;
      dataSource ??= adapter.app.get(DataSource);
    }
    if (apps.includes('console')) {
      const consoleApp = await startConsole(
        loadConfig(ConsoleConfig, {
          ...base,
          PORT: String(portBase + 9),
          CORE_URL: urls.core,
          RECONCILER_URL: urls.reconciler,
          PARTNER_ADAPTER_URLS: ['lac', ...partnerIds.filter((id) => id !== 'lac')].map((id) => `${id}=${adapterUrl(id)}`).join(','),
        }),
      );
      started.push(consoleApp.app);
      nest.console = consoleApp.app;
    }
    if (apps.includes('reconciler')) {
      const reconciler = await startReconciler(loadConfig(ReconcilerConfig, { ...base, PORT: String(portBase + 11), RECONCILER_WORKERS: 'false', ...options.reconcilerEnv }));
      started.push(reconciler.app);
      nest.reconciler = reconciler.app;
      dataSource ??= reconciler.app.get(DataSource);
    }
    // Partner tokens come from core's token endpoint: every hub the tests start runs core.
    // Every app serves HTTP before its Kafka is ready; their producers connect and their consumer groups join all at
    // once here, rather than one app after another.
    await Promise.all(started.map((app) => untilKafkaReady(app)));
    tokens = await signInCallers(urls.core);
  } catch (error) {
    await Promise.allSettled(started.reverse().map((app) => app.close()));
    throw error;
  }
  return {
    coreUrl: urls.core,
    consoleUrl: urls.console,
    adapterUrl: urls.adapter,
    simUrl: urls.sim,
    lac: sims.lac as LacSystem,
    lacSecret,
    adapters: Object.fromEntries(
      Object.entries(adapterApps).map(([id, app]) => [id, { url: adapterUrl(id), as: callersOf(adapterUrl(id), tokens), secret: secretOf(id), app }]),
    ),
    sims,
    dataSource: dataSource as DataSource,
    tokens,
    as: callersOf(urls.core, tokens),
    adapterAs: callersOf(urls.adapter, tokens),
    reconcilerUrl: urls.reconciler,
    reconcilerAs: callersOf(urls.reconciler, tokens),
    reconcile: (job, date) => {
      if (!nest.reconciler) throw new Error("startHub({ apps: [..., 'reconciler'] }) to run reconciliation jobs");
      return nest.reconciler.get(JobRunner).run(job, date, 'cli');
    },
    nest,
    stop: async () => {
      for (const app of started.reverse()) await app.close();
    },
  };
}

async function resetEndpointState(databaseUrl: string, partnerId: string): Promise<void> {
  const client = new Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    await client.query('DELETE FROM partner_endpoints WHERE partner_id = $1', [partnerId]);
    await client.query(`UPDATE partner_deliveries SET status = 'failed' WHERE partner_id = $1 AND status = 'pending'`, [partnerId]);
  } finally {
    await client.end();
  }
}

/**
 * A topic's high watermarks. On a broker that has just created the topic (another app of the hub starting beside this one
 * created it, without waiting for its leaders) the first ask can find no leader yet: asked again, briefly.
 */
async function highWatermarks(admin: Admin, topic: string): Promise<{ partition: number; high: string }[]> {
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await admin.fetchTopicOffsets(topic);
    } catch (error) {
      if (attempt >= 40) throw error;
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
  }
}

/**
 * Moves the adapter's consumer group to the end of what it consumes: order events that core-only files published with no
 * adapter running are theirs, not this file's. The group has no members between files (the last adapter stopped).
 *
 * One member joins the group, paused, commits the high watermarks of every topic and leaves. (kafkajs's admin.setOffsets
 * does the same once per topic and waits for a fetch each time — the consumer's 5 s maxWaitTime with nothing to read —
 * so five topics took 25 s of every adapter's start.)
 */
async function skipAdapterBacklog(brokers: string, groupId: string): Promise<void> {
  const kafka = createKafka(brokers.split(','), 'running-hub-setup');
  const admin = kafka.admin();
  await admin.connect();
  try {
    await ensureTopics(kafka, ADAPTER_CONSUMES);
    const topics = ADAPTER_CONSUMES.map((t) => t.name);
    // The high watermarks themselves: resetOffsets(latest) writes -1, which a group reading from the beginning takes as
    // "no offset" and starts over.
    const ends: { topic: string; partition: number; offset: string }[] = [];
    for (const topic of topics) ends.push(...(await highWatermarks(admin, topic)).map((p) => ({ topic, partition: p.partition, offset: p.high })));
    const consumer = kafka.consumer({ groupId, maxWaitTimeInMs: 100 });
    try {
      const joined = new Promise<void>((resolve) => consumer.on(consumer.events.GROUP_JOIN, () => resolve()));
      await consumer.connect();
      await consumer.subscribe({ topics });
      // Nothing is handled and nothing is committed but the offsets below.
      await consumer.run({ autoCommit: false, eachBatchAutoResolve: false, eachBatch: async () => undefined });
      consumer.pause(topics.map((topic) => ({ topic })));
      await joined;
      await consumer.commitOffsets(ends);
    } finally {
      await consumer.disconnect();
    }
  } finally {
    await admin.disconnect();
  }
}
