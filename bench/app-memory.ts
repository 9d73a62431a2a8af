import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Client } from 'pg';
import { nativeVersion } from '@hub/adapter-kit';
import { CORE_CONSUMES } from '@apps/core/src/core.module';
import { ADAPTER_CONSUMES } from '@hub/adapter-kit';
import { partnerPackages } from '@apps/partner-sim/src/partner-packages';
import { type AppProcess, spawnApp, stopApps, untilReady } from '../test/support/app-processes';
import { callersOf, signInCallers, type Callers } from '../test/support/callers';
import { startGroupsAtTheEnd } from '../test/support/consumer-groups';
import { leakReport, litePolicy } from '../test/support/demo-requests';
import { benchAppEnv, benchEnv, CONTAINER_NODE_OPTIONS } from './bench-hub';
import { round, sleep } from './stats';

/** Issue 12: every app bounded in memory. */
export const MEMORY_GOALS = { restMB: 150, loadMB: 300 };

export interface AppMemory {
  app: string;
  /** `app` is held to the goals; the partner simulator stands in for the partners and is only reported. */
  role: 'app' | 'stand-in';
  port: number;
  pid: number | undefined;
  /** VmRSS from /proc/<pid>/status, MiB: the highest of the readings over the rest window (`restSamples` readings). */
  restMB: number | null;
  restSamples: number;
  /** process_resident_memory_bytes from the app's own GET /metrics at the end of the rest window (prom-client; same source). */
  restMetricsMB: number | null;
  /** nodejs_heap_size_used_bytes at the end of the rest window. */
  restHeapUsedMB: number | null;
  /** VmRSS, MiB: the highest reading every 500 ms from the first command of the load until the drain ended. */
  loadMaxMB: number | null;
  loadSamples: number;
  /** The highest process_resident_memory_bytes seen in the /metrics scrapes during the load (every 5 s, as Prometheus would). */
  loadMaxMetricsMB: number | null;
  /** VmRSS once the load drained (one reading). */
  afterMB: number | null;
  /** Whether it ran to the end (an app that exited is named in the result). */
  running: boolean;
}

export interface AppMemoryResult {
  params: {
    launcher: 'ts-node' | 'dist';
    /** NODE_OPTIONS the built apps ran with (the pods'); none under ts-node. */
    nodeOptions: string | null;
    settleSeconds: number;
    restWindowSeconds: number;
    loadSeconds: number;
    incidentEveryMs: number;
    drainSeconds: number;
    simStepDelayMs: number;
    sampleEveryMs: number;
    reconcilerWorkers: boolean;
    partners: string[];
    ports: string;
    logDir: string;
  };
  bootSeconds: number;
  totalSeconds: number;
  apps: AppMemory[];
  load: {
    incidents: number;
    commands: number;
    accepted: number;
    unanswered: number;
    refused: string[];
    ordersIssued: number;
    /** From the bench database, for what the load started (rows created after the load began). */
    deliveriesDelivered: number;
    deliveriesPending: number;
    callbacksReceived: number;
    invoicesSubmitted: number;
    invoicesByState: Record<string, number>;
    reconcilerRunsRequested: number;
    consoleProbes: number;
  };
}

const ROOT = join(__dirname, '..');
/** BENCH_PORT_BASE + 60 … + 79: the other benchmarks use base … base + 2 (and startHub's TEST_PORT_BASE offsets). */
const PORT_BASE = Number(process.env.BENCH_PORT_BASE ?? 3200) + 60;
const PORT_END = PORT_BASE + 20;
/** Ports fetch() refuses to call (the Fetch standard's "bad ports"): the apps and the simulator call one another with fetch. */
const FETCH_BLOCKED = new Set([3659, 4045, 4190, 5060, 5061, 6000, 6566, 6665, 6666, 6667, 6668, 6669, 6679, 6697]);
const SAMPLE_EVERY_MS = 500;
const SCRAPE_EVERY_MS = 5_000;
const READY_TIMEOUT_MS = 240_000;
const REQUEST_TIMEOUT_MS = 30_000;
const MiB = 1024 * 1024;

