/** Small helpers shared by the benchmarks: percentiles, pacing, bounded waiting, a concurrency pool. */

export interface Summary {
  count: number;
  p50: number;
  p95: number;
  p99: number;
  max: number;
  mean: number;
}

/** Nearest-rank percentile of an ascending array (p in 0..100). */
export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1];
}

export function summarize(values: number[]): Summary {
  const sorted = [...values].sort((a, b) => a - b);
  const mean = sorted.length ? sorted.reduce((sum, v) => sum + v, 0) / sorted.length : NaN;
  return {
    count: sorted.length,
    p50: percentile(sorted, 50),
    p95: percentile(sorted, 95),
    p99: percentile(sorted, 99),
    max: sorted.length ? sorted[sorted.length - 1] : NaN,
    mean: round(mean, 2),
  };
}

export const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, Math.max(0, ms)));

export const round = (value: number, digits = 1) => (Number.isFinite(value) ? Number(value.toFixed(digits)) : value);

/** Ratio hub / baseline, or null when either side is missing. */
export const ratio = (hub: number, baseline: number) =>
  Number.isFinite(hub) && Number.isFinite(baseline) && baseline > 0 ? round(hub / baseline, 2) : null;

/**
 * Open-loop pacing: calls `fire(i)` at `start + i * intervalMs` for i in [0, count), never waiting for an
 * earlier call to finish. Returns the promises of every call and how late the latest call started.
 */
export async function openLoop<T>(
  count: number,
  intervalMs: number,
  fire: (i: number) => Promise<T>,
): Promise<{ results: Promise<T>[]; maxStartLagMs: number }> {
  const start = Date.now() + 20;
  const results: Promise<T>[] = [];
  let maxStartLagMs = 0;
  for (let i = 0; i < count; i++) {
    const due = start + i * intervalMs;
    await sleep(due - Date.now());
    maxStartLagMs = Math.max(maxStartLagMs, Date.now() - due);
    results.push(fire(i));
  }
  return { results, maxStartLagMs };
}

/** Runs `work(i)` for i in [0, count) with at most `concurrency` calls in flight. */
export async function pool(count: number, concurrency: number, work: (i: number) => Promise<void>): Promise<void> {
  let next = 0;
  const lane = async () => {
    while (next < count) await work(next++);
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, count) }, lane));
}

/** Polls until `done()` is true or the time is up; returns whether it became true. Never throws for a timeout. */
export async function waitFor(done: () => boolean | Promise<boolean>, timeoutMs: number, intervalMs = 50): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (await done()) return true;
    if (Date.now() >= deadline) return false;
    await sleep(intervalMs);
  }
}

/** Rejects when `promise` has not settled within `ms`. */
export function withTimeout<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what}: no result within ${ms} ms`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

/** A JSON string of about `bytes` bytes, padded from `fields`. */
export function paddedJson(fields: Record<string, unknown>, bytes: number): string {
  const bare = JSON.stringify({ ...fields, pad: '' });
  return JSON.stringify({ ...fields, pad: 'x'.repeat(Math.max(0, bytes - bare.length)) });
}
