import type { Producer } from 'kafkajs';
import { DataSource } from 'typeorm';
import { createEnvelope, createKafka, envelopeHeaders, HUB_ENV_HEADER, TOPICS } from '@hub/messaging';
import { eventually, testEnv } from '@hub/testing';
import { japanDateOf } from '@apps/reconciler/src/jobs/business-date';
import { coreClient } from '../../support/core-client';
import { lacOrder } from '../../support/demo-requests';
import { creditNoteFor, invoiceFor, type LineSpec } from '../../support/invoices';
import { RunningHub, startHub } from '../../support/running-hub';
import { confirmedCase, registerPolicy } from '../../support/settlement-setup';

interface Finding {
  id: string;
  kind: string;
  severity: string;
  subject_type: string;
  subject_id: string;
  amount_yen: string | null;
  state: string;
  resolution: string | null;
  summary: string;
}

/**
 * The orders-invoices job against real data made through core's API (policies, cases, orders, invoices, approvals) and
 * its Kafka inbox (LAC's status reports, as LAC's adapter publishes them), on the shared test database: every assertion
 * is about this file's own cases, never about global counts. Where the job needs time to have passed, only the
 * timestamps that say when things happened are moved back (the timeline's work_complete entry, an invoice's submission).
 */
describe('reconciliation: orders ↔ invoices', () => {
  let hub: RunningHub;
  let core: ReturnType<typeof coreClient>;
  let db: DataSource;
  let producer: Producer;
  const today = japanDateOf(new Date());
  const run = () => hub.reconcile('orders-invoices', today);

  beforeAll(async () => {
    hub = await startHub({ apps: ['core', 'reconciler'] });
    core = coreClient(hub.as);
    db = hub.dataSource;
    producer = createKafka(testEnv.brokers.split(','), 'orders-invoices-test').producer();
    await producer.connect();
  });

  afterAll(async () => {
    await producer?.disconnect();
    await hub?.stop();
  });

  const newCase = async () => confirmedCase(core, await registerPolicy(core));

  const issueOrder = async (caseId: string, estimateYen = 3_300_000): Promise<string> =>
    (await hub.as.coordinator.post(`/cases/${caseId}/orders`).send({ ...lacOrder(), estimateYen }).expect(201)).body.orderId as string;

  /** LAC reports a status as its adapter publishes it (hub.order.status-changed.v1), and core places it. */
  async function report(caseId: string, orderId: string, status: 'accepted' | 'in_progress' | 'work_complete'): Promise<void> {
    const envelope = createEnvelope(TOPICS.orderStatusChanged, { caseId, partnerId: 'lac', correlationId: `reconcile-${orderId}`, payload: { orderId, status, reportedAt: new Date().toISOString() } });
    await producer.send({ topic: TOPICS.orderStatusChanged.name, messages: [{ key: caseId, value: JSON.stringify(envelope), headers: { ...envelopeHeaders(envelope), [HUB_ENV_HEADER]: testEnv.hubEnv } }] });
    await eventually(async () => (await core.order(orderId)).status === status, { what: `order ${orderId} to become ${status}`, timeoutMs: 60_000 });
  }

  /** An order LAC accepted and reported complete, `daysAgo` days ago. */
  async function completedOrder(caseId: string, daysAgo: number, estimateYen?: number): Promise<string> {
    const orderId = await issueOrder(caseId, estimateYen);
    await report(caseId, orderId, 'accepted');
    await report(caseId, orderId, 'work_complete');
    // Time must pass: the partner's completion moves back on the timeline, where the job reads it.
    await db.query(`UPDATE case_timeline SET occurred_at = occurred_at - make_interval(days => $2) WHERE order_id = $1 AND to_status = 'work_complete'`, [orderId, daysAgo]);
    return orderId;
  }

  async function acceptedOrder(caseId: string, estimateYen?: number): Promise<string> {
    const orderId = await issueOrder(caseId, estimateYen);
    await report(caseId, orderId, 'accepted');
    return orderId;
  }

  async function invoice(orderId: string, lines: LineSpec[], overrides: Parameters<typeof invoiceFor>[3] = {}) {
    const body = invoiceFor('lac', orderId, lines, overrides);
    const stored = (await hub.as.partner.lac.post('/invoices').send(body).expect(201)).body as { invoiceId: string; state: string };
    return { ...stored, body };
  }

  const investigation = (description: string, unitPriceYen: number): LineSpec[] => [{ description, category: 'cause_and_scope_investigation', unitPriceYen }];

  /** Time must pass: the invoice's submission moves back. */
  const submittedDaysAgo = (invoiceId: string, days: number) => db.query(`UPDATE invoices SET submitted_at = submitted_at - make_interval(days => $2) WHERE id = $1`, [invoiceId, days]);

  const findingsOf = async (...caseIds: string[]): Promise<Finding[]> =>
    db.query(
      `SELECT id, kind, severity, subject_type, subject_id, amount_yen::text AS amount_yen, state, resolution, summary
         FROM reconciliation_findings WHERE job = 'orders-invoices' AND case_id = ANY($1::uuid[]) ORDER BY kind, subject_id`,
      [caseIds],
    );
  const openFindingsOf = async (...caseIds: string[]) => (await findingsOf(...caseIds)).filter((f) => f.state === 'open');
  const subjectsOf = (findings: Finding[], kind: string) => findings.filter((f) => f.kind === kind).map((f) => f.subject_id);

  it('finds work complete over 30 days ago with no invoice that counts, and nothing on invoiced or recent work', async () => {
    const caseId = await newCase();
    const late = await completedOrder(caseId, 31);
    const lateClosed = await completedOrder(caseId, 40);
    await hub.as.coordinator.post(`/orders/${lateClosed}/close`).send({}).expect(200);
    const lateRejected = await completedOrder(caseId, 31);
    // Above the ¥5M approval threshold, so an approver can reject it: a rejected invoice does not count as invoiced.
    const rejected = await invoice(lateRejected, investigation('フォレンジック調査（追加）', 2_500_000).concat(investigation('ログ解析', 2_500_000)), { supplyDate: '2026-10-20', supplyPeriod: undefined });
    expect(rejected.state).toBe('awaiting_approval');
    await hub.as.approver.post(`/invoices/${rejected.invoiceId}/reject`).send({ reason: '見積を超える作業の合意がない' }).expect(200);
    const invoiced = await completedOrder(caseId, 31);
    await invoice(invoiced, investigation('初動対応', 1_000_000), { supplyDate: '2026-10-21', supplyPeriod: undefined });
    const recent = await completedOrder(caseId, 10);
    const inProgress = await acceptedOrder(caseId);

    await run();
    const found = await openFindingsOf(caseId);
    expect(subjectsOf(found, 'work_not_invoiced').sort()).toEqual([late, lateClosed, lateRejected].sort());
    const lateFinding = found.find((f) => f.subject_id === late);
    expect(lateFinding).toMatchObject({ kind: 'work_not_invoiced', severity: 'warning', subject_type: 'order', amount_yen: '3300000' });
    expect(lateFinding?.summary).toContain('¥3,300,000');
    for (const clean of [invoiced, recent, inProgress]) expect(found.map((f) => f.subject_id)).not.toContain(clean);
    // The rejected invoice bills nothing: it is no invoice above the estimate either.
    expect(subjectsOf(found, 'invoiced_above_estimate')).toEqual([]);
  }, 120_000); // the first status report waits for core's inbox to join its consumer group

  it('finds an order invoiced above its estimate, by one invoice or by several together, and not one within it', async () => {
    const caseId = await newCase();
    // ¥3,520,000 gross on a ¥3,300,000 estimate: within core's 10% tolerance, so it settles without approval.
    const single = await acceptedOrder(caseId);
    await invoice(single, investigation('フォレンジック調査', 3_200_000));
    const several = await acceptedOrder(caseId);
    await invoice(several, investigation('初動対応', 1_600_000));
    await invoice(several, investigation('報告書作成', 1_700_000));
    const within = await acceptedOrder(caseId);
    await invoice(within, investigation('ログ保全', 3_000_000));
    // Above its estimate, then a credit note brings it back within.
    const credited = await acceptedOrder(caseId);
    const creditedInvoice = await invoice(credited, investigation('マルウェア解析', 3_200_000));
    await hub.as.partner.lac.post('/credit-notes').send(creditNoteFor(creditedInvoice.body, [{ invoiceLineNo: 1, description: '解析日数の減額', unitPriceYen: 200_000 }])).expect(201);

    await run();
    const found = (await openFindingsOf(caseId)).filter((f) => f.kind === 'invoiced_above_estimate');
    expect(found.map((f) => [f.subject_type, f.subject_id, f.amount_yen]).sort()).toEqual(
      [
        ['order', single, '220000'],
        ['order', several, '330000'],
      ].sort(),
    );
    expect(found.find((f) => f.subject_id === several)?.summary).toContain('2 invoices');
  });

  it('finds an invoice for an order the partner never accepted, which core itself refuses', async () => {
    const caseId = await newCase();
    const unaccepted = await issueOrder(caseId);
    const refused = await hub.as.partner.lac.post('/invoices').send(invoiceFor('lac', unaccepted, investigation('調査', 1_000_000))).expect(409);
    expect(refused.body.error).toBe('order_not_invoiceable');
    // Core refuses it, so the break is planted by hand: an invoice written before that rule (or around core), on an
    // order that stays issued, never accepted.
    await db.query(`UPDATE orders SET accepted_at = now() WHERE id = $1`, [unaccepted]);
    const planted = await invoice(unaccepted, investigation('調査', 1_000_000));
    await db.query(`UPDATE orders SET accepted_at = NULL WHERE id = $1`, [unaccepted]);
    const accepted = await acceptedOrder(caseId);
    const clean = await invoice(accepted, investigation('ログ保全', 1_000_000));

    await run();
    const found = (await openFindingsOf(caseId)).filter((f) => f.kind === 'invoice_for_unaccepted_order');
    expect(found).toMatchObject([{ subject_type: 'invoice', subject_id: planted.invoiceId, amount_yen: '1100000', severity: 'incident' }]);
    expect(found.map((f) => f.subject_id)).not.toContain(clean.invoiceId);
  });

  it('finds the same work invoiced twice for the same case and period, with one SQL self-join', async () => {
    const caseId = await newCase();
    const first = await acceptedOrder(caseId, 10_000_000);
    const second = await acceptedOrder(caseId, 10_000_000);
    const lines: LineSpec[] = [...investigation('フォレンジック調査（サーバー1台）', 1_000_000), ...investigation('ログ解析', 500_000)];
    const original = await invoice(first, lines, { supplyPeriod: { from: '2026-11-01', to: '2026-11-10' } });
    // The same forensic line (its description spelt with half-width brackets and a space) billed again under the other
    // order, for a period that overlaps the first; other lines differ.
    const again = await invoice(second, [...investigation('フォレンジック調査 (サーバー1台)', 1_000_000), ...investigation('報告書作成', 300_000)], {
      supplyPeriod: { from: '2026-11-08', to: '2026-11-15' },
    });
    // Not duplicates: the same lines in a later, separate period; the same period with other amounts.
    const nextPeriod = await invoice(first, lines, { issueDate: '2026-11-21', supplyPeriod: { from: '2026-11-16', to: '2026-11-20' } });
    const otherAmounts = await invoice(second, [...investigation('フォレンジック調査（サーバー1台）', 1_200_000)], { supplyDate: '2026-11-05', supplyPeriod: undefined });

    await run();
    const found = (await openFindingsOf(caseId)).filter((f) => f.kind === 'duplicate_invoice');
    expect(found).toMatchObject([{ subject_type: 'invoice', subject_id: again.invoiceId, amount_yen: '1100000' }]);
    expect(found[0].summary).toContain(original.body.invoiceNumber);
    for (const clean of [original, nextPeriod, otherAmounts]) expect(found.map((f) => f.subject_id)).not.toContain(clean.invoiceId);
  });

  it('finds an invoice waiting for approval five days or more, not one waiting three', async () => {
    const caseId = await newCase();
    // Above the ¥5M approval threshold, within a ¥10M estimate: held for an approver.
    const long = await invoice(await acceptedOrder(caseId, 10_000_000), investigation('フォレンジック調査（全社）', 6_000_000));
    const short = await invoice(await acceptedOrder(caseId, 10_000_000), investigation('ネットワーク調査', 6_000_000));
    expect([long.state, short.state]).toEqual(['awaiting_approval', 'awaiting_approval']);
    await submittedDaysAgo(long.invoiceId, 6);
    await submittedDaysAgo(short.invoiceId, 3);

    await run();
    const found = (await openFindingsOf(caseId)).filter((f) => f.kind === 'approval_waiting_too_long');
    expect(found).toMatchObject([{ subject_type: 'invoice', subject_id: long.invoiceId, amount_yen: '6600000' }]);
  });

  it('finds the same findings when rerun for the same day, never twice, and closes those fixed since', async () => {
    const caseId = await newCase();
    const uninvoiced = await completedOrder(caseId, 35);
    const held = await invoice(await acceptedOrder(caseId, 10_000_000), investigation('フォレンジック調査（全社）', 6_000_000));
    await submittedDaysAgo(held.invoiceId, 7);

    await run();
    const first = await findingsOf(caseId);
    expect(first.map((f) => [f.kind, f.subject_id, f.state])).toEqual([
      ['approval_waiting_too_long', held.invoiceId, 'open'],
      ['work_not_invoiced', uninvoiced, 'open'],
    ]);
    await run();
    const second = await findingsOf(caseId);
    expect(second.map((f) => [f.id, f.kind, f.subject_id, f.state])).toEqual(first.map((f) => [f.id, f.kind, f.subject_id, f.state]));
    const [{ rows }] = await db.query(`SELECT count(*)::int AS rows FROM reconciliation_findings WHERE job = 'orders-invoices' AND case_id = $1`, [caseId]);
    expect(rows).toBe(2);

    // The partner invoices the work; an approver approves the held invoice. Rerun: both close, as no longer holding.
    await invoice(uninvoiced, investigation('フォレンジック調査', 3_000_000));
    await hub.as.approver.post(`/invoices/${held.invoiceId}/approve`).send({}).expect(200);
    await run();
    const fixed = await findingsOf(caseId);
    expect(fixed.map((f) => [f.id, f.state, f.resolution])).toEqual(first.map((f) => [f.id, 'resolved', 'no_longer_holds']));
  });
});
