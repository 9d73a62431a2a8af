import { coreClient } from '../test/support/core-client';
import { lacOrder } from '../test/support/demo-requests';
import { baselineLatency, LatencyRun } from './baseline-latency';
import { startBenchAppsApart, startBenchHub } from './bench-hub';
import { LatencyBreakdown, latencyBreakdown, OrderTiming } from './latency-breakdown';
import { openLoop, ratio, summarize, waitFor } from './stats';

export interface OrderLatencyResult {
  params: { orders: number; ratePerSecond: number; cases: number; warmup: number; waitBoundMs: number; apps: LatencyApps };
  hub: LatencyRun & { breakdown: LatencyBreakdown };
  baseline: LatencyRun;
  ratio: { p50: number | null; p99: number | null };
}

const WAIT_BOUND_MS = 60_000;

/**
 * `apart` (the default): core and the LAC adapter as processes of their own, as deployed (startBenchAppsApart);
 * `in-process` (BENCH_LATENCY_APPS=in-process): every app in the bench's process, as the tests start them.
 */
export type LatencyApps = 'apart' | 'in-process';
const LATENCY_APPS: LatencyApps = process.env.BENCH_LATENCY_APPS === 'in-process' ? 'in-process' : 'apart';

/**
 * Order → LAC receipt: the time from just before core's POST /cases/{id}/orders until the simulated LAC
 * system records the signed engagement request (core → outbox → Kafka → adapter inbox → delivery worker
 * → HTTP). Open loop at a steady rate; LAC's own callbacks are pushed out of the window (10 min steps).
 */
export async function orderLatency({ orders = 200, ratePerSecond = 10, cases = 20, warmup = 5 } = {}): Promise<OrderLatencyResult> {
  const intervalMs = 1000 / ratePerSecond;
  const { run, timings } = await runHub({ orders, intervalMs, cases, warmup, apps: LATENCY_APPS });
  const hub = { ...run, breakdown: await latencyBreakdown(timings) };
  const baseline = await baselineLatency({ count: orders, intervalMs, warmup, keys: cases });
  return {
    params: { orders, ratePerSecond, cases, warmup, waitBoundMs: WAIT_BOUND_MS, apps: LATENCY_APPS },
    hub,
    baseline,
    ratio: { p50: ratio(hub.p50, baseline.p50), p99: ratio(hub.p99, baseline.p99) },
  };
}

async function runHub({ orders, intervalMs, cases, warmup, apps }: { orders: number; intervalMs: number; cases: number; warmup: number; apps: LatencyApps }) {
  const started = apps === 'apart' ? await startBenchAppsApart({ simStepDelayMs: 600_000 }) : await startBenchHub({ simStepDelayMs: 600_000 }).then((hub) => ({ hub, stop: () => hub.stop() }));
  const { hub } = started;
  try {
    const core = coreClient(hub.as);
    const caseIds: string[] = [];
    for (let i = 0; i < cases; i++) caseIds.push((await core.openCase({ confirm: true })).caseId);

    const issue = async (caseId: string): Promise<{ orderId: string; sentAt: number } | undefined> => {
      const sentAt = Date.now();
      const response = await hub.as.coordinator.post(`/cases/${caseId}/orders`).send(lacOrder());
      return response.status === 201 ? { orderId: response.body.orderId as string, sentAt } : undefined;
    };

    // Warm-up, not measured: the first order through each path compiles schemas, fills pools, JITs.
    const warm: string[] = [];
    for (let i = 0; i < warmup; i++) {
      const issued = await issue(caseIds[i % cases]);
      if (issued) warm.push(issued.orderId);
    }
    await waitFor(() => warm.every((id) => hub.lac.find(id)), 30_000);

    const { results, maxStartLagMs } = await openLoop(orders, intervalMs, (i) => issue(caseIds[i % cases]).catch(() => undefined));
    const issued = (await Promise.all(results)).filter((r) => r !== undefined);
    await waitFor(() => issued.every(({ orderId }) => hub.lac.find(orderId)), WAIT_BOUND_MS);
    const timings: OrderTiming[] = issued.flatMap(({ orderId, sentAt }) => {
      const received = hub.lac.find(orderId);
      return received ? [{ orderId, sentAtMs: sentAt, receivedAtMs: received.receivedAtMs }] : [];
    });
    const latencies = timings.map((t) => t.receivedAtMs - t.sentAtMs);
    const run: LatencyRun = { ...summarize(latencies), sent: issued.length, received: latencies.length, failedSends: orders - issued.length, maxStartLagMs };
    return { run, timings };
  } finally {
    await started.stop();
  }
}
