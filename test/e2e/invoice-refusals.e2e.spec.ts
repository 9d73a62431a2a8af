import { DataSource } from 'typeorm';
import { contractValidator } from '@hub/contracts';
import { createKafka, TOPICS } from '@hub/messaging';
import { readTopic, testEnv } from '@hub/testing';
import { RunningHub, startHub } from '../support/running-hub';
import { coreClient } from '../support/core-client';
import { leakReport } from '../support/demo-requests';
import { invoiceFor } from '../support/invoices';
import { acceptedOrder, confirmedCase, registerPolicy } from '../support/settlement-setup';

/** Each invoice refusal names the field and why, and leaves nothing: no invoice, decision, posting or payout. */
describe('invoice refusals leave nothing behind', () => {
  let hub: RunningHub;
  let core: ReturnType<typeof coreClient>;
  let db: DataSource;
  let orderId: string;
  let caseId: string;
  const kafka = createKafka(testEnv.brokers.split(','), 'invoice-refusals-test');

  const traces = async () => {
    const [row] = await db.query(
      `SELECT (SELECT count(*) FROM invoices WHERE case_id = $1)::int AS invoices,
              (SELECT count(*) FROM settlement_decisions WHERE case_id = $1)::int AS decisions,
              (SELECT count(*) FROM payouts WHERE case_id = $1)::int AS payouts,
              (SELECT COALESCE(SUM(used_yen), 0) FROM limit_counters WHERE case_id = $1)::int AS used`,
      [caseId],
    );
    return row;
  };
  const line = [{ description: 'フォレンジック調査', category: 'cause_and_scope_investigation' as const, unitPriceYen: 1_000_000 }];

  beforeAll(async () => {
    hub = await startHub({ apps: ['core'] });
    core = coreClient(hub.as);
    db = hub.dataSource;
    caseId = await confirmedCase(core, await registerPolicy(core));
    orderId = await acceptedOrder(core, db, caseId);
  });

  afterAll(async () => {
    await hub?.stop();
  });

  it('refuses a registration number whose check digit is wrong (400)', async () => {
    const response = await hub.as.partner.lac.post('/invoices').send(invoiceFor('lac', orderId, line, { issuerRegistrationNumber: 'T1000012050002' })).expect(400);
    expect(response.body.issues).toContainEqual({ field: 'issuerRegistrationNumber', reason: expect.stringContaining('check digit') });
    expect(await traces()).toEqual({ invoices: 0, decisions: 0, payouts: 0, used: 0 });
  });

  it('refuses stated tax that is not one rounding per rate (400)', async () => {
    const invoice = invoiceFor('lac', orderId, line);
    invoice.stated.byRate[0].taxYen += 1;
    invoice.stated.grossYen += 1;
    const response = await hub.as.partner.lac.post('/invoices').send(invoice).expect(400);
    expect(response.body.issues).toContainEqual({ field: 'stated.byRate[0].taxYen', reason: expect.stringContaining('10%') });
    expect(await traces()).toEqual({ invoices: 0, decisions: 0, payouts: 0, used: 0 });
  });

  it('refuses an invoice for another partner\'s order (422), without saying whose it is', async () => {
    const response = await hub.as.partner.prap.post('/invoices').send(invoiceFor('prap', orderId, line)).expect(422);
    expect(response.body).toMatchObject({ error: 'wrong_partner_for_order', issues: [{ field: 'orderId', reason: 'is not an order of prap' }] });
    expect(await traces()).toEqual({ invoices: 0, decisions: 0, payouts: 0, used: 0 });
  });

  it('refuses an invoice filed in another partner\'s name (403), naming the field', async () => {
    const response = await hub.as.partner.prap.post('/invoices').send(invoiceFor('lac', orderId, line)).expect(403);
    expect(response.body).toMatchObject({ error: 'partner_mismatch', issues: [{ field: 'partnerId', reason: 'must be prap, the partner of your credentials' }] });
    expect(await traces()).toEqual({ invoices: 0, decisions: 0, payouts: 0, used: 0 });
  });

  it('refuses an invoice on a case whose coverage is not confirmed (409)', async () => {
    const otherCase = await confirmedCase(core, await registerPolicy(core));
    const otherOrder = await acceptedOrder(core, db, otherCase);
    // Setup: coverage withdrawn after the order (no API does this yet); the invoice check must still hold.
    await db.query(`UPDATE cases SET coverage_status = 'pending' WHERE id = $1`, [otherCase]);
    const response = await hub.as.partner.lac.post('/invoices').send(invoiceFor('lac', otherOrder, line)).expect(409);
    expect(response.body.error).toBe('coverage_not_confirmed');
    expect(Number((await db.query('SELECT count(*) FROM invoices WHERE case_id = $1', [otherCase]))[0].count)).toBe(0);
  });

  it('settles an invoice number once; the same number again is refused (409) with no second effect', async () => {
    const invoice = invoiceFor('lac', orderId, line);
    const first = await hub.as.partner.lac.post('/invoices').send(invoice).expect(201);
    expect(contractValidator().validate('http/core/invoice.v2', first.body)).toEqual({ ok: true, value: first.body });
    const before = await traces();
    const again = await hub.as.partner.lac.post('/invoices').send(invoice).expect(409);
    expect(again.body.error).toBe('duplicate_invoice_number');
    expect(await traces()).toEqual(before);
    expect(before).toEqual({ invoices: 1, decisions: 1, payouts: 1, used: 1_100_000 }); // accident expense counter

    // The payout instruction reached Kafka for the insurer, once.
    const instructions = await readTopic(kafka, TOPICS.payoutInstructed.name, (m) => m.value.includes(first.body.invoiceId), { until: () => false, timeoutMs: 4_000 });
    expect(instructions).toHaveLength(1);
    expect(JSON.parse(instructions[0].value).payload).toMatchObject({ invoiceId: first.body.invoiceId, amountYen: 1_100_000, payee: 'insured' });
  });

  it('refuses an invoice on an order the partner has not accepted yet (409)', async () => {
    const issued = (await hub.as.coordinator.post(`/cases/${caseId}/orders`).send({ partnerId: 'lac', supportFunction: 'investigation', scope: 'more' }).expect(201)).body.orderId;
    const response = await hub.as.partner.lac.post('/invoices').send(invoiceFor('lac', issued, line)).expect(409);
    expect(response.body.error).toBe('order_not_invoiceable');
  });
});

