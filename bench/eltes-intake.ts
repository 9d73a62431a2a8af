import { randomUUID } from 'node:crypto';
import { Client } from 'pg';
import { postSigned } from '@hub/testing';
import { alertBurst } from '@apps/adapter-eltes/sim/alert-burst';
import type { ThroughputRun } from './baseline-throughput';
import { benchEnv, startBenchHub } from './bench-hub';
import { ratio, round, sleep, summarize } from './stats';

export interface EltesIntakeResult {
  params: { alerts: number; batchSize: number; repeatShare: number; batches: number; waitBoundMs: number };
  hub: {
    accepted: number;
    distinct: number;
    repeated: number;
    allPublished: boolean;
    httpSeconds: number;
    publishedSeconds: number;
    /** Alerts judged and handed on per second, repeats included (the partner sends them; each is judged). */
    perSecond: number;
    distinctPerSecond: number;
    batchMs: { p50: number; p95: number };
    requestMB: number;
  };
  /** The inbound benchmark's bare-kafkajs run, the same baseline in the same run. */
  baselinePerSecond: number;
  ratio: number | null;
}

const WAIT_BOUND_MS = 120_000;

/**
 * Eltes's alert intake: bursts of alerts in batches of 1,000 (30% repeats, within and across batches and under other
 * link forms) through `POST /eltes/v1/alerts`, one batch in flight on one order, as Eltes's crawler sends them. Each
 * batch is authenticated (token, signature over ~0.5 MB), validated, mapped (URLs normalised), judged against what was
 * received before and published in size-bounded events; the clock stops when the last event has `published_at` set.
 */
export async function eltesIntake({ alerts = 10_000, batchSize = 1_000, baseline }: { alerts?: number; batchSize?: number; baseline: ThroughputRun }): Promise<EltesIntakeResult> {
  const repeatShare = 0.3;
  const db = new Client({ connectionString: benchEnv.databaseUrl });
  await db.connect();
  const tokenIssuer = await startBenchHub({ apps: ['core'] });
  let hub;
  try {
    hub = await startBenchHub({ apps: ['adapter-eltes'] });
  } finally {
    await tokenIssuer.stop();
  }
  try {
    const adapter = hub.adapters.eltes;
    const [warmOrder, order] = await seedDeliveredOrders(db, 2);
    const post = (body: unknown) => postSigned(`${adapter.url}/eltes/v1/alerts`, adapter.secret, body, { webhookId: `msg_bench_${randomUUID().replace(/-/g, '')}`, token: hub.tokens.partner.eltes });
    const burst = (requestId: string, total: number, seed: number) => alertBurst({ requestId, total, batchSize, repeatShare, urgentShare: 0.01, seed, startAt: new Date() }).batches;

    // Warm-up, not measured: connections, JIT, the contracts' compilation.
    for (const batch of burst(warmOrder, batchSize, 7)) await post(batch);
    const [{ max }] = (await db.query<{ max: string | null }>('SELECT max(id)::text AS max FROM outbox_messages')).rows;
    const batches = burst(order, alerts, 42);
    const requestBytes = batches.reduce((sum, b) => sum + Buffer.byteLength(JSON.stringify(b)), 0);

    const batchMs: number[] = [];
    let distinct = 0;
    let repeated = 0;
    const started = performance.now();
    for (const batch of batches) {
      const sent = performance.now();
      const answer = await post(batch);
      batchMs.push(performance.now() - sent);
      if (answer.status !== 202) throw new Error(`Eltes batch answered ${answer.status}: ${JSON.stringify(answer.body).slice(0, 300)}`);
      const { counts } = answer.body as { counts: { new: number; repeated: number } };
      distinct += counts.new;
      repeated += counts.repeated;
    }
    const httpSeconds = (performance.now() - started) / 1000;
    const allPublished = await waitUntilPublished(db, max ?? '0', Date.now() + WAIT_BOUND_MS);
    const publishedSeconds = (performance.now() - started) / 1000;
    const perSecond = round((distinct + repeated) / publishedSeconds);
    return {
      params: { alerts, batchSize, repeatShare, batches: batches.length, waitBoundMs: WAIT_BOUND_MS },
      hub: {
        accepted: distinct + repeated,
        distinct,
        repeated,
        allPublished,
        httpSeconds: round(httpSeconds, 3),
        publishedSeconds: round(publishedSeconds, 3),
        perSecond,
        distinctPerSecond: round(distinct / publishedSeconds),
        batchMs: { p50: round(summarize(batchMs).p50), p95: round(summarize(batchMs).p95) },
        requestMB: round(requestBytes / 1_048_576, 2),
      },
      baselinePerSecond: baseline.perSecond,
      ratio: ratio(perSecond, baseline.perSecond),
    };
  } finally {
    await hub.stop();
    await db.end();
  }
}

/** Bench setup, not a product path: Eltes monitoring orders the adapter already delivered, inserted straight into partner_deliveries. */
async function seedDeliveredOrders(db: Client, count: number): Promise<string[]> {
  const orderIds = Array.from({ length: count }, () => randomUUID());
  await db.query(
    `INSERT INTO partner_deliveries (id, partner_id, order_id, case_id, correlation_id, webhook_id, payload, status)
     SELECT gen_random_uuid(), 'eltes', o, gen_random_uuid(), 'bench-' || o, 'msg_bench_seed_' || replace(o::text, '-', ''), '{}', 'delivered'
       FROM unnest($1::uuid[]) AS o`,
    [orderIds],
  );
  return orderIds;
}

/** Polls until the Eltes adapter's outbox rows written after `afterId` are all published, or the deadline passes. */
async function waitUntilPublished(db: Client, afterId: string, deadline: number): Promise<boolean> {
  for (;;) {
    const { rows } = await db.query<{ waiting: number; written: number }>(
      `SELECT count(*) FILTER (WHERE published_at IS NULL)::int AS waiting, count(*)::int AS written
         FROM outbox_messages WHERE source_app = 'adapter-eltes' AND id > $1::bigint`,
      [afterId],
    );
    if ((rows[0].written > 0 && rows[0].waiting === 0) || Date.now() >= deadline) return rows[0].waiting === 0 && rows[0].written > 0;
    await sleep(25);
  }
}
