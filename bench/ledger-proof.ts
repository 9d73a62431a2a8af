import { Client } from 'pg';
import { DataSource, EntityManager } from 'typeorm';
import { postgresOptions } from '@hub/persistence';
import { type CounterBreak, LedgerProofRepository } from '@apps/reconciler/src/jobs/ledger/ledger-proof.repository';
import { benchEnv } from './bench-hub';
import { ratio, round, withTimeout } from './stats';

export interface LedgerProofResult {
  params: {
    postings: number;
    counters: number;
    policies: number;
    cases: number;
    runs: number;
    warmup: number;
    planted: number;
    /** Rows in limit_postings when timed (the other benchmarks' postings included): what both sides read. */
    tablePostings: number;
    seedSeconds: number;
    /** Seconds per seeding statement: policies, cases and counters; postings; counter totals; VACUUM ANALYZE. */
    seedSteps: Record<string, number>;
    maxParallelWorkersPerGather: string;
    workMem: string;
  };
  /** LedgerProofRepository.counterBreaks through a TypeORM DataSource, as the reconciler's ledger job calls it. */
  hub: LedgerProofSide & { breaksFound: number; statements: number; plan: string[]; postingsScans: number };
  /** `SELECT sum(yen) FROM limit_postings` with pg on the same database. */
  baseline: LedgerProofSide & { sumYen: string };
  /** Baseline seconds / hub seconds (postings per second, hub / baseline): the hub's speed as a fraction of the bare sum. */
  ratio: number | null;
}

interface LedgerProofSide {
  /** Each timed run, in order (hub and baseline alternate). */
  seconds: number[];
  medianSeconds: number;
  postingsPerSecond: number;
}

/** Seeding and the runs are seconds each on this machine; this only catches a hang, it is not a timer. */
const BOUND_MS = 5 * 60_000;
const PER_POLICY = { periodCounters: 2, cases: 4, counterPerCase: 2 };
const COUNTERS_PER_POLICY = PER_POLICY.periodCounters + PER_POLICY.cases * PER_POLICY.counterPerCase;
/** Prefixes of the seeded ids (UUID v4 layout), so the seed needs no lookups and never meets the hub's random ids. */
const ID = { policy: 'be0c0001', case: 'be0c0002', source: 'be0c0003' };
const uuid = (prefix: string, n: string) => `('${prefix}-0000-4000-8000-' || lpad(to_hex(${n}), 12, '0'))::uuid`;

/**
 * The reconciler's ledger proof (every limit counter equals the sum of its postings and stays within its cap) over
 * `postings` postings spread over about `counters` counters, seeded in set-based SQL: one pass in PostgreSQL, timed
 * against a bare `SELECT sum(yen)` over the same table in the same run (hub and baseline alternate, after one warm-up
 * each). The seeded ledger is consistent; the warm-up proves it (no break at all), then three breaks are planted and
 * every timed run must find exactly those, or the benchmark fails. Its rows stay: it runs last.
 */
export async function ledgerProof({ postings = 1_000_000, counters = 10_000, runs = 5 } = {}): Promise<LedgerProofResult> {
  const policies = Math.max(1, Math.round(counters / COUNTERS_PER_POLICY));
  const dataSource = await new DataSource(postgresOptions(benchEnv.databaseUrl, [], { applicationName: 'bench-ledger-proof', poolSize: 1 })).initialize();
  const pg = new Client({ connectionString: benchEnv.databaseUrl, application_name: 'bench-ledger-proof-baseline' });
  await pg.connect();
  try {
    return await withTimeout(measure(dataSource.manager, pg, { postings, policies, runs }), BOUND_MS, 'ledger proof benchmark');
  } finally {
    await pg.end();
    await dataSource.destroy();
  }
}