/** The orders of one incident: one per partner, each for a function the partner provides (estimates as the demo's). */
const ORDER_OF: Record<string, { supportFunction: string; scope: string; estimateYen: number }> = {
  lac: { supportFunction: 'investigation', scope: 'Incident assessment and forensic investigation of the order-management server', estimateYen: 3_000_000 },
  aos: { supportFunction: 'investigation', scope: '証拠保全: サーバのディスクイメージ取得・ハッシュ値記録', estimateYen: 2_420_000 },
  prap: { supportFunction: 'crisis_pr', scope: '緊急時広報: お詫び・プレスリリースの作成と公表', estimateYen: 2_200_000 },
  eltes: { supportFunction: 'crisis_pr', scope: 'SNS・Webモニタリング（炎上兆候の検知と緊急通知）', estimateYen: 2_200_000 },
  bell24: { supportFunction: 'call_centre', scope: 'お客様お問い合わせ窓口の開設・運営', estimateYen: 1_320_000 },
  isr: { supportFunction: 'trust_recovery', scope: '再発防止策の実施状況の第三者評価', estimateYen: 2_420_000 },
  cmg: { supportFunction: 'crisis_pr', scope: '危機管理広報: 記者会見の準備と想定問答', estimateYen: 2_200_000 },
};

const vmRssBytes = (pid: number | undefined): number | null => {
  if (pid === undefined) return null;
  try {
    const match = /^VmRSS:\s+(\d+)\s+kB$/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match ? Number(match[1]) * 1024 : null;
  } catch {
    return null;
  }
};

const mb = (bytes: number | null | undefined) => (bytes === null || bytes === undefined ? null : round(bytes / MiB, 1));

/** The app's own figures from GET /metrics (prom-client's default metrics, label app="<name>"). */
async function scrape(app: AppProcess): Promise<{ rss: number | null; heapUsed: number | null }> {
  try {
    const text = await (await fetch(`${app.url}/metrics`, { signal: AbortSignal.timeout(5_000) })).text();
    const value = (name: string) => {
      const match = new RegExp(`^${name}(?:\\{[^}]*\\})? (\\S+)$`, 'm').exec(text);
      return match ? Number(match[1]) : null;
    };
    return { rss: value('process_resident_memory_bytes'), heapUsed: value('nodejs_heap_size_used_bytes') };
  } catch {
    return { rss: null, heapUsed: null };
  }
}

/**
 * Every app of the hub as its own OS process (core, each partner's adapter, the console, the reconciler with its workers
 * on) and the partner simulator as one more, on the bench database and broker. Reads each one's resident memory at rest
 * and, every 500 ms, under a bounded load of incidents through core's HTTP API (a policy, a case, coverage, an order
 * to every partner; the simulated partners answer, report and invoice through their adapters; the reconciler is asked
 * for runs). Reports; holds nothing to the goals.
 */
