import { Pool } from 'pg';
import { benchEnv } from './bench-hub';
import { CpuPerUnit, cpuMeter, cpuPerUnit } from './cpu';
import { pool, round, Summary, summarize } from './stats';

/** A scratch table in the bench database, created and dropped by this baseline alone. */
export const BASELINE_BALANCE_TABLE = 'bench_balance';

export interface BalanceRun {
  count: number;
  /** Statements that moved the balance (the condition held). */
  applied: number;
  /** Statements whose condition failed (the cap would have been exceeded): 0 rows updated. */
  refused: number;
  failed: number;
  seconds: number;
  /** Applied updates per second. */
  perSecond: number;
  latencyMs: Summary;
  cpu: CpuPerUnit;
}

/**
 * Raw PostgreSQL, the least a settlement on one policy must do: `count` autocommit statements
 * `UPDATE bench_balance SET used = used + $1 WHERE id = 1 AND used + $1 <= cap` on one row, `concurrency`
 * pg clients in flight (a pg Pool of that size), so every update queues on the same row lock and commits
 * on its own. Same amount per statement and the same cap as the hub's hot policy.
 */
export async function baselineBalance({ count, concurrency, warmup, amountYen, capYen }: { count: number; concurrency: number; warmup: number; amountYen: number; capYen: number }): Promise<BalanceRun> {
  const db = new Pool({ connectionString: benchEnv.databaseUrl, max: concurrency, application_name: 'bench-baseline-balance' });
  try {
    await db.query(`DROP TABLE IF EXISTS ${BASELINE_BALANCE_TABLE}`);
    await db.query(`CREATE TABLE ${BASELINE_BALANCE_TABLE} (id int PRIMARY KEY, used bigint NOT NULL, cap bigint NOT NULL)`);
    await db.query(`INSERT INTO ${BASELINE_BALANCE_TABLE} (id, used, cap) VALUES (1, 0, $1)`, [capYen]);
    const sql = `UPDATE ${BASELINE_BALANCE_TABLE} SET used = used + $1 WHERE id = 1 AND used + $1 <= cap`;

    let applied = 0;
    let refused = 0;
    let failed = 0;
    const latencies: number[] = [];
    const update = async () => {
      const started = performance.now();
      try {
        const { rowCount } = await db.query(sql, [amountYen]);
        if (rowCount === 1) applied += 1;
        else refused += 1;
        latencies.push(performance.now() - started);
      } catch {
        failed += 1;
      }
    };
    // Warm-up, not measured: opens all the pool's connections and prepares the plan; then start from zero.
    await pool(warmup, concurrency, update);
    await db.query(`UPDATE ${BASELINE_BALANCE_TABLE} SET used = 0 WHERE id = 1`);
    applied = refused = failed = 0;
    latencies.length = 0;

    const cpu = cpuMeter();
    const started = performance.now();
    await pool(count, concurrency, update);
    const seconds = (performance.now() - started) / 1000;
    const cpuUse = cpu.stop();
    const latencyMs = summarize(latencies.map((ms) => round(ms, 1)));
    return { count, applied, refused, failed, seconds: round(seconds, 3), perSecond: round(applied / seconds), latencyMs, cpu: cpuPerUnit(cpuUse, applied) };
  } finally {
    await db.query(`DROP TABLE IF EXISTS ${BASELINE_BALANCE_TABLE}`).catch(() => undefined);
    await db.end();
  }
}
