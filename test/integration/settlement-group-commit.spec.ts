import request from 'supertest';
import { DataSource } from 'typeorm';
import { RunningHub, startHub } from '../support/running-hub';
import { coreClient } from '../support/core-client';
import { invoiceFor } from '../support/invoices';
import { acceptedOrder, confirmedCase, registerPolicy } from '../support/settlement-setup';

/**
 * Group commit (apps/core/src/settlement/policy-group-commit.ts): concurrent decisions on one policy are taken in
 * batches, one transaction and one policy lock per batch, each decision behind its own savepoint. Shown against the
 * real PostgreSQL: batches really formed (hub_ledger_batch_decisions counts fewer transactions than decisions), every caller got its
 * own answer, the decisions still ran one after another on the counters the one before left, and a decision refused
 * after it had written (an approval above the approver's limit) was undone alone — its rows and its metric — while the
 * rest of its batch committed.
 */
describe('settlement group commit on one hot policy', () => {
  const INVOICES = 60;
  let hub: RunningHub;
  let db: DataSource;

  beforeAll(async () => {
    hub = await startHub({ apps: ['core'] });
    db = hub.dataSource;
  });

  afterAll(async () => {
    await hub?.stop();
  });

  const metrics = async () => {
    const text = (await request(hub.coreUrl).get('/metrics').expect(200)).text;
    const sum = (pattern: RegExp) => [...text.matchAll(pattern)].reduce((total, m) => total + Number(m[1]), 0);
    return {
      settlements: sum(/^hub_settlements_total\{[^}]*kind="settlement"[^}]*\} (\d+)$/gm),
      batches: sum(/^hub_ledger_batch_decisions_count\{[^}]*\} (\d+)$/gm),
      batchedDecisions: sum(/^hub_ledger_batch_decisions_sum\{[^}]*\} (\d+)$/gm),
    };
  };

  it('batches concurrent decisions, answers each caller with its own, and undoes a refused one alone', async () => {
    const core = coreClient(hub.as);
    // ¥5M of expense sublimit for ~¥6M of invoices: the limit runs out late in the wave, so order of decision matters.
    const policyNumber = await registerPolicy(core, { liabilityLimitYen: 100_000_000, expenseSublimitYen: 5_000_000 });
    const caseId = await confirmedCase(core, policyNumber);
    const orderIds = [await acceptedOrder(core, db, caseId), await acceptedOrder(core, db, caseId)];
    // An invoice above the ¥5M approval threshold waits for an approver; the junior approver's limit is ¥1M.
    const held = (await hub.as.partner.lac.post('/invoices').send(invoiceFor('lac', orderIds[0], [{ description: '追加調査', category: 'cause_and_scope_investigation', unitPriceYen: 6_000_000 }])).expect(201)).body;
    expect(held.state).toBe('awaiting_approval');
    // Settled before the wave; its number comes again in the wave, written another way.
    const earlier = invoiceFor('lac', orderIds[1], [{ description: '初動調査', category: 'cause_and_scope_investigation', unitPriceYen: 50_000 }]);
    await hub.as.partner.lac.post('/invoices').send(earlier).expect(201);
    const before = await metrics();

    // Every amount distinct: the same partner, order, amount and date twice is held as a possible duplicate.
    const invoices = Array.from({ length: INVOICES }, (_, i) =>
      invoiceFor('lac', orderIds[i % 2], [{ description: `作業 ${i}`, category: 'cause_and_scope_investigation', unitPriceYen: 60_000 + i * 1_000 }]),
    );
    // The earlier invoice's number written another way: refused in its turn, inside a batch of others.
    const respelled = invoiceFor('lac', orderIds[0], [{ description: '再請求', category: 'cause_and_scope_investigation', unitPriceYen: 70_000 }]);
    respelled.invoiceNumber = earlier.invoiceNumber.toLowerCase();
    // The refusals sent amid the wave, so that they are decided inside batches of others, not alone.
    const sent = invoices.map((invoice) => hub.as.partner.lac.post('/invoices').send(invoice));
    sent.splice(INVOICES / 2, 0, hub.as.juniorApprover.post(`/invoices/${held.invoiceId}/approve`).send({}), hub.as.partner.lac.post('/invoices').send(respelled));
    const answered = await Promise.all(sent);
    const [refusedApproval, duplicate] = answered.splice(INVOICES / 2, 2);
    const answers = answered;

    // Each caller's own answer: its own invoice, settled, with its own decision.
    const own = answers;
    expect(own.map((r) => r.status)).toEqual(Array(INVOICES).fill(201));
    own.forEach((r, i) => expect(r.body).toMatchObject({ invoiceNumber: invoices[i].invoiceNumber, state: 'settled', totals: { grossYen: invoices[i].stated.grossYen } }));
    expect(new Set(own.map((r) => r.body.invoiceId)).size).toBe(INVOICES);
    expect(duplicate.status).toBe(409);
    expect(duplicate.body.error).toBe('duplicate_invoice_number');
    // Refused after its settlement was written (the covered yen is known only then): undone alone.
    expect(refusedApproval.status).toBe(403);
    expect(refusedApproval.body.error).toBe('approval_limit_exceeded');
    expect((await hub.as.claims.get(`/invoices/${held.invoiceId}`).expect(200)).body).toMatchObject({ state: 'awaiting_approval', settlement: null, payouts: [] });
    const heldTrace = await db.query(`SELECT kind FROM case_timeline WHERE case_id = $1 AND kind = 'invoice_approved'`, [caseId]);
    expect(heldTrace).toEqual([]);

    // Batches formed: fewer ledger transactions than decisions, every decision of the wave in one of them (the 60
    // settled, the refused duplicate and the refused approval).
    const after = await metrics();
    expect(after.batchedDecisions - before.batchedDecisions).toBe(INVOICES + 2);
    expect(after.batches - before.batches).toBeLessThan(INVOICES / 2);
    const decisions: { invoice_id: string; covered: string; retained: string; before: string }[] = await db.query(
      `SELECT invoice_id, covered_yen AS covered, retained_yen AS retained, decision->'usageBefore'->>'expensePeriodYen' AS before
         FROM settlement_decisions WHERE case_id = $1`,
      [caseId],
    );
    expect(decisions).toHaveLength(INVOICES + 1);

    // Still one decision after another: each started from exactly what the one before it left.
    const ordered = [...decisions].sort((a, b) => Number(a.before) - Number(b.before) || Number(b.covered) - Number(a.covered));
    let used = 0;
    for (const d of ordered) {
      expect(Number(d.before)).toBe(used);
      used += Number(d.covered);
    }
    expect(used).toBe(5_000_000);
    expect(ordered.filter((d) => Number(d.covered) > 0 && Number(d.retained) > 0)).toHaveLength(1);
    const [counter] = await db.query(`SELECT used_yen FROM limit_counters WHERE case_id = $1 AND counter = 'accident_expense'`, [caseId]);
    expect(Number(counter.used_yen)).toBe(5_000_000);

    // Counted once per committed decision: the refused approval's settlement was never counted.
    expect(after.settlements - before.settlements).toBe(INVOICES);
  }, 120_000);
});