async function measure(db: EntityManager, pg: Client, { postings, policies, runs }: { postings: number; policies: number; runs: number }): Promise<LedgerProofResult> {
  const proof = new LedgerProofRepository();

  const seedStarted = performance.now();
  const { counterIds, steps: seedSteps } = await seed(pg, policies, postings);
  const seedSeconds = (performance.now() - seedStarted) / 1000;

  const settings = async (name: string) => ((await pg.query(`SELECT current_setting($1) AS value`, [name])).rows[0] as { value: string }).value;
  const bareSum = async () => ((await pg.query('SELECT sum(yen)::text AS sum FROM limit_postings')).rows[0] as { sum: string | null }).sum;
  const timed = async <T>(work: () => Promise<T>): Promise<{ seconds: number; value: T }> => {
    const started = performance.now();
    const value = await work();
    return { seconds: (performance.now() - started) / 1000, value };
  };

  // Warm-up, not measured: the pages into shared buffers, the plans. The ledger as seeded must hold (no break at all,
  // the other benchmarks' counters included).
  const clean = await proof.counterBreaks(db);
  if (clean.length > 0) throw new Error(`ledger proof: the seeded ledger should hold, yet ${clean.length} counters break: ${describe(clean.slice(0, 10))}`);
  await bareSum();

  const planted = await plant(pg, counterIds);
  const tablePostings = Number(((await pg.query('SELECT count(*)::text AS n FROM limit_postings')).rows[0] as { n: string }).n);
  const expectPlanted = (found: CounterBreak[]) => {
    const wrong = found.filter((b) => planted.get(b.counterId) !== b.usedYen - b.postedYen);
    const missed = [...planted.keys()].filter((id) => !found.some((b) => b.counterId === id));
    if (wrong.length > 0 || missed.length > 0) {
      throw new Error(`ledger proof: expected exactly the ${planted.size} planted breaks (${[...planted].map(([id, d]) => `counter ${id} off by ${d}`).join(', ')}); ` + `found ${found.length}, ${wrong.length} not planted: ${describe(wrong.slice(0, 10))}; missed: ${missed.join(', ') || 'none'}`);
    }
  };

  // One unmeasured pass that records what the proof sends: how many statements and how PostgreSQL runs them.
  const statements: string[] = [];
  const recording = new Proxy(db, {
    get: (target, key, receiver) =>
      key === 'query'
        ? (sql: string, parameters?: unknown[]) => {
            statements.push(sql);
            return target.query(sql, parameters);
          }
        : Reflect.get(target, key, receiver),
  });
  expectPlanted(await proof.counterBreaks(recording));
  const plan = statements.length === 1 ? await planOf(pg, statements[0]) : [];

  const hubSeconds: number[] = [];
  const baselineSeconds: number[] = [];
  let breaksFound = 0;
  let sumYen: string | null = null;
  for (let i = 0; i < runs; i++) {
    const hub = await timed(() => proof.counterBreaks(db));
    expectPlanted(hub.value);
    breaksFound = hub.value.length;
    hubSeconds.push(round(hub.seconds, 3));
    const baseline = await timed(bareSum);
    if (baseline.value === null || (sumYen !== null && baseline.value !== sumYen)) throw new Error(`ledger proof baseline: sum(yen) was ${sumYen}, now ${baseline.value}`);
    sumYen = baseline.value;
    baselineSeconds.push(round(baseline.seconds, 3));
  }

  const hubMedian = median(hubSeconds);
  const baselineMedian = median(baselineSeconds);
  const perSecond = (seconds: number) => round(tablePostings / seconds, 0);
  return {
    params: {
      postings,
      counters: policies * COUNTERS_PER_POLICY,
      policies,
      cases: policies * PER_POLICY.cases,
      runs,
      warmup: 1,
      planted: planted.size,
      tablePostings,
      seedSeconds: round(seedSeconds),
      seedSteps,
      maxParallelWorkersPerGather: await settings('max_parallel_workers_per_gather'),
      workMem: await settings('work_mem'),
    },
    hub: {
      seconds: hubSeconds,
      medianSeconds: hubMedian,
      postingsPerSecond: perSecond(hubMedian),
      breaksFound,
      statements: statements.length,
      plan,
      postingsScans: plan.filter((node) => node.endsWith(' on limit_postings')).length,
    },
    baseline: { seconds: baselineSeconds, medianSeconds: baselineMedian, postingsPerSecond: perSecond(baselineMedian), sumYen: sumYen ?? '' },
    ratio: ratio(perSecond(hubMedian), perSecond(baselineMedian)),
  };
}