export async function appMemory({
  loadSeconds = 45,
  incidentEveryMs = 1_500,
  settleSeconds = 10,
  drainSeconds = 10,
  simStepDelayMs = 500,
}: { loadSeconds?: number; incidentEveryMs?: number; settleSeconds?: number; drainSeconds?: number; simStepDelayMs?: number } = {}): Promise<AppMemoryResult> {
  const startedAt = Date.now();
  // The built apps by default, as a container runs them (npm run bench builds them when they are out of date); ts-node
  // on request (BENCH_MEMORY_FROM=ts-node), whose TypeScript compiler adds ~50 MB to every process.
  const launcher = process.env.BENCH_MEMORY_FROM === 'ts-node' ? 'ts-node' : 'dist';
  const start = (name: string, app: string, port: number, env: Record<string, string>, logDir: string) =>
    spawnApp(name, app, port, env, logDir, launcher === 'dist' ? { from: 'dist', nodeOptions: CONTAINER_NODE_OPTIONS } : { from: 'ts-node' });
  const logDir = join(ROOT, '.hub', 'bench-logs', `memory-${launcher}`);
  const partners = partnerPackages().map(({ adapter }) => adapter);
  const ORDERED = partners.filter((a) => ORDER_OF[a.partnerId]);

  let nextPort = PORT_BASE;
  const port = () => {
    while (FETCH_BLOCKED.has(nextPort)) nextPort += 1;
    if (nextPort >= PORT_END) throw new Error(`memory benchmark: more than ${PORT_END - PORT_BASE} ports needed`);
    return nextPort++;
  };
  const url = (p: number) => `http://127.0.0.1:${p}`;
  const ports = { core: port(), sim: port(), console: port(), reconciler: port(), adapters: Object.fromEntries(partners.map((a) => [a.partnerId, port()])) as Record<string, number> };
  const secrets = Object.fromEntries(partners.map((a) => [a.partnerId, `whsec_${randomBytes(24).toString('base64')}`]));

  const db = new Client({ connectionString: benchEnv.databaseUrl });
  await db.connect();
  const apps: { process: AppProcess; role: AppMemory['role']; port: number }[] = [];
  try {
    // A partner's endpoint state and pending deliveries outlive an earlier benchmark in the bench database; the bench
    // groups start at the end of what they consume, so nothing left on the shared broker is worked off during the run.
    const ids = partners.map((a) => a.partnerId);
    await db.query('DELETE FROM partner_endpoints WHERE partner_id = ANY($1)', [ids]);
    await db.query(`UPDATE partner_deliveries SET status = 'failed' WHERE partner_id = ANY($1) AND status = 'pending'`, [ids]);
    await startGroupsAtTheEnd(benchEnv.brokers, [
      { group: `${benchEnv.hubEnv}.core`, topics: CORE_CONSUMES },
      ...partners.map((a) => ({ group: `${benchEnv.hubEnv}.${a.appName}`, topics: ADAPTER_CONSUMES })),
    ]);

    const env = benchAppEnv();
    const simWiring: Record<string, string> = {};
    for (const a of partners) {
      Object.assign(simWiring, {
        [`${a.envPrefix}_ADAPTER_URL`]: url(ports.adapters[a.partnerId]),
        [`${a.envPrefix}_WEBHOOK_SECRET`]: secrets[a.partnerId],
        [`${a.envPrefix}_TOKEN_URL`]: `${url(ports.core)}/oauth/token`,
      });
    }
    const launch = (name: string, port: number, extra: Record<string, string>, role: AppMemory['role'] = 'app') =>
      apps.push({ process: start(name, name, port, { ...env, ...extra }, logDir), role, port });
    launch('core', ports.core, {});
    for (const a of partners) {
      launch(a.appName, ports.adapters[a.partnerId], {
        [`${a.envPrefix}_ENDPOINT_URL`]: `${url(ports.sim)}${nativeVersion(a, a.pinnedVersion).demoEndpointPath}`,
        [`${a.envPrefix}_WEBHOOK_SECRET`]: secrets[a.partnerId],
      });
    }
    launch('console', ports.console, {
      CORE_URL: url(ports.core),
      RECONCILER_URL: url(ports.reconciler),
      PARTNER_ADAPTER_URLS: partners.map((a) => `${a.partnerId}=${url(ports.adapters[a.partnerId])}`).join(','),
    });
    // Its workers on, as a deployment runs it: pg-boss polls its queues, the cron schedules are armed, runs asked for are taken.
    launch('reconciler', ports.reconciler, { RECONCILER_WORKERS: 'true' });
    launch('partner-sim', ports.sim, { SIM_STEP_DELAY_MS: String(simStepDelayMs), SIM_PARTNERS: ids.join(','), ...simWiring }, 'stand-in');

    await Promise.all(apps.map(({ process: app }) => untilReady(app, READY_TIMEOUT_MS)));
    const bootSeconds = round((Date.now() - startedAt) / 1000, 1);
    log(`${apps.length} processes ready in ${bootSeconds} s (${launcher}${launcher === 'dist' ? `, NODE_OPTIONS=${CONTAINER_NODE_OPTIONS}` : ''}; logs in ${logDir}); idle ${settleSeconds} s, then the rest window`);

    // At rest: idle, then ten readings over 5 s; the highest counts.
    await sleep(settleSeconds * 1000);
    const rest = new Map<string, number[]>(apps.map(({ process: app }) => [app.name, []]));
    const restWindowMs = 5_000;
    for (let t = 0; t < restWindowMs; t += SAMPLE_EVERY_MS) {
      for (const { process: app } of apps) {
        const rss = vmRssBytes(app.child.pid);
        if (rss !== null) rest.get(app.name)?.push(rss);
      }
      await sleep(SAMPLE_EVERY_MS);
    }
    const restMetrics = new Map(await Promise.all(apps.map(async ({ process: app }) => [app.name, await scrape(app)] as const)));

    // Under load: every app's VmRSS every 500 ms, its /metrics every 5 s, from the first command to the end of the drain.
    const loadMax = new Map<string, { max: number; samples: number; metricsMax: number }>(apps.map(({ process: app }) => [app.name, { max: 0, samples: 0, metricsMax: 0 }]));
    const sampler = setInterval(() => {
      for (const { process: app } of apps) {
        const rss = vmRssBytes(app.child.pid);
        const seen = loadMax.get(app.name);
        if (rss === null || !seen) continue;
        seen.max = Math.max(seen.max, rss);
        seen.samples += 1;
      }
    }, SAMPLE_EVERY_MS);
    let scraping = true;
    const scraper = (async () => {
      while (scraping) {
        await Promise.all(
          apps.map(async ({ process: app }) => {
            const { rss } = await scrape(app);
            const seen = loadMax.get(app.name);
            if (seen && rss !== null) seen.metricsMax = Math.max(seen.metricsMax, rss);
          }),
        );
        await sleep(SCRAPE_EVERY_MS);
      }
    })();

    let load: AppMemoryResult['load'];
    try {
      load = await driveLoad({ coreUrl: url(ports.core), reconcilerUrl: url(ports.reconciler), consoleUrl: url(ports.console), partners: ORDERED.map((a) => a.partnerId), loadSeconds, incidentEveryMs, drainSeconds, db });
    } finally {
      clearInterval(sampler);
      scraping = false;
      await scraper;
    }

    const result: AppMemoryResult = {
      params: {
        launcher,
        nodeOptions: launcher === 'dist' ? CONTAINER_NODE_OPTIONS : null,
        settleSeconds,
        restWindowSeconds: restWindowMs / 1000,
        loadSeconds,
        incidentEveryMs,
        drainSeconds,
        simStepDelayMs,
        sampleEveryMs: SAMPLE_EVERY_MS,
        reconcilerWorkers: true,
        partners: ids,
        ports: `${PORT_BASE}–${nextPort - 1}`,
        logDir,
      },
      bootSeconds,
      totalSeconds: 0,
      apps: apps.map(({ process: app, role, port }) => {
        const readings = rest.get(app.name) ?? [];
        const seen = loadMax.get(app.name);
        const metrics = restMetrics.get(app.name);
        return {
          app: app.name,
          role,
          port,
          pid: app.child.pid,
          restMB: readings.length ? mb(Math.max(...readings)) : null,
          restSamples: readings.length,
          restMetricsMB: mb(metrics?.rss),
          restHeapUsedMB: mb(metrics?.heapUsed),
          loadMaxMB: seen && seen.samples > 0 ? mb(seen.max) : null,
          loadSamples: seen?.samples ?? 0,
          loadMaxMetricsMB: seen && seen.metricsMax > 0 ? mb(seen.metricsMax) : null,
          afterMB: mb(vmRssBytes(app.child.pid)),
          running: app.running,
        };
      }),
      load,
    };
    result.totalSeconds = round((Date.now() - startedAt) / 1000, 1);
    return result;
  } finally {
    await stopApps(apps.map(({ process: app }) => app)).catch((error: Error) => log(`while stopping the apps: ${error.message}`));
    await db.end().catch(() => undefined);
  }
}

