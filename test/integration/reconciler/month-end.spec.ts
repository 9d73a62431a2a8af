import * as iconv from 'iconv-lite';
import type { Producer } from 'kafkajs';
import type { Test } from 'supertest';
import { DataSource } from 'typeorm';
import { contractValidator, type MonthEndStatementV1 } from '@hub/contracts';
import { createEnvelope, createKafka, envelopeHeaders, HUB_ENV_HEADER, TOPICS } from '@hub/messaging';
import { eventually, testEnv } from '@hub/testing';
import { coreClient } from '../../support/core-client';
import { creditNoteFor, invoiceFor } from '../../support/invoices';
import { RunningHub, startHub } from '../../support/running-hub';
import { acceptedOrder, confirmedCase, registerPolicy } from '../../support/settlement-setup';


/** The response's bytes as sent (supertest would decode text/csv as UTF-8 and spoil Shift_JIS). */
const bytesOf = (test: Test) =>
  test.buffer(true).parse((res, done) => {
    const chunks: Buffer[] = [];
    res.on('data', (chunk: Buffer) => chunks.push(chunk));
    res.on('end', () => done(null, Buffer.concat(chunks)));
  });

/**
 * The month-end job and its statement, against activity made through core's API (policies, cases, orders, invoices,
 * settlements, payments, a credit note and the re-decision it brings) and core's Kafka inbox (AOS's completion reports,
 * as an adapter publishes them). The test database is shared with other files, which make their activity now: this
 * file moves the timestamps that say when its own things happened (issued, completed, submitted, decided, issue dates)
 * into March and April of a year far from today — 2025 on a clean database, a year earlier each time it runs again on
 * one not reset — so the months it checks hold only its own activity; and it asserts on AOS's rows only.
 */
