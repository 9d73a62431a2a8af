import 'reflect-metadata';
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { join } from 'node:path';
import { BASELINE_LATENCY_TOPIC } from './baseline-latency';
import { BASELINE_THROUGHPUT_TOPIC } from './baseline-throughput';
import { benchEnv, skipBacklogOfBenchGroups } from './bench-hub';
import { inboundThroughput } from './inbound-throughput';
import { orderLatency } from './order-latency';

/**
 * `npm run bench` (scripts/bench.mjs prepares the database and the broker, then runs this): each
 * benchmark measures the hub and, in the same run, a bare-kafkajs baseline, and reports hub / baseline.
 */
const RESULTS = join(__dirname, 'results', 'latest.json');
// Everything below is bounded; this only catches a hang (e.g. a handle left open) and is not a timer.
const WATCHDOG_MS = 15 * 60_000;

const count = (name: string, fallback: number) => {
  const value = Number(process.env[name]);
  return Number.isInteger(value) && value > 0 ? value : fallback;
};

async function main(): Promise<void> {
  const watchdog = setTimeout(() => {
    console.error(`[bench] still running after ${WATCHDOG_MS / 60_000} min; giving up`);
    process.exit(1);
  }, WATCHDOG_MS);
  watchdog.unref();

  const startedAt = new Date();
  await skipBacklogOfBenchGroups();

  log(`1/2 order → LAC receipt latency (hub, then bare kafkajs on ${BASELINE_LATENCY_TOPIC})`);
  const latency = await orderLatency({ orders: count('BENCH_ORDERS', 200) });
  log(`2/2 inbound status updates through the adapter (hub, then bare kafkajs on ${BASELINE_THROUGHPUT_TOPIC})`);
  const inbound = await inboundThroughput({ callbacks: count('BENCH_CALLBACKS', 2000) });

  const results = {
    startedAt: startedAt.toISOString(),
    finishedAt: new Date().toISOString(),
    machine: { node: process.version, cpus: cpus().length, cpuModel: cpus()[0]?.model ?? 'unknown', platform: `${process.platform}-${process.arch}` },
    env: { hubEnv: benchEnv.hubEnv, brokers: benchEnv.brokers.join(','), database: new URL(benchEnv.databaseUrl).pathname.slice(1) },
    orderLatency: latency,
    inboundThroughput: inbound,
  };
  mkdirSync(join(__dirname, 'results'), { recursive: true });
  writeFileSync(RESULTS, `${JSON.stringify(results, null, 2)}\n`);
  printTable(latency, inbound);
  log(`results written to ${RESULTS}`);
  clearTimeout(watchdog);
}

function printTable(latency: Awaited<ReturnType<typeof orderLatency>>, inbound: Awaited<ReturnType<typeof inboundThroughput>>): void {
  const { hub, baseline } = latency;
  const x = (r: number | null) => (r === null ? '-' : `${r}x`);
  const rows: [string, string, string, string][] = [
    ['benchmark', 'hub', 'baseline (bare kafkajs)', 'ratio'],
    ['order→LAC latency p50 (ms)', `${hub.p50}`, `${baseline.p50}`, x(latency.ratio.p50)],
    ['order→LAC latency p95 (ms)', `${hub.p95}`, `${baseline.p95}`, ''],
    ['order→LAC latency p99 (ms)', `${hub.p99}`, `${baseline.p99}`, x(latency.ratio.p99)],
    ['order→LAC latency max (ms)', `${hub.max}`, `${baseline.max}`, ''],
    ['order→LAC received / sent', `${hub.received}/${latency.params.orders}`, `${baseline.received}/${latency.params.orders}`, ''],
    ['inbound status updates / s', `${inbound.hub.perSecond}`, `${inbound.baseline.perSecond}`, x(inbound.ratio)],
    ['inbound HTTP 200s / s (HTTP only)', `${inbound.hub.httpPerSecond}`, '', ''],
    ['inbound published / sent', `${inbound.hub.published}/${inbound.params.callbacks}`, `${inbound.baseline.count - inbound.baseline.failed}/${inbound.baseline.count}`, ''],
  ];
  const widths = [34, 15, 26, 8];
  console.log('');
  for (const row of rows) console.log(row.map((cell, i) => cell.padEnd(widths[i])).join('').trimEnd());
  console.log('');
  console.log(
    `latency: ${latency.params.orders} orders at ${latency.params.ratePerSecond}/s over ${latency.params.cases} cases (open loop; latest send started ${hub.maxStartLagMs} ms late, baseline ${baseline.maxStartLagMs} ms); ` +
      `inbound: ${inbound.params.callbacks} callbacks, ${inbound.params.concurrency} in flight, over ${inbound.params.orders} orders; node ${process.version}, ${cpus().length} CPUs`,
  );
  const legs = Object.entries(hub.breakdown).map(([leg, { p50, p99 }]) => `${leg} ${p50}/${p99}`);
  console.log(`hub latency by leg, p50/p99 ms (legs end where the next transaction began): ${legs.join(' · ')}`);
  const warnings = [
    hub.received < latency.params.orders && `only ${hub.received} of ${latency.params.orders} orders reached LAC within ${latency.params.waitBoundMs / 1000} s`,
    baseline.received < latency.params.orders && `baseline: only ${baseline.received} of ${latency.params.orders} messages arrived`,
    !inbound.hub.allPublished && `inbound: ${inbound.hub.accepted} accepted, ${inbound.hub.published} published of ${inbound.params.callbacks} (bound ${inbound.params.waitBoundMs / 1000} s)`,
    inbound.baseline.failed > 0 && `baseline: ${inbound.baseline.failed} sends failed`,
  ].filter(Boolean);
  for (const warning of warnings) console.log(`WARNING: ${warning}`);
}

const log = (message: string) => console.log(`[bench] ${message}`);

main().catch((error: unknown) => {
  console.error('[bench] the benchmark broke:', error);
  process.exit(1);
});
