import { randomUUID } from 'node:crypto';
import { Client } from 'pg';
import type { LacStatusCallbackV1 } from '@hub/contracts';
import { postSigned } from '@hub/testing';
import { randomBytes } from 'node:crypto';
import { baselineInbound, InboundPipelineRun } from './baseline-inbound';
import { baselineThroughput, ThroughputRun } from './baseline-throughput';
import { benchEnv, startBenchAdapterAlone } from './bench-hub';
import { pool, ratio, round, sleep } from './stats';

export interface InboundThroughputResult {
  params: { callbacks: number; orders: number; concurrency: number; warmup: number; waitBoundMs: number; baselineMessageBytes: number };
  hub: {
    accepted: number;
    refused: number;
    published: number;
    allPublished: boolean;
    httpSeconds: number;
    httpPerSecond: number;
    publishedSeconds: number;
    perSecond: number;
  };
  baseline: ThroughputRun;
  ratio: number | null;
  /** Issue 12's comparison: the same callbacks through a bare Fastify + pg insert + kafkajs send pipeline (baseline-inbound.ts). */
  pipeline: InboundPipelineRun;
  pipelineRatio: number | null;
}

const WAIT_BOUND_MS = 120_000;

/**
 * Status updates per second through the LAC adapter alone: signed callbacks with LAC's bearer token, `concurrency`
 * in flight, each authenticated (token and signature), validated, stored (webhook id + outbox row in one transaction) and published to Kafka
 * by the relay. The clock stops when the last of them has `published_at` set.
 */
export async function inboundThroughput({ callbacks = 2000, concurrency = 16, warmup = 64 } = {}): Promise<InboundThroughputResult> {
  // Each callback reports on an order of its own; the baseline spreads its messages over as many keys.
  const orders = callbacks;
  const hub = await runHub({ callbacks, concurrency, warmup });
  // The hub's status event is about 500 bytes of JSON on the wire.
  const baselineMessageBytes = 500;
  const baseline = await baselineThroughput({ count: callbacks, concurrency, warmup, keys: orders, bytes: baselineMessageBytes });
  const pipeline = await baselineInbound({ count: callbacks, concurrency, warmup, secret: `whsec_${randomBytes(24).toString('base64')}` });
  return {
    params: { callbacks, orders, concurrency, warmup, waitBoundMs: WAIT_BOUND_MS, baselineMessageBytes },
    hub,
    baseline,
    ratio: ratio(hub.perSecond, baseline.perSecond),
    pipeline,
    pipelineRatio: ratio(hub.perSecond, pipeline.perSecond),
  };
}

async function runHub({ callbacks, concurrency, warmup }: { callbacks: number; concurrency: number; warmup: number }) {
  const db = new Client({ connectionString: benchEnv.databaseUrl });
  await db.connect();
  const hub = await startBenchAdapterAlone();
  try {
    // One order per callback: each callback is a new fact (a resent status and milestone counts once, publishes nothing).
    const orderIds = await seedDeliveredOrders(db, warmup + callbacks);
    const url = `${hub.adapterUrl}/lac/v1/callbacks`;
    const run = randomUUID().slice(0, 8);
    const post = async (tag: string, i: number): Promise<string | undefined> => {
      const callback: LacStatusCallbackV1 = {
        api_version: '1',
        engagement_id: orderIds[tag === 'warmup' ? i : warmup + i],
        lac_ticket: `LAC-2026-${String(i).padStart(6, '0')}`,
        status_code: 'ACCEPTED',
        reported_at: new Date().toISOString(),
      };
      const response = await postSigned(url, hub.lacSecret, callback, { webhookId: `msg_bench_${run}_${tag}_${i}`, token: hub.tokens.partner.lac }).catch(() => undefined);
      return response?.status === 200 && typeof response.body.eventId === 'string' ? response.body.eventId : undefined;
    };

    // Warm-up, not measured: connections, JIT, schema compilation; then let the relay drain it.
    const warm: string[] = [];
    await pool(warmup, concurrency, async (i) => void (await post('warmup', i).then((id) => id && warm.push(id))));
    await waitUntilPublished(db, warm, Date.now() + 30_000);

    const eventIds: string[] = [];
    const started = performance.now();
    await pool(callbacks, concurrency, async (i) => {
      const eventId = await post('m', i);
      if (eventId) eventIds.push(eventId);
    });
    const httpSeconds = (performance.now() - started) / 1000;
    const published = await waitUntilPublished(db, eventIds, Date.now() + WAIT_BOUND_MS);
    const publishedSeconds = (performance.now() - started) / 1000;
    return {
      accepted: eventIds.length,
      refused: callbacks - eventIds.length,
      published,
      allPublished: published === eventIds.length && eventIds.length === callbacks,
      httpSeconds: round(httpSeconds, 3),
      httpPerSecond: round(eventIds.length / httpSeconds),
      publishedSeconds: round(publishedSeconds, 3),
      perSecond: round(published / publishedSeconds),
    };
  } finally {
    await hub.stop();
    await db.end();
  }
}

/**
 * Bench setup, not a product path: LAC orders the adapter already delivered, so callbacks about them are
 * accepted. Inserted straight into partner_deliveries.
 */
async function seedDeliveredOrders(db: Client, count: number): Promise<string[]> {
  const orderIds = Array.from({ length: count }, () => randomUUID());
  await db.query(
    `INSERT INTO partner_deliveries (id, partner_id, order_id, case_id, correlation_id, webhook_id, payload, status)
     SELECT gen_random_uuid(), 'lac', o, gen_random_uuid(), 'bench-' || o, 'msg_bench_seed_' || replace(o::text, '-', ''), '{}', 'delivered'
       FROM unnest($1::uuid[]) AS o`,
    [orderIds],
  );
  return orderIds;
}

/** Polls the outbox until every event id is published or the deadline passes; returns how many are. */
async function waitUntilPublished(db: Client, eventIds: string[], deadline: number): Promise<number> {
  for (;;) {
    const { rows } = await db.query<{ published: number }>(
      'SELECT count(*)::int AS published FROM outbox_messages WHERE event_id = ANY($1::text[]) AND published_at IS NOT NULL',
      [eventIds],
    );
    const published = rows[0].published;
    if (published === eventIds.length || Date.now() >= deadline) return published;
    await sleep(25);
  }
}