describe('reconciliation: month-end statements', () => {
  let hub: RunningHub;
  let core: ReturnType<typeof coreClient>;
  let db: DataSource;
  let producer: Producer;
  let year = 2025;
  const at = (path: string) => `/partners/aos/month-end/${path}`;
  const march = { A: '', B: '', bRedecision: '' };
  /** A moment in Japan time in this file's year, `MM-DDThh:mm:ss` (the months are Japanese: JST midnight to JST midnight). */
  const jst = (local: string) => new Date(`${year}-${local}+09:00`);
  const month = (mm: '03' | '04') => `${year}-${mm}`;

  beforeAll(async () => {
    hub = await startHub({ apps: ['core', 'reconciler'] });
    core = coreClient(hub.as);
    db = hub.dataSource;
    // The year before the earliest any month-end run has closed (this file's earlier runs, or anyone's).
    const [{ earliest }] = await db.query(`SELECT min(extract(year FROM business_date))::int AS earliest FROM reconciliation_runs WHERE job = 'month-end'`);
    year = Math.min(2026, earliest ?? 2026) - 1;
    producer = createKafka(testEnv.brokers.split(','), 'month-end-test').producer();
    await producer.connect();
  });

  afterAll(async () => {
    await producer?.disconnect();
    await hub?.stop();
  });

  /** AOS reports the order complete as its adapter publishes it (hub.order.status-changed.v1); core places it on the timeline. */
  async function complete(caseId: string, orderId: string, occurredAt: Date): Promise<void> {
    const envelope = createEnvelope(TOPICS.orderStatusChanged, { caseId, partnerId: 'aos', correlationId: `month-end-${orderId}`, payload: { orderId, status: 'work_complete', reportedAt: new Date().toISOString() } });
    await producer.send({ topic: TOPICS.orderStatusChanged.name, messages: [{ key: caseId, value: JSON.stringify(envelope), headers: { ...envelopeHeaders(envelope), [HUB_ENV_HEADER]: testEnv.hubEnv } }] });
    await eventually(async () => (await core.order(orderId)).status === 'work_complete', { what: `order ${orderId} to become work_complete`, timeoutMs: 60_000 });
    await db.query(`UPDATE case_timeline SET occurred_at = $2 WHERE order_id = $1 AND to_status = 'work_complete'`, [orderId, occurredAt]);
  }

  /** An order AOS accepted, issued at `issuedAt` (moved there: the API issues orders now). */
  async function order(caseId: string, issuedAt: Date): Promise<string> {
    const orderId = await acceptedOrder(core, db, caseId, 'aos', 'investigation');
    await db.query(`UPDATE orders SET issued_at = $2 WHERE id = $1`, [orderId, issuedAt]);
    return orderId;
  }

  /**
   * AOS invoices the order (¥ net + 10%), dated, submitted and settled at `submittedAt`: moved there, since the API
   * stamps now and takes no invoice dated before qualified invoices began (2023-10-01).
   */
  async function invoice(orderId: string, netYen: number, submittedAt: Date, invoiceNumber: string) {
    const body = invoiceFor('aos', orderId, [{ description: 'フォレンジック調査', category: 'cause_and_scope_investigation', unitPriceYen: netYen }], { invoiceNumber });
    const stored = (await hub.as.partner.aos.post('/invoices').send(body).expect(201)).body as { invoiceId: string; state: string; settlement: { coveredYen: number; retainedYen: number } | null };
    await db.query(`UPDATE invoices SET submitted_at = $2, issue_date = ($2 AT TIME ZONE 'Asia/Tokyo')::date WHERE id = $1`, [stored.invoiceId, submittedAt]);
    await db.query(`UPDATE settlement_decisions SET decided_at = $2 WHERE invoice_id = $1`, [stored.invoiceId, submittedAt]);
    return { ...stored, body };
  }

  const pay = (invoiceId: string, amountYen: number, paidAt: string) =>
    hub.as.finance.post(`/invoices/${invoiceId}/confirm-payment`).send({ paymentReference: `PAY-${invoiceId.slice(0, 8)}`, paidAt, amountYen }).expect(200);

  const statement = async (path: string, as = hub.reconcilerAs.partner.aos) => {
    const response = await as.get(at(path)).expect(200);
    expect(contractValidator().validate('http/reconciler/month-end.v1', response.body)).toMatchObject({ ok: true });
    return { body: response.body as MonthEndStatementV1, closedHeader: response.headers['month-end-closed'] };
  };

  const storedRows = () =>
    db.query(`SELECT run_id, invoices, covered_yen::text, retained_yen::text FROM partner_month_statements WHERE partner_id = 'aos' AND month = $1`, [`${month('03')}-01`]);

  const marchFigures = { ordersIssued: 3, ordersCompleted: 2, invoices: 2, invoicedYen: 1_100_000, coveredYen: 1_000_000, retainedYen: 100_000, payoutsPaid: 2, paidYen: 990_000 };

  it("builds AOS's March and April through core, and reads March computed now before it is closed", async () => {
    // A ¥1M expense sublimit: the second invoice is cut by ¥100,000, restored later by a re-decision.
    const case1 = await confirmedCase(core, await registerPolicy(core, { expenseSublimitYen: 1_000_000 }));
    const case2 = await confirmedCase(core, await registerPolicy(core));
    // Orders: issued 00:30 on 1 March in Japan (still 28 February in UTC) counts; 23:59 on 28 February in Japan does not.
    const o1 = await order(case1, jst('03-01T00:30:00'));
    const o2 = await order(case1, jst('03-10T09:00:00'));
    const o3 = await order(case2, jst('02-28T23:59:00'));
    const o4 = await order(case2, jst('03-10T10:00:00'));
    // Completions: 00:10 on 1 April in Japan belongs to April, though it is still 31 March in UTC.
    await complete(case1, o1, jst('03-20T12:00:00'));
    await complete(case1, o2, jst('04-01T00:10:00'));
    await complete(case2, o3, jst('03-31T23:59:00'));

    const a = await invoice(o1, 600_000, jst('03-25T10:00:00'), `AOS-${year}03-A`);
    expect(a.settlement).toMatchObject({ coveredYen: 660_000, retainedYen: 0 });
    const b = await invoice(o2, 400_000, jst('03-31T23:50:00'), `AOS-${year}03-B`);
    expect(b.settlement).toMatchObject({ coveredYen: 340_000, retainedYen: 100_000 });
    await pay(a.invoiceId, 660_000, `${year}-03-28T10:00:00+09:00`);
    await pay(b.invoiceId, 340_000, `${year}-04-02T10:00:00+09:00`); // April: not a March payout, and B was unpaid at the end of March
    // Crediting ¥220,000 of A frees room under the sublimit: B is re-decided (¥100,000 restored), decided now — after March.
    const credit = await hub.as.partner.aos.post('/credit-notes').send(creditNoteFor(a.body, [{ invoiceLineNo: 1, description: '調査日数の減額', unitPriceYen: 200_000 }])).expect(201);
    expect(credit.body.redecisions).toMatchObject([{ invoiceId: b.invoiceId, restoredYen: 100_000 }]);
    Object.assign(march, { A: a.invoiceId, B: b.invoiceId, bRedecision: credit.body.redecisions[0].decisionId });

    // Submitted in February, paid in March: a March payout, not a March invoice.
    const c = await invoice(o3, 300_000, jst('02-20T10:00:00'), `AOS-${year}02-C`);
    await pay(c.invoiceId, 330_000, `${year}-03-05T09:00:00+09:00`);
    // Rejected: not counted.
    const d = await invoice(o4, 5_000_000, jst('03-10T11:00:00'), `AOS-${year}03-D`);
    expect(d.state).toBe('awaiting_approval');
    await hub.as.approver.post(`/invoices/${d.invoiceId}/reject`).send({ reason: '見積を超える作業の合意がない' }).expect(200);
    // April: a number Shift_JIS cannot hold (𠮷 is outside JIS X 0208).
    await invoice(o3, 123_000, jst('04-10T10:00:00'), `AOS-𠮷-${year}0410`);

    const open = await statement(month('03'));
    expect(open.closedHeader).toBe('false');
    expect(open.body).toMatchObject({ partnerId: 'aos', partnerName: 'AOSリーガルテック株式会社', month: month('03'), closed: false, runId: null, figures: marchFigures });
    expect(open.body.invoices).toEqual([
      { invoiceId: a.invoiceId, invoiceNumber: `AOS-${year}03-A`, issueDate: `${year}-03-25`, submittedAt: `${year}-03-25T01:00:00.000Z`, grossYen: 660_000, coveredYen: 660_000, retainedYen: 0, paidYen: 660_000, paidOn: `${year}-03-28` },
      { invoiceId: b.invoiceId, invoiceNumber: `AOS-${year}03-B`, issueDate: `${year}-03-31`, submittedAt: `${year}-03-31T14:50:00.000Z`, grossYen: 440_000, coveredYen: 340_000, retainedYen: 100_000, paidYen: 0, paidOn: null },
    ]);
  });

  it('closes the month: the figures stored for AOS are exactly what was built, and the answer says closed', async () => {
    const run = await hub.reconcile('month-end', `${year}-03-31`);
    expect(run).toMatchObject({ state: 'succeeded', found: 0 });
    expect(run.summary).toMatchObject({ month: month('03'), changed: 0 });
    const closed = await statement(month('03'));
    expect(closed.closedHeader).toBe('true');
    expect(closed.body).toMatchObject({ closed: true, runId: run.id, figures: marchFigures });
    expect(await storedRows()).toEqual([{ run_id: run.id, invoices: 2, covered_yen: '1000000', retained_yen: '100000' }]);
    // Staff who handle money and auditors read any partner's month; others do not.
    await hub.reconcilerAs.finance.get(at(month('03'))).expect(200);
    await hub.reconcilerAs.auditor.get(at(month('03'))).expect(200);
    await hub.reconcilerAs.coordinator.get(at(month('03'))).expect(403);
    // A partner with no activity in a closed month reads zeros, closed by the same run.
    const prap = (await hub.reconcilerAs.partner.prap.get(`/partners/prap/month-end/${month('03')}`).expect(200)).body as MonthEndStatementV1;
    expect(prap).toMatchObject({ closed: true, runId: run.id, figures: { ordersIssued: 0, invoices: 0, paidYen: 0 }, invoices: [] });
  });

  it('writes the statement as CSV: UTF-8 with a BOM by default, Shift_JIS on request, CRLF, named for the partner and month', async () => {
    const expected = [
      '対象月,パートナー,発注件数,完了件数,請求件数,請求額(円),保険対象額(円),自己負担額(円),支払件数,支払額(円),締め',
      `${year}-03,AOSリーガルテック株式会社,3,2,2,1100000,1000000,100000,2,990000,確定`,
      '',
      '請求書番号,発行日,提出日,請求額(円),保険対象額(円),自己負担額(円),支払額(円),支払日',
      `AOS-${year}03-A,${year}-03-25,${year}-03-25,660000,660000,0,660000,${year}-03-28`,
      `AOS-${year}03-B,${year}-03-31,${year}-03-31,440000,340000,100000,0,`,
      '',
    ].join('\r\n');
    const utf8 = await bytesOf(hub.reconcilerAs.partner.aos.get(at(month('03'))).query({ format: 'csv' })).expect(200);
    expect(utf8.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(utf8.headers['content-disposition']).toBe(`attachment; filename="month-end-aos-${year}-03.csv"`);
    expect(utf8.headers['month-end-closed']).toBe('true');
    const utf8Bytes = utf8.body as Buffer;
    expect([...utf8Bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(utf8Bytes.subarray(3).toString('utf8')).toBe(expected);

    const sjis = await bytesOf(hub.reconcilerAs.finance.get(at(month('03'))).query({ format: 'csv', charset: 'shift_jis' })).expect(200);
    expect(sjis.headers['content-type']).toBe('text/csv; charset=Shift_JIS');
    const sjisBytes = sjis.body as Buffer;
    expect([...sjisBytes.subarray(0, 6)]).toEqual([0x91, 0xce, 0x8f, 0xdb, 0x8c, 0x8e]); // 対象月, no BOM
    expect(iconv.decode(sjisBytes, 'Shift_JIS')).toBe(expected);
  });

  it('reads April, not closed, computed now; refuses its Shift_JIS CSV naming the character rather than writing "?"', async () => {
    const april = await statement(month('04'));
    expect(april.closedHeader).toBe('false');
    // O2 completed at 00:10 on 1 April (Japan); B's settlement paid on 2 April; the April invoice settled in full.
    expect(april.body).toMatchObject({ closed: false, runId: null, figures: { ordersIssued: 0, ordersCompleted: 1, invoices: 1, invoicedYen: 135_300, coveredYen: 135_300, retainedYen: 0, payoutsPaid: 1, paidYen: 340_000 } });
    const refused = await hub.reconcilerAs.partner.aos.get(at(month('04'))).query({ format: 'csv', charset: 'shift_jis' }).expect(422);
    expect(refused.body).toMatchObject({ error: 'not_encodable', issues: [{ field: 'charset', reason: 'Shift_JIS cannot hold "𠮷" (U+20BB7, line 5); utf-8 can' }] });
    expect(refused.headers['month-end-closed']).toBeUndefined();
    const utf8 = await bytesOf(hub.reconcilerAs.partner.aos.get(at(month('04'))).query({ format: 'csv' })).expect(200);
    expect((utf8.body as Buffer).toString('utf8')).toContain(`\r\nAOS-𠮷-${year}0410,${year}-04-10,${year}-04-10,135300,135300,0,0,\r\n`);
  });

  it("answers a partner asking for another partner's month exactly as for a partner that does not exist", async () => {
    const foreign = await hub.reconcilerAs.partner.prap.get(at(month('03'))).expect(404);
    const missing = await hub.reconcilerAs.partner.prap.get(`/partners/nosuch/month-end/${month('03')}`).expect(404);
    expect(foreign.body).toEqual({ statusCode: 404, error: 'not_found', message: 'Partner aos does not exist' });
    expect(missing.body).toEqual({ statusCode: 404, error: 'not_found', message: 'Partner nosuch does not exist' });
    await bytesOf(hub.reconcilerAs.partner.prap.get(at(month('03'))).query({ format: 'csv' })).expect(404);
    await hub.reconcilerAs.finance.get(`/partners/nosuch/month-end/${month('03')}`).expect(404);
  });

  it('refuses a malformed month and unknown or misplaced query parameters, naming them', async () => {
    const issuesOf = async (path: string, query: Record<string, string> = {}) => (await hub.reconcilerAs.finance.get(at(path)).query(query).expect(400)).body.issues;
    expect(await issuesOf('2025-3')).toEqual([{ field: 'month', reason: 'must be a month written YYYY-MM (such as 2026-11)' }]);
    expect(await issuesOf('2025-13')).toEqual([{ field: 'month', reason: 'must be a month written YYYY-MM (such as 2026-11)' }]);
    expect(await issuesOf('2025-03', { format: 'xlsx' })).toEqual([{ field: 'format', reason: 'must be one of: csv, json' }]);
    expect(await issuesOf('2025-03', { format: 'csv', charset: 'euc-jp' })).toEqual([{ field: 'charset', reason: 'must be one of: utf-8, shift_jis' }]);
    expect(await issuesOf('2025-03', { format: 'csv', encoding: 'utf-8' })).toEqual([{ field: 'encoding', reason: 'is not allowed' }]);
    expect(await issuesOf('2025-03', { charset: 'shift_jis' })).toEqual([{ field: 'charset', reason: 'is only for format=csv' }]);
  });

  it('closes the month again on a rerun: the figures are replaced (one row per partner and month), and the change is a warning', async () => {
    // The re-decision is moved to the last minutes of March: it is now the decision current at the end of the month.
    await db.query(`UPDATE settlement_decisions SET decided_at = $2 WHERE id = $1`, [march.bRedecision, jst('03-31T23:55:00')]);
    const rerun = await hub.reconcile('month-end', `${year}-03-15`);
    expect(rerun).toMatchObject({ state: 'succeeded' });
    const after = await statement(month('03'));
    expect(after.body).toMatchObject({ closed: true, runId: rerun.id, figures: { ...marchFigures, coveredYen: 1_100_000, retainedYen: 0 } });
    expect(after.body.invoices[1]).toMatchObject({ invoiceId: march.B, coveredYen: 440_000, retainedYen: 0 });
    expect(await storedRows()).toEqual([{ run_id: rerun.id, invoices: 2, covered_yen: '1100000', retained_yen: '0' }]);
    const [finding] = await db.query(`SELECT kind, severity, subject_type, partner_id, state, summary, detail FROM reconciliation_findings WHERE job = 'month-end' AND subject_id = $1`, [`aos/${month('03')}`]);
    expect(finding).toMatchObject({ kind: 'month_figures_changed', severity: 'warning', subject_type: 'partner_month', partner_id: 'aos', state: 'open', detail: { changed: ['coveredYen', 'retainedYen'] } });
    expect(finding.summary).toBe(`Month-end figures of aos for ${year}-03 changed when closed again: coveredYen 1000000 → 1100000, retainedYen 100000 → 0`);

    // The same figures again: nothing changed, so nothing is found, and the warning (a finding like any other) no longer holds.
    const again = await hub.reconcile('month-end', `${year}-03-31`);
    expect(again).toMatchObject({ state: 'succeeded', found: 0 });
    expect(await storedRows()).toEqual([{ run_id: again.id, invoices: 2, covered_yen: '1100000', retained_yen: '0' }]);
    const [closed] = await db.query(`SELECT state, resolution FROM reconciliation_findings WHERE job = 'month-end' AND subject_id = $1`, [`aos/${month('03')}`]);
    expect(closed).toEqual({ state: 'resolved', resolution: 'no_longer_holds' });
  });
});
