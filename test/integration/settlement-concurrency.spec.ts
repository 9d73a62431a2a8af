import { DataSource } from 'typeorm';
import { RunningHub, startHub } from '../support/running-hub';
import { coreClient } from '../support/core-client';
import { creditNoteFor, invoiceFor } from '../support/invoices';
import { acceptedOrder, confirmedCase, registerPolicy } from '../support/settlement-setup';

/**
 * Hundreds of invoices from several partners, submitted concurrently against one policy whose ¥10M expense
 * sublimit they overrun many times: the ledger never pays a yen beyond it, every invoice is settled exactly
 * once, the counters equal the sum of their postings, and the limit went to the invoices decided first.
 */
describe('settlement under concurrency', () => {
  const INVOICES = 300;
  const IN_FLIGHT = 25;
  let hub: RunningHub;
  let db: DataSource;

  beforeAll(async () => {
    hub = await startHub({ apps: ['core'] });
    db = hub.dataSource;
  });

  afterAll(async () => {
    await hub?.stop();
  });

  it('never overspends, settles each invoice once, and serves first decided first', async () => {
    const core = coreClient(hub.as);
    const policyNumber = await registerPolicy(core, { liabilityLimitYen: 100_000_000, expenseSublimitYen: 10_000_000 });
    const orders: { partnerId: string; orderId: string }[] = [];
    for (let c = 0; c < 3; c++) {
      const caseId = await confirmedCase(core, policyNumber);
      orders.push({ partnerId: 'lac', orderId: await acceptedOrder(core, db, caseId, 'lac', 'investigation') });
      orders.push({ partnerId: 'prap', orderId: await acceptedOrder(core, db, caseId, 'prap', 'crisis_pr') });
      orders.push({ partnerId: 'bell24', orderId: await acceptedOrder(core, db, caseId, 'bell24', 'call_centre') });
    }
    // A fixed pseudo-random stream (LCG), so a failure can be replayed exactly.
    let seed = 20261125;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31);
    const invoices = Array.from({ length: INVOICES }, (_, i) => {
      const { partnerId, orderId } = orders[i % orders.length];
      const category = partnerId === 'lac' ? 'cause_and_scope_investigation' : partnerId === 'prap' ? 'public_notice_and_press' : 'call_centre';
      // Every amount distinct: the same partner, order, amount and date twice is held as a possible duplicate.
      return invoiceFor(partnerId, orderId, [{ description: `作業 ${i}`, category, unitPriceYen: 30_000 + i * 900 + (next() % 900) }]);
    });

    const results: { status: number; body: { invoiceId: string; state: string } }[] = [];
    for (let i = 0; i < invoices.length; i += IN_FLIGHT) {
      results.push(...(await Promise.all(invoices.slice(i, i + IN_FLIGHT).map((invoice) => hub.as.partner[invoice.partnerId].post('/invoices').send(invoice)))));
    }
    expect(results.map((r) => r.status)).toEqual(Array(INVOICES).fill(201));
    expect(results.every((r) => r.body.state === 'settled')).toBe(true);
    const invoiceIds = results.map((r) => r.body.invoiceId);

    const decisions: { invoice_id: string; covered_yen: string; retained_yen: string; gross_yen: string; before: string }[] = await db.query(
      `SELECT d.invoice_id, d.covered_yen, d.retained_yen, i.gross_yen, d.decision->'usageBefore'->>'expensePeriodYen' AS before
         FROM settlement_decisions d JOIN invoices i ON i.id = d.invoice_id WHERE d.invoice_id = ANY($1)`,
      [invoiceIds],
    );
    expect(decisions).toHaveLength(INVOICES);
    expect(new Set(decisions.map((d) => d.invoice_id)).size).toBe(INVOICES);
    for (const d of decisions) expect(Number(d.covered_yen) + Number(d.retained_yen)).toBe(Number(d.gross_yen));
    const totalGross = decisions.reduce((sum, d) => sum + Number(d.gross_yen), 0);
    expect(totalGross).toBeGreaterThan(30_000_000);
    const covered = decisions.reduce((sum, d) => sum + Number(d.covered_yen), 0);
    expect(covered).toBe(10_000_000);

    // Each counter is exactly the sum of its postings, and within its cap.
    const counters: { counter: string; limit_yen: string; used_yen: string; posted: string }[] = await db.query(
      `SELECT c.counter, c.limit_yen, c.used_yen, COALESCE(SUM(p.yen), 0) AS posted
         FROM limit_counters c JOIN policies pol ON pol.id = c.policy_id LEFT JOIN limit_postings p ON p.counter_id = c.id
        WHERE pol.policy_number = $1 GROUP BY c.id`,
      [policyNumber],
    );
    for (const c of counters) {
      expect(Number(c.used_yen)).toBe(Number(c.posted));
      expect(Number(c.used_yen)).toBeLessThanOrEqual(Number(c.limit_yen));
    }
    expect(counters.filter((c) => c.counter === 'period_expense').map((c) => Number(c.used_yen))).toEqual([10_000_000]);

    // First decided, first served: in decision order, full cover, then one partial, then nothing.
    const ordered = [...decisions].sort((a, b) => Number(a.before) - Number(b.before) || Number(b.covered_yen) - Number(a.covered_yen));
    const kinds = ordered.map((d) => (Number(d.retained_yen) === 0 ? 'full' : Number(d.covered_yen) > 0 ? 'partial' : 'none'));
    expect(kinds.join(',')).toMatch(/^(full,)*(partial,)?(none,)*none$/);

    const payouts = await db.query('SELECT COALESCE(SUM(amount_yen), 0) AS total, count(*)::int AS n FROM payouts WHERE invoice_id = ANY($1)', [invoiceIds]);
    expect(Number(payouts[0].total)).toBe(10_000_000);
    const outbox = await db.query(`SELECT count(*)::int AS n FROM outbox_messages WHERE topic = 'hub.payout.instructed.v1' AND value->'payload'->>'invoiceId' = ANY($1)`, [invoiceIds]);
    expect(outbox[0].n).toBe(payouts[0].n);
  }, 180_000);

  it('keeps every counter equal to its postings and within its cap when credits and liability payments race settlement', async () => {
    const core = coreClient(hub.as);
    const policyNumber = await registerPolicy(core, { liabilityLimitYen: 10_000_000, expenseSublimitYen: 1_000_000 });
    const caseId = await confirmedCase(core, policyNumber);
    const orderId = await acceptedOrder(core, db, caseId);
    // A first wave settles; the second wave races credit notes on the first and liability payments.
    // Amounts a yen apart: the same partner, order, amount and date twice would be held as a possible duplicate.
    const first = Array.from({ length: 20 }, (_, i) => invoiceFor('lac', orderId, [{ description: `作業 ${i}`, category: 'cause_and_scope_investigation', unitPriceYen: 40_000 + i * 10 }]));
    await Promise.all(first.map((invoice) => hub.as.partner.lac.post('/invoices').send(invoice).expect(201)));
    const second = Array.from({ length: 20 }, (_, i) => invoiceFor('lac', orderId, [{ description: `追加 ${i}`, category: 'cause_and_scope_investigation', unitPriceYen: 41_000 + i * 10 }]));
    const results = await Promise.all([
      ...second.map((invoice) => hub.as.partner.lac.post('/invoices').send(invoice)),
      ...first.slice(0, 10).map((invoice) => hub.as.partner.lac.post('/credit-notes').send(creditNoteFor(invoice, [{ invoiceLineNo: 1, description: '減額', unitPriceYen: 20_000 }]))),
      ...Array.from({ length: 5 }, (_, i) =>
        hub.as.claims.post('/liability-payments').send({ caseId, amountYen: 1_500_000, kind: 'damages', paidAt: '2026-11-22T10:00:00+09:00', reference: `DMG-${i}` }),
      ),
    ]);
    expect(results.map((r) => r.status).every((s) => s === 201)).toBe(true);

    const counters: { counter: string; limit_yen: string; used_yen: string; posted: string }[] = await db.query(
      `SELECT c.counter, c.limit_yen, c.used_yen, COALESCE(SUM(p.yen), 0) AS posted
         FROM limit_counters c JOIN policies pol ON pol.id = c.policy_id LEFT JOIN limit_postings p ON p.counter_id = c.id
        WHERE pol.policy_number = $1 GROUP BY c.id`,
      [policyNumber],
    );
    const byName = Object.fromEntries(counters.map((c) => [c.counter, { used: Number(c.used_yen), limit: Number(c.limit_yen), posted: Number(c.posted) }]));
    for (const c of Object.values(byName)) {
      expect(c.used).toBe(c.posted);
      expect(c.used).toBeLessThanOrEqual(c.limit);
    }
    // Expense used = what the settlements covered, plus what re-decisions restored, minus what the credits released;
    // liability = that plus damages.
    const [{ covered }] = await db.query(
      `SELECT COALESCE(SUM(CASE kind WHEN 'settlement' THEN covered_yen ELSE restored_yen END), 0)::bigint AS covered FROM settlement_decisions WHERE case_id = $1`,
      [caseId],
    );
    const [{ released }] = await db.query(
      `SELECT COALESCE(SUM((released->>'coveredReleasedYen')::bigint), 0)::bigint AS released FROM credit_notes cn JOIN invoices i ON i.id = cn.invoice_id WHERE i.case_id = $1`,
      [caseId],
    );
    expect(byName.period_expense.used).toBe(Number(covered) - Number(released));
    expect(byName.period_liability.used).toBe(byName.period_expense.used + 5 * 1_500_000);
  }, 120_000);

  it('approves held invoices while credit notes re-decide the same policy, without deadlock or overspend', async () => {
    const core = coreClient(hub.as);
    const policyNumber = await registerPolicy(core, { liabilityLimitYen: 10_000_000, expenseSublimitYen: 1_000_000 });
    const caseId = await confirmedCase(core, policyNumber);
    const orderId = await acceptedOrder(core, db, caseId);
    // Each settled invoice has a look-alike (same order, amount and date, another number) held for approval.
    const settled = Array.from({ length: 8 }, (_, i) => invoiceFor('lac', orderId, [{ description: `作業 ${i}`, category: 'cause_and_scope_investigation', unitPriceYen: 150_000 + i * 10 }]));
    for (const invoice of settled) await hub.as.partner.lac.post('/invoices').send(invoice).expect(201);
    const held: string[] = [];
    for (const [i, invoice] of settled.entries()) {
      const twin = await hub.as.partner.lac.post('/invoices').send({ ...invoice, invoiceNumber: `TWIN-${i}-${invoice.invoiceNumber}` }).expect(201);
      expect(twin.body.state).toBe('awaiting_approval');
      held.push(twin.body.invoiceId);
    }
    // Approvals (invoice row, then the policy) race credit notes (the policy, then invoice rows to re-decide).
    const results = await Promise.all([
      ...held.map((id) => hub.as.approver.post(`/invoices/${id}/approve`).send({})),
      ...settled.map((invoice) => hub.as.partner.lac.post('/credit-notes').send(creditNoteFor(invoice, [{ invoiceLineNo: 1, description: '減額', unitPriceYen: 100_000 }]))),
    ]);
    expect(results.map((r) => r.status).filter((status) => status >= 300)).toEqual([]);
    const [{ used }] = await db.query(`SELECT used_yen::bigint AS used FROM limit_counters c JOIN policies p ON p.id = c.policy_id WHERE p.policy_number = $1 AND c.counter = 'accident_expense'`, [policyNumber]);
    expect(Number(used)).toBeLessThanOrEqual(1_000_000);
    // Everything was room for someone: credits released 8 × ¥110,000, so the cut twins took it up to the limit.
    expect(Number(used)).toBe(1_000_000);
  }, 120_000);
});