/**
 * `policies` policies (1 year, ¥300M liability, ¥100M expense sublimit), 4 confirmed cases each, and per policy its two
 * period counters and per case two accident counters; then `postings` postings dealt round-robin over the counters
 * (so each counter's postings are spread over the table, as over time), every 20th round a credit note (negative);
 * then each counter's used yen set to the sum of its postings, well within its cap. Set-based statements; ANALYZE.
 * Returns the seeded counters' ids.
 */
async function seed(pg: Client, policies: number, postings: number): Promise<{ counterIds: string[]; steps: Record<string, number> }> {
  const cases = policies * PER_POLICY.cases;
  const steps: Record<string, number> = {};
  let stepStarted = performance.now();
  const stepDone = (name: string) => {
    steps[name] = round((performance.now() - stepStarted) / 1000, 2);
    stepStarted = performance.now();
  };
  await pg.query(
    `INSERT INTO policies (id, policy_number, product, insured_name, period_start, period_end, retroactive_date, first_inception_date, liability_limit_yen, expense_sublimit_yen)
     SELECT ${uuid(ID.policy, 'g')}, 'BENCH-LP-' || lpad(g::text, 7, '0'), 'cyber-lite', 'ベンチ株式会社 ' || g,
            date '2025-04-01', date '2026-04-01', date '2025-04-01', date '2025-04-01', 300000000, 100000000
       FROM generate_series(1, $1::int) g`,
    [policies],
  );
  await pg.query(
    `INSERT INTO cases (id, policy_id, incident_kind, event_kind, incident_summary, discovered_at, contact_name, contact_phone, requested_functions, coverage_status, coverage_decided_by, coverage_decided_at)
     SELECT ${uuid(ID.case, 'g')}, ${uuid(ID.policy, `(g - 1) / ${PER_POLICY.cases} + 1`)}, 'leak', 'leak', 'ベンチ: 元帳証明', timestamptz '2025-06-01 09:00+09',
            '担当 ' || g, '03-0000-0000', ARRAY['investigation'], 'confirmed', 'bench', timestamptz '2025-06-01 10:00+09'
       FROM generate_series(1, $1::int) g`,
    [cases],
  );
  const inserted = await pg.query<{ id: string }>(
    `INSERT INTO limit_counters (policy_id, case_id, counter, limit_yen)
     SELECT ${uuid(ID.policy, 'g')}, NULL, n.counter, n.limit_yen
       FROM generate_series(1, $1::int) g, (VALUES ('period_expense', 100000000), ('period_liability', 300000000)) n (counter, limit_yen)
     UNION ALL
     SELECT ${uuid(ID.policy, `(g - 1) / ${PER_POLICY.cases} + 1`)}, ${uuid(ID.case, 'g')}, n.counter, n.limit_yen
       FROM generate_series(1, $2::int) g, (VALUES ('accident_expense', 100000000), ('accident_deductible', 1000000)) n (counter, limit_yen)
     RETURNING id`,
    [policies, cases],
  );
  const counterIds = inserted.rows.map((r) => String(r.id));
  stepDone('policiesCasesCounters');
  // Counter k gets postings k, k + n, k + 2n, …: about postings / n each, of ¥500–¥4,999, every 20th a credit note of
  // −¥1–¥97: under ¥500,000 per counter of 100 postings, within the smallest cap, and never below zero. The foreign
  // keys are dropped for the load and put back as they were (PostgreSQL's advice for bulk loads): putting one back
  // checks every row in one pass, where keeping it checks row by row, which doubles the load.
  await pg.query('BEGIN');
  try {
    const foreignKeys = await pg.query<{ name: string; definition: string }>(
      `SELECT conname AS name, pg_get_constraintdef(oid) AS definition FROM pg_constraint WHERE conrelid = 'limit_postings'::regclass AND contype = 'f'`,
    );
    for (const { name } of foreignKeys.rows) await pg.query(`ALTER TABLE limit_postings DROP CONSTRAINT ${pg.escapeIdentifier(name)}`);
    await pg.query(
      `INSERT INTO limit_postings (counter_id, source_kind, source_id, yen, posted_at)
       SELECT ($1::bigint[])[(1 + g % n)::int],
              CASE WHEN (g / n) % 20 = 19 THEN 'credit_note' ELSE 'settlement' END,
              ${uuid(ID.source, 'g')},
              CASE WHEN (g / n) % 20 = 19 THEN -(1 + g % 97) ELSE 500 + (g * 7919 + (g / n) * 4729) % 4500 END,
              timestamptz '2025-06-01 00:00+09' + g * interval '10 seconds'
         FROM generate_series(0, $2::bigint - 1) g, (SELECT cardinality($1::bigint[]) AS n) c`,
      [counterIds, postings],
    );
    for (const { name, definition } of foreignKeys.rows) await pg.query(`ALTER TABLE limit_postings ADD CONSTRAINT ${pg.escapeIdentifier(name)} ${definition}`);
    await pg.query('COMMIT');
  } catch (error) {
    await pg.query('ROLLBACK').catch(() => undefined);
    throw error;
  }
  stepDone('postings');
  await pg.query(
    `UPDATE limit_counters c SET used_yen = s.posted
       FROM (SELECT counter_id, sum(yen) AS posted FROM limit_postings WHERE counter_id = ANY ($1::bigint[]) GROUP BY counter_id) s
      WHERE c.id = s.counter_id`,
    [counterIds],
  );
  stepDone('counterTotals');
  await pg.query('VACUUM ANALYZE policies, cases, limit_counters, limit_postings');
  stepDone('vacuumAnalyze');
  return { counterIds, steps };
}