/**
 * A new incident every `incidentEveryMs` for `loadSeconds` (open loop; each incident's commands one after another, each
 * as the person whose job it is): a policy, a case asking for every support function, coverage confirmed, one order to
 * every partner, the case read back. A third and two thirds in, the operator asks the reconciler for three jobs of
 * today; its findings and runs, and the console's readiness, are read every 2 s. Then `drainSeconds` for what the
 * partners still report.
 */
async function driveLoad({
  coreUrl,
  reconcilerUrl,
  consoleUrl,
  partners,
  loadSeconds,
  incidentEveryMs,
  drainSeconds,
  db,
}: {
  coreUrl: string;
  reconcilerUrl: string;
  consoleUrl: string;
  partners: string[];
  loadSeconds: number;
  incidentEveryMs: number;
  drainSeconds: number;
  db: Client;
}): Promise<AppMemoryResult['load']> {
  const tokens = await signInCallers(coreUrl);
  const core: Callers = callersOf(coreUrl, tokens);
  const reconciler: Callers = callersOf(reconcilerUrl, tokens);
  const stats = { incidents: 0, commands: 0, accepted: 0, unanswered: 0, refused: [] as string[], ordersIssued: 0, reconcilerRunsRequested: 0, consoleProbes: 0 };
  const loadStart = new Date();

  type Command = ReturnType<Callers['claims']['post']>;
  const command = async (send: () => Command, expected: number): Promise<Record<string, string> | undefined> => {
    stats.commands += 1;
    try {
      const answer = await send().timeout(REQUEST_TIMEOUT_MS);
      if (answer.status === expected) {
        stats.accepted += 1;
        return answer.body as Record<string, string>;
      }
      if (stats.refused.length < 10) stats.refused.push(`${answer.status} ${JSON.stringify(answer.body).slice(0, 200)}`);
    } catch {
      stats.unanswered += 1;
    }
    return undefined;
  };
  const incident = async () => {
    stats.incidents += 1;
    const policy = litePolicy({ liabilityLimitYen: 200_000_000, expenseSublimitYen: 30_000_000 });
    if (!(await command(() => core.claims.post('/policies').send(policy), 201))) return;
    const report = leakReport(policy.policyNumber);
    report.usageNotice = { ...report.usageNotice, requestedFunctions: ['investigation', 'crisis_pr', 'call_centre', 'trust_recovery'] } as typeof report.usageNotice;
    const reported = await command(() => core.coordinator.post('/cases').send(report), 201);
    if (!reported) return;
    const caseId = reported.caseId;
    if (!(await command(() => core.claims.post(`/cases/${caseId}/coverage-decision`).send({ decision: 'confirmed' }), 200))) return;
    for (const partnerId of partners) {
      if (await command(() => core.coordinator.post(`/cases/${caseId}/orders`).send({ partnerId, ...ORDER_OF[partnerId] }), 201)) stats.ordersIssued += 1;
    }
    await command(() => core.coordinator.get(`/cases/${caseId}/timeline`).query({ limit: '100' }) as Command, 200);
  };
  const today = new Date(Date.now() + 9 * 3600_000).toISOString().slice(0, 10);
  const askReconciler = async () => {
    for (const job of ['orders-invoices', 'ledger', 'messaging-health']) {
      if (await command(() => reconciler.operator.post('/runs').send({ job, date: today }), 202)) stats.reconcilerRunsRequested += 1;
    }
  };

  const begun = Date.now();
  const incidents: Promise<void>[] = [];
  const background: Promise<unknown>[] = [];
  let reading = true;
  background.push(
    (async () => {
      while (reading) {
        await Promise.all([
          command(() => reconciler.operator.get('/findings').query({ limit: '50' }) as Command, 200),
          command(() => reconciler.operator.get('/runs').query({ limit: '20' }) as Command, 200),
          fetch(`${consoleUrl}/health/ready`, { signal: AbortSignal.timeout(5_000) })
            .then((r) => r.text())
            .then(() => (stats.consoleProbes += 1))
            .catch(() => undefined),
        ]);
        await sleep(2_000);
      }
    })(),
  );
  let asked = 0;
  while (Date.now() - begun < loadSeconds * 1000) {
    incidents.push(incident());
    const elapsed = Date.now() - begun;
    if (asked < 2 && elapsed >= ((asked + 1) * loadSeconds * 1000) / 3) {
      asked += 1;
      background.push(askReconciler());
    }
    await sleep(incidentEveryMs);
  }
  await Promise.all(incidents);
  log(`load: ${stats.incidents} incidents, ${stats.ordersIssued} orders in ${round((Date.now() - begun) / 1000, 1)} s; draining ${drainSeconds} s`);
  await sleep(drainSeconds * 1000);
  reading = false;
  await Promise.all(background);

  const since = [loadStart];
  const count = async (sql: string) => Number((await db.query(sql, since)).rows[0].n);
  const byState = (await db.query('SELECT state, count(*)::int AS n FROM invoices WHERE submitted_at >= $1 GROUP BY state ORDER BY state', since)).rows as { state: string; n: number }[];
  return {
    ...stats,
    deliveriesDelivered: await count(`SELECT count(*) AS n FROM partner_deliveries WHERE created_at >= $1 AND status = 'delivered'`),
    deliveriesPending: await count(`SELECT count(*) AS n FROM partner_deliveries WHERE created_at >= $1 AND status = 'pending'`),
    callbacksReceived: await count('SELECT count(*) AS n FROM inbound_webhooks WHERE received_at >= $1'),
    invoicesSubmitted: byState.reduce((sum, { n }) => sum + n, 0),
    invoicesByState: Object.fromEntries(byState.map(({ state, n }) => [state, n])),
  };
}

const log = (message: string) => console.log(`[bench] memory: ${message}`);
