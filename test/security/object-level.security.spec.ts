import { PARTNERS } from '@hub/partners';
import { DataSource } from 'typeorm';
import { coreClient } from '../support/core-client';
import { creditNoteFor, invoiceFor } from '../support/invoices';
import { type RunningHub, startHub } from '../support/running-hub';
import { acceptedOrder, confirmedCase, registerPolicy } from '../support/settlement-setup';

/**
 * OWASP API1:2023 (broken object level authorisation) and API3 (property level): a partner sees and touches only its own
 * orders, invoices and payouts, and its own month-end statements on the reconciler, and another partner's object answers
 * exactly as an object that does not exist. Invariant 4.
 */
describe('object-level authorisation: partners see only their own objects', () => {
  let hub: RunningHub;
  let db: DataSource;
  let lacOrderId: string;
  let prapOrderId: string;
  let caseId: string;
  let lacInvoice: ReturnType<typeof invoiceFor> & { invoiceId: string };

  beforeAll(async () => {
    hub = await startHub({ apps: ['core', 'reconciler'] });
    db = hub.dataSource;
    const core = coreClient(hub.as);
    caseId = await confirmedCase(core, await registerPolicy(core));
    lacOrderId = await acceptedOrder(core, db, caseId, 'lac', 'investigation');
    prapOrderId = await acceptedOrder(core, db, caseId, 'prap', 'crisis_pr');
    const invoice = invoiceFor('lac', lacOrderId, [{ description: '初動調査', category: 'cause_and_scope_investigation', unitPriceYen: 400_000 }]);
    const stored = await hub.as.partner.lac.post('/invoices').send(invoice).expect(201);
    expect(stored.body.state).toBe('settled');
    lacInvoice = { ...invoice, invoiceId: stored.body.invoiceId };
  });
  afterAll(() => hub?.stop());

  const unknownId = '00000000-0000-4000-8000-000000000000';

  it("answers another partner's order exactly as an order that does not exist", async () => {
    const foreign = await hub.as.partner.prap.get(`/orders/${lacOrderId}`).expect(404);
    const missing = await hub.as.partner.prap.get(`/orders/${unknownId}`).expect(404);
    expect(foreign.body).toEqual({ statusCode: 404, error: 'not_found', message: `Order ${lacOrderId} does not exist` });
    expect(missing.body).toEqual({ statusCode: 404, error: 'not_found', message: `Order ${unknownId} does not exist` });
    await hub.as.partner.lac.get(`/orders/${prapOrderId}`).expect(404);
    // Its own, and staff, see it.
    expect((await hub.as.partner.lac.get(`/orders/${lacOrderId}`).expect(200)).body.orderId).toBe(lacOrderId);
    expect((await hub.as.auditor.get(`/orders/${lacOrderId}`).expect(200)).body.orderId).toBe(lacOrderId);
  });

  it("answers another partner's invoice exactly as an invoice that does not exist", async () => {
    const foreign = await hub.as.partner.prap.get(`/invoices/${lacInvoice.invoiceId}`).expect(404);
    expect(foreign.body).toEqual({ statusCode: 404, error: 'not_found', message: `Invoice ${lacInvoice.invoiceId} does not exist` });
    expect((await hub.as.partner.lac.get(`/invoices/${lacInvoice.invoiceId}`).expect(200)).body.invoiceId).toBe(lacInvoice.invoiceId);
  });

  it('gives every partner its own order and its deliverables, and every other partner the same 404 (every ordered pair of directory partners)', async () => {
    const core = coreClient(hub.as);
    const functions: Record<string, string> = Object.fromEntries(Object.values(PARTNERS).map((p) => [p.id, p.functions[0]]));
    const orders: Record<string, string> = {};
    for (const [partnerId, supportFunction] of Object.entries(functions)) orders[partnerId] = await acceptedOrder(core, db, caseId, partnerId, supportFunction);
    const answers: string[] = [];
    for (const reader of Object.keys(functions)) {
      for (const [owner, orderId] of Object.entries(orders)) {
        const response = await hub.as.partner[reader].get(`/orders/${orderId}`);
        const expected = reader === owner ? 200 : 404;
        if (response.status !== expected) answers.push(`${reader} reading ${owner}'s order: ${response.status}, not ${expected}`);
        if (reader !== owner && JSON.stringify(response.body) !== JSON.stringify({ statusCode: 404, error: 'not_found', message: `Order ${orderId} does not exist` })) {
          answers.push(`${reader} reading ${owner}'s order was told more than "does not exist"`);
        }
        const deliverables = await hub.as.partner[reader].get(`/orders/${orderId}/deliverables`);
        if (deliverables.status !== expected) answers.push(`${reader} reading ${owner}'s deliverables: ${deliverables.status}, not ${expected}`);
      }
    }
    expect(answers).toEqual([]);
  });

  it('lists to a partner only the payouts of its own invoices', async () => {
    const mine = (await hub.as.partner.lac.get(`/payouts?caseId=${caseId}`).expect(200)).body.payouts as { invoiceId: string }[];
    expect(mine.some((p) => p.invoiceId === lacInvoice.invoiceId)).toBe(true);
    const invoiceIds = [...new Set(mine.map((p) => p.invoiceId))];
    const owners = await db.query('SELECT DISTINCT partner_id FROM invoices WHERE id = ANY($1::uuid[])', [invoiceIds]);
    expect(owners).toEqual([{ partner_id: 'lac' }]);
    const theirs = (await hub.as.partner.prap.get(`/payouts?caseId=${caseId}`).expect(200)).body.payouts as { invoiceId: string }[];
    expect(theirs.some((p) => p.invoiceId === lacInvoice.invoiceId)).toBe(false);
    // Finance sees LAC's payout among everyone's.
    expect(((await hub.as.finance.get(`/payouts?caseId=${caseId}`).expect(200)).body.payouts as { invoiceId: string }[]).some((p) => p.invoiceId === lacInvoice.invoiceId)).toBe(true);
  });

  it('lists to every partner only its own orders, invoices and payouts, and nothing when it asks for another partner', async () => {
    const problems: string[] = [];
    const partners = Object.keys(PARTNERS);
    for (const reader of partners) {
      const agent = hub.as.partner[reader];
      const orders = (await agent.get('/orders').query({ caseId, limit: '200' }).expect(200)).body.orders as { orderId: string; partnerId: string }[];
      const invoices = (await agent.get('/invoices').query({ caseId, limit: '200' }).expect(200)).body.invoices as { invoiceId: string; partnerId: string }[];
      const payouts = (await agent.get('/payouts').query({ caseId, limit: '200' }).expect(200)).body.payouts as { invoiceId: string }[];
      for (const o of orders.filter((x) => x.partnerId !== reader)) problems.push(`${reader} listed ${o.partnerId}'s order ${o.orderId}`);
      for (const i of invoices.filter((x) => x.partnerId !== reader)) problems.push(`${reader} listed ${i.partnerId}'s invoice ${i.invoiceId}`);
      const billers: { partner_id: string }[] = await db.query('SELECT DISTINCT partner_id FROM invoices WHERE id = ANY($1::uuid[])', [payouts.map((p) => p.invoiceId)]);
      for (const b of billers.filter((x) => x.partner_id !== reader)) problems.push(`${reader} listed payouts of ${b.partner_id}'s invoices`);
      // Naming another partner narrows the partner's own list to nothing: it never widens it to the other's.
      for (const other of partners.filter((id) => id !== reader)) {
        for (const [path, key] of [['/orders', 'orders'], ['/invoices', 'invoices'], ['/payouts', 'payouts']]) {
          const answer = await agent.get(path).query({ partnerId: other });
          if (answer.status !== 200 || answer.body[key].length !== 0) problems.push(`${reader} asking ${path} for ${other}: ${answer.status}, ${answer.body[key]?.length} rows`);
        }
      }
    }
    expect(problems).toEqual([]);
    // LAC does see its own, and staff see everyone's.
    expect(((await hub.as.partner.lac.get('/orders').query({ caseId }).expect(200)).body.orders as { orderId: string }[]).map((o) => o.orderId)).toContain(lacOrderId);
    expect(((await hub.as.partner.lac.get('/invoices').query({ caseId }).expect(200)).body.invoices as { invoiceId: string }[]).map((i) => i.invoiceId)).toContain(lacInvoice.invoiceId);
    const staffOrders = ((await hub.as.auditor.get('/orders').query({ caseId, limit: '200' }).expect(200)).body.orders as { orderId: string }[]).map((o) => o.orderId);
    expect(staffOrders).toEqual(expect.arrayContaining([lacOrderId, prapOrderId]));
  });

  it("answers another partner's month-end statement on the reconciler exactly as a partner that does not exist (every ordered pair)", async () => {
    // A month no other test file fills: the statement answers 200 for its partner whatever the shared database holds
    // (this month's totals there can be beyond what a statement states to the yen, 422).
    const month = '2019-04';
    const partners = Object.keys(PARTNERS);
    const answers: string[] = [];
    for (const reader of partners) {
      const agent = hub.reconcilerAs.partner[reader];
      const missing = await agent.get(`/partners/nosuch/month-end/${month}`);
      if (JSON.stringify([missing.status, missing.body]) !== JSON.stringify([404, { statusCode: 404, error: 'not_found', message: 'Partner nosuch does not exist' }])) {
        answers.push(`${reader} asking for a partner that does not exist: ${missing.status} ${JSON.stringify(missing.body)}`);
      }
      for (const owner of partners) {
        const response = await agent.get(`/partners/${owner}/month-end/${month}`);
        if (reader === owner) {
          if (response.status !== 200 || response.body.partnerId !== owner) answers.push(`${reader} reading its own month: ${response.status}`);
        } else if (JSON.stringify([response.status, response.body]) !== JSON.stringify([404, { statusCode: 404, error: 'not_found', message: `Partner ${owner} does not exist` }])) {
          answers.push(`${reader} reading ${owner}'s month: ${response.status} ${JSON.stringify(response.body)}`);
        }
      }
    }
    expect(answers).toEqual([]);
    // Finance reads any partner's.
    expect((await hub.reconcilerAs.finance.get(`/partners/prap/month-end/${month}`).expect(200)).body.partnerId).toBe('prap');
  });

  it("refuses an invoice filed in another partner's name, naming the field, and stores nothing", async () => {
    const before = await db.query('SELECT count(*)::int AS n FROM invoices');
    const forged = invoiceFor('lac', lacOrderId, [{ description: '追加調査', category: 'cause_and_scope_investigation', unitPriceYen: 4_000_000 }]);
    const refused = await hub.as.partner.prap.post('/invoices').send(forged).expect(403);
    expect(refused.body).toMatchObject({ error: 'partner_mismatch', issues: [{ field: 'partnerId', reason: 'must be prap, the partner of your credentials' }] });
    // Under its own name, LAC's order is not PRAP's to bill: the same answer as an order that does not exist.
    const ownName = await hub.as.partner.prap.post('/invoices').send({ ...forged, partnerId: 'prap', issuerName: '株式会社プラップジャパン', issuerRegistrationNumber: 'T1011001073322' });
    expect(ownName.status).toBeGreaterThanOrEqual(400);
    expect(ownName.status).toBeLessThan(500);
    expect(JSON.stringify(ownName.body)).not.toContain('LAC');
    expect(await db.query('SELECT count(*)::int AS n FROM invoices')).toEqual(before);
  });

  it("refuses a credit note against another partner's invoice", async () => {
    const note = creditNoteFor(lacInvoice, [{ invoiceLineNo: 1, description: '返金', unitPriceYen: 100_000 }]);
    const forged = await hub.as.partner.prap.post('/credit-notes').send(note).expect(403);
    expect(forged.body.error).toBe('partner_mismatch');
    const ownName = await hub.as.partner.prap.post('/credit-notes').send({ ...note, partnerId: 'prap' }).expect(422);
    expect(ownName.body).toMatchObject({ error: 'unknown_invoice', issues: [{ field: 'invoiceNumber' }] });
    const invoice = await hub.as.partner.lac.get(`/invoices/${lacInvoice.invoiceId}`).expect(200);
    expect(invoice.body.creditedYen ?? 0).toBe(0);
  });

  it('refuses fields only the hub or staff may set on what a partner sends (property level)', async () => {
    const invoice = invoiceFor('lac', lacOrderId, [{ description: '追加', category: 'cause_and_scope_investigation', unitPriceYen: 10_000 }]);
    for (const extra of [{ state: 'settled' }, { approvedBy: 'yamada.senior' }, { coveredYen: 10_000 }]) {
      const refused = await hub.as.partner.lac.post('/invoices').send({ ...invoice, ...extra }).expect(400);
      expect(refused.body.issues).toEqual(expect.arrayContaining([expect.objectContaining({ field: Object.keys(extra)[0] })]));
    }
  });
});
