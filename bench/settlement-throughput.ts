import type { InvoiceV2 } from '@hub/contracts';
import { coreClient } from '../test/support/core-client';
import { invoiceFor } from '../test/support/invoices';
import { acceptedOrder, confirmedCase, registerPolicy } from '../test/support/settlement-setup';
import { BalanceRun, baselineBalance } from './baseline-balance';
import { skipBacklogOfBenchGroups, startBenchHub } from './bench-hub';
import { CpuPerUnit, cpuMeter, cpuPerUnit } from './cpu';
import { QueryProfile, startQueryProfile } from './query-profile';
import { pool, ratio, round, Summary, summarize, withTimeout } from './stats';

export interface SettlementRun {
  sent: number;
  /** 201 with state `settled`: the only responses counted. */
  settled: number;
  /** Of those, settled with nothing retained (the limits never ran out). */
  fullyCovered: number;
  /** Anything else: another status, another state, or no response. */
  failed: number;
  seconds: number;
  perSecond: number;
  latencyMs: Summary;
  cpu: CpuPerUnit;
}

export interface SettlementThroughputResult {
  params: {
    settlements: number;
    policies: number;
    concurrency: number;
    warmup: number;
    hot: { cases: number; orders: number };
    liabilityLimitYen: number;
    expenseSublimitYen: number;
    unitPriceYen: number;
    grossYen: number;
    profileInvoices: number;
    setupSeconds: number;
    setupBoundMs: number;
  };
  hub: { hot: SettlementRun; spread: SettlementRun };
  baseline: BalanceRun;
  ratio: { hot: number | null; spread: number | null };
  /** Unmeasured pass after the timed runs: SQL round trips per settlement and the policy lock's wait and hold. */
  profile: { hot: QueryProfile; spread: QueryProfile };
}

/** Setup only (policies, cases, accepted orders over HTTP); the bound catches a hang, it is not a timer. */
const SETUP_BOUND_MS = 10 * 60_000;
/** Same terms on every policy: サイバーLite, liability ¥300M, expense sublimit ¥100M, deductible ¥0. */
const LIABILITY_LIMIT_YEN = 300_000_000;
const EXPENSE_SUBLIMIT_YEN = 100_000_000;
const HOT_CASES = 4;
const HOT_ORDERS_PER_CASE = 4;
/** The invoice approval threshold is ¥5M gross and an order's estimate ¥3.3M (+10%): stay well below both. */
const MAX_UNIT_PRICE_YEN = 300_000;

/**
 * Settlements per second through core's POST /invoices, sent as LAC with its bearer token (checked on every
 * request, as in production): validation, the order and case checks, the
 * invoice row, then the settlement under the policy's ledger lock (counters, decision, postings, payout,
 * outbox, timeline), one transaction per invoice. Once with every invoice on one hot policy (decisions
 * serialised by its row lock), once spread over `policies` policies; closed loop, `concurrency` in
 * flight. Baseline: a bare conditional UPDATE of one balance row, same count and concurrency.
 */