describe('incident reports and limits before any settlement', () => {
  let hub: RunningHub;
  let core: ReturnType<typeof coreClient>;

  beforeAll(async () => {
    hub = await startHub({ apps: ['core'] });
    core = coreClient(hub.as);
  });

  afterAll(async () => {
    await hub?.stop();
  });

  it('refuses an incident that occurred after it was discovered, or discovered in the future, naming the field (422)', async () => {
    const policyNumber = await registerPolicy(core);
    const report = { ...leakReport(policyNumber) };
    report.incident = { ...report.incident, occurredAt: '2026-11-20T10:00:00+09:00' };
    const response = await hub.as.coordinator.post('/cases').send(report).expect(422);
    expect(response.body.issues).toEqual([{ field: 'incident.occurredAt', reason: 'must not be after discoveredAt' }]);
    report.incident = { ...report.incident, occurredAt: undefined, reportedAt: undefined, discoveredAt: new Date(Date.now() + 3_600_000).toISOString() };
    const future = await hub.as.coordinator.post('/cases').send(report).expect(422);
    expect(future.body.issues).toEqual([{ field: 'incident.discoveredAt', reason: expect.stringContaining('must not be in the future') }]);
  });

  it('shows every limit at its cap, nothing used, before the first invoice', async () => {
    const policyNumber = await registerPolicy(core);
    const caseId = await confirmedCase(core, policyNumber, { individuals: 2_000, corporations: 3 });
    const view = (await hub.as.claims.get(`/cases/${caseId}/limit-usage`).expect(200)).body;
    expect(contractValidator().validate('http/core/limit-usage.v2', view).ok).toBe(true);
    expect(Object.fromEntries(view.limits.map((l: { limit: string; unit: string; cap: number; used: number }) => [l.limit, [l.unit, l.cap, l.used]]))).toEqual({
      accident_expense: ['yen', 10_000_000, 0],
      period_expense: ['yen', 10_000_000, 0],
      period_liability: ['yen', 100_000_000, 0],
      accident_deductible: ['yen', 0, 0],
      accident_condolence_individuals: ['recipients', 2_000, 0],
      accident_condolence_corporations: ['recipients', 3, 0],
    });
  });
});