/**
 * Three breaks on three counters, each a yen: a counter moved without a posting (down, then up), and a posting
 * written without moving its counter. A counter above its cap cannot be planted: the CHECK refuses it. Returns
 * counter id → what the proof must report as used − posted.
 */
async function plant(pg: Client, counterIds: string[]): Promise<Map<string, number>> {
  const pick = (share: number) => counterIds[Math.floor(counterIds.length * share)];
  const [down, up, unposted] = [pick(0.137), pick(0.5), pick(0.861)];
  await pg.query('UPDATE limit_counters SET used_yen = used_yen - 1 WHERE id = $1', [down]);
  await pg.query('UPDATE limit_counters SET used_yen = used_yen + 1 WHERE id = $1', [up]);
  await pg.query(`INSERT INTO limit_postings (counter_id, source_kind, source_id, yen) VALUES ($1, 'settlement', ${uuid(ID.source, '0')}, 1)`, [unposted]);
  await pg.query('ANALYZE limit_counters, limit_postings');
  return new Map([
    [down, -1],
    [up, 1],
    [unposted, -1],
  ]);
}

/** The plan's nodes, depth first: `Node Type[ on relation]`. */
async function planOf(pg: Client, sql: string): Promise<string[]> {
  interface PlanNode {
    'Node Type': string;
    'Relation Name'?: string;
    Plans?: PlanNode[];
  }
  const { rows } = await pg.query<{ 'QUERY PLAN': { Plan: PlanNode }[] }>(`EXPLAIN (FORMAT JSON) ${sql}`);
  const nodes: string[] = [];
  const walk = (node: PlanNode) => {
    nodes.push(node['Relation Name'] ? `${node['Node Type']} on ${node['Relation Name']}` : node['Node Type']);
    node.Plans?.forEach(walk);
  };
  walk(rows[0]['QUERY PLAN'][0].Plan);
  return nodes;
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return round(sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2, 3);
};

const describe = (breaks: CounterBreak[]) => breaks.map((b) => `counter ${b.counterId} (${b.counter} of ${b.policyNumber}) used ${b.usedYen}, posted ${b.postedYen}, cap ${b.limitYen}`).join('; ') || 'none';