export async function settlementThroughput({ settlements = 1000, policies = 1000, concurrency = 16, warmup = 64, profileInvoices = 100 } = {}): Promise<SettlementThroughputResult> {
  // One price for every invoice, low enough that the hot policy's ¥100M expense sublimit covers all of
  // them (warm-up and profile pass included): every settlement does the same work, a payout included.
  const hotInvoices = warmup + settlements + profileInvoices;
  const unitPriceYen = Math.max(1, Math.min(MAX_UNIT_PRICE_YEN, Math.floor(EXPENSE_SUBLIMIT_YEN / hotInvoices / 1.1 / 1000) * 1000));
  const grossYen = invoiceFor('lac', '00000000-0000-4000-8000-000000000000', [line(unitPriceYen, 0)]).stated.grossYen;

  // Core consumes status updates: skip those the inbound benchmark left, or core would work them off now.
  await skipBacklogOfBenchGroups();
  const hub = await startBenchHub({ apps: ['core'] });
  let setupSeconds = 0;
  let runs: { hot: SettlementRun; spread: SettlementRun; profile: { hot: QueryProfile; spread: QueryProfile } };
  try {
    const core = coreClient(hub.as);
    const db = hub.dataSource;
    const terms = { liabilityLimitYen: LIABILITY_LIMIT_YEN, expenseSublimitYen: EXPENSE_SUBLIMIT_YEN };

    // Setup, not timed.
    const setupStarted = performance.now();
    const hotOrders = await withTimeout(
      (async () => {
        const policyNumber = await registerPolicy(core, terms);
        const orderIds: string[] = [];
        for (let c = 0; c < HOT_CASES; c++) {
          const caseId = await confirmedCase(core, policyNumber);
          for (let o = 0; o < HOT_ORDERS_PER_CASE; o++) orderIds.push(await acceptedOrder(core, db, caseId, 'lac', 'investigation'));
        }
        return orderIds;
      })(),
      SETUP_BOUND_MS,
      'hot policy setup',
    );
    const spreadOrders: string[] = [];
    await withTimeout(
      pool(policies, concurrency, async (i) => {
        const policyNumber = await registerPolicy(core, terms);
        spreadOrders[i] = await acceptedOrder(core, db, await confirmedCase(core, policyNumber), 'lac', 'investigation');
      }),
      SETUP_BOUND_MS,
      `setup of ${policies} policies`,
    );
    setupSeconds = (performance.now() - setupStarted) / 1000;

    const submit = async (invoice: InvoiceV2): Promise<{ ms: number; settled: boolean; fullyCovered: boolean }> => {
      const started = performance.now();
      const response = await hub.as.partner.lac.post('/invoices').send(invoice).catch(() => undefined);
      const ms = performance.now() - started;
      const settled = response?.status === 201 && response.body.state === 'settled';
      return { ms, settled, fullyCovered: settled && response.body.settlement?.retainedYen === 0 };
    };
    const invoicesPerOrder = new Map<string, number>();
    const run = async (count: number, orderIds: string[], tag: string): Promise<SettlementRun> => {
      // Built before the clock starts; invoice i goes to order i mod n, so 16 in flight touch 16 orders.
      // Each order's invoices a yen apart: the same partner, order, amount and date twice is held as a possible
      // duplicate, which would take the invoice off the settlement path this measures.
      const invoices = Array.from({ length: count }, (_, i) => {
        const orderId = orderIds[i % orderIds.length];
        const sent = invoicesPerOrder.get(orderId) ?? 0;
        invoicesPerOrder.set(orderId, sent + 1);
        return invoiceFor('lac', orderId, [line(unitPriceYen - sent, i, tag)]);
      });
      const latencies: number[] = [];
      let settled = 0;
      let fullyCovered = 0;
      const cpu = cpuMeter();
      const started = performance.now();
      await pool(count, concurrency, async (i) => {
        const result = await submit(invoices[i]);
        if (!result.settled) return;
        settled += 1;
        if (result.fullyCovered) fullyCovered += 1;
        latencies.push(round(result.ms, 1));
      });
      const seconds = (performance.now() - started) / 1000;
      const cpuUse = cpu.stop();
      return {
        sent: count,
        settled,
        fullyCovered,
        failed: count - settled,
        seconds: round(seconds, 3),
        perSecond: round(settled / seconds),
        latencyMs: summarize(latencies),
        cpu: cpuPerUnit(cpuUse, settled),
      };
    };
    const profiled = async (orderIds: string[], tag: string): Promise<QueryProfile> => {
      const profile = startQueryProfile();
      const { settled } = await run(profileInvoices, orderIds, tag);
      return profile.stop(settled);
    };

    // Warm-up, not measured: schemas, pools, JIT, the hot policy's counters.
    await run(warmup, hotOrders, 'warmup');
    const hot = await run(settlements, hotOrders, 'hot');
    const spread = await run(settlements, spreadOrders, 'spread');
    // Diagnostics only, after the timed runs (the instrumentation is cheap, but not measured anyway).
    const profile = { hot: await profiled(hotOrders, 'profile-hot'), spread: await profiled(spreadOrders.slice(-profileInvoices), 'profile-spread') };
    runs = { hot, spread, profile };
  } finally {
    await hub.stop();
  }

  const baseline = await baselineBalance({ count: settlements, concurrency, warmup, amountYen: grossYen, capYen: EXPENSE_SUBLIMIT_YEN });
  return {
    params: {
      settlements,
      policies,
      concurrency,
      warmup,
      hot: { cases: HOT_CASES, orders: HOT_CASES * HOT_ORDERS_PER_CASE },
      liabilityLimitYen: LIABILITY_LIMIT_YEN,
      expenseSublimitYen: EXPENSE_SUBLIMIT_YEN,
      unitPriceYen,
      grossYen,
      profileInvoices,
      setupSeconds: round(setupSeconds),
      setupBoundMs: SETUP_BOUND_MS,
    },
    hub: { hot: runs.hot, spread: runs.spread },
    baseline,
    ratio: { hot: ratio(runs.hot.perSecond, baseline.perSecond), spread: ratio(runs.spread.perSecond, baseline.perSecond) },
    profile: runs.profile,
  };
}

/** One line, 10% tax, a category サイバーLite covers. */
const line = (unitPriceYen: number, i: number, tag = 'x') => ({
  description: `調査作業 ${tag} ${i}`,
  category: 'cause_and_scope_investigation' as const,
  unitPriceYen,
  taxRate: 10 as const,
});
