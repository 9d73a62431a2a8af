import { Client } from 'pg';
import { TOPICS } from '@hub/messaging';
import { benchEnv } from './bench-hub';
import { summarize } from './stats';

export interface OrderTiming {
  orderId: string;
  sentAtMs: number;
  receivedAtMs: number;
}

/** Median and p99 (ms) of each leg of order → LAC, from the timestamps the hub already stores. */
export type LatencyBreakdown = Record<string, { p50: number; p99: number }>;

/**
 * Splits each order's latency at the points where the hub writes a timestamp. PostgreSQL's now() is the
 * start of the writing transaction, so each leg ends when the next step's transaction began:
 *  - core request       POST sent → core's transaction began (HTTP, routing, contract validation)
 *  - core tx + relay     → the relay's transaction began (core's commit, then the relay noticing the rows)
 *  - Kafka → inbox       → the adapter's inbox transaction began (send acks -1, consumer fetch, parse)
 *  - inbox + worker      → a delivery worker claimed it and began its first attempt (inbox commit, then a lane
 *                          noticing it; the attempt's own record says when, since the claim holds no transaction)
 *  - delivery HTTP       → LAC (simulated) recorded it (signing, POST, verification in the simulator)
 */
export async function latencyBreakdown(timings: OrderTiming[]): Promise<LatencyBreakdown> {
  const db = new Client({ connectionString: benchEnv.databaseUrl });
  await db.connect();
  try {
    const { rows } = await db.query<{ order_id: string; created: number; published: number; handed_off: number; claimed: number }>(
      `SELECT d.order_id,
              extract(epoch FROM o.created_at) * 1000   AS created,
              extract(epoch FROM o.published_at) * 1000 AS published,
              extract(epoch FROM d.created_at) * 1000   AS handed_off,
              (SELECT extract(epoch FROM min(a.started_at)) * 1000 FROM delivery_attempts a WHERE a.delivery_id = d.id) AS claimed
         FROM partner_deliveries d
         JOIN outbox_messages o ON o.topic = $2 AND o.value -> 'payload' ->> 'orderId' = d.order_id::text
        WHERE d.order_id = ANY($1::uuid[])`,
      [timings.map((t) => t.orderId), TOPICS.orderIssued.name],
    );
    const byOrder = new Map(rows.map((r) => [r.order_id, r]));
    const legs: Record<string, number[]> = { 'core request': [], 'core tx + relay': [], 'Kafka → inbox': [], 'inbox + worker': [], 'delivery HTTP': [] };
    for (const t of timings) {
      const r = byOrder.get(t.orderId);
      if (!r || r.published === null || r.claimed === null) continue;
      const points = [t.sentAtMs, Number(r.created), Number(r.published), Number(r.handed_off), Number(r.claimed), t.receivedAtMs];
      Object.values(legs).forEach((values, i) => values.push(points[i + 1] - points[i]));
    }
    return Object.fromEntries(
      Object.entries(legs).map(([leg, values]) => {
        const { p50, p99 } = summarize(values);
        return [leg, { p50: Math.round(p50 * 10) / 10, p99: Math.round(p99 * 10) / 10 }];
      }),
    );
  } finally {
    await db.end();
  }
}
