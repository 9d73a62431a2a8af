import { contractValidator, type InvoiceViewV2, type PayoutListV3, type PayoutV2 } from '@hub/contracts';
import { coreClient } from '../support/core-client';
import { invoiceFor } from '../support/invoices';
import { newestFirst, readAllPages, repeated } from '../support/list-pages';
import { type RunningHub, startHub } from '../support/running-hub';
import { acceptedOrder, confirmedCase, registerPolicy } from '../support/settlement-setup';

const PAYOUTS = 614;
const IN_FLIGHT = 8;

/**
 * GET /payouts stopped at 500 rows, oldest first: 114 of 614 instructed payouts never appeared in the insurer's list.
 * Here 614 invoices are submitted and settled through the API as LAC submits them, and every payout they instruct is
 * read back through the pages, exactly once, newest first — also while another payout is instructed between pages.
 */
describe('every payout, a page at a time', () => {
  let hub: RunningHub;
  let caseId: string;
  let orderId: string;
  let submitted = 0;

  /** Each amount its own, so no invoice looks like another (a look-alike would be held for approval, not paid). */
  const submit = async (): Promise<InvoiceViewV2> => {
    const unitPriceYen = 10_000 + submitted++;
    const invoice = invoiceFor('lac', orderId, [{ description: `調査 ${unitPriceYen}`, category: 'cause_and_scope_investigation', unitPriceYen }]);
    return (await hub.as.partner.lac.post('/invoices').send(invoice).expect(201)).body as InvoiceViewV2;
  };

  beforeAll(async () => {
    hub = await startHub({ apps: ['core'] });
    const core = coreClient(hub.as);
    caseId = await confirmedCase(core, await registerPolicy(core));
    orderId = await acceptedOrder(core, hub.dataSource, caseId);
    for (let done = 0; done < PAYOUTS; done += IN_FLIGHT) {
      const settled = await Promise.all(Array.from({ length: Math.min(IN_FLIGHT, PAYOUTS - done) }, submit));
      expect(settled.map((i) => [i.state, i.payouts.length])).toEqual(settled.map(() => ['settled', 1]));
    }
  }, 240_000);
  afterAll(() => hub?.stop());

  it(`lists all ${PAYOUTS} of a case, newest first, each once, through the cursor`, async () => {
    const { rows, pages } = await readAllPages<PayoutV2>(hub.as.finance, '/payouts', 'payouts', { caseId, state: 'instructed', limit: '200' });
    expect(pages).toBe(4);
    expect(rows).toHaveLength(PAYOUTS);
    expect(repeated(rows.map((p) => p.payoutId))).toEqual([]);
    expect(newestFirst(rows, (p) => p.instructedAt, (p) => p.payoutId)).toBe(true);
    expect(Number((await hub.dataSource.query(`SELECT count(*) FROM payouts WHERE case_id = $1 AND state = 'instructed'`, [caseId]))[0].count)).toBe(PAYOUTS);
  });

  it('answers 50 at a time when no limit is asked, and says where the next page starts', async () => {
    const page = (await hub.as.claims.get('/payouts').query({ caseId }).expect(200)).body as PayoutListV3;
    expect(contractValidator().validate('http/core/payouts.v3', page).ok).toBe(true);
    expect(page.payouts).toHaveLength(50);
    expect(page.nextCursor).toEqual(expect.any(String));
  });

  it("finds every one of them in the insurer's whole list, while a payout is instructed between pages", async () => {
    const before = new Set(((await hub.dataSource.query(`SELECT id FROM payouts WHERE case_id = $1`, [caseId])) as { id: string }[]).map((r) => r.id));
    let later: InvoiceViewV2 | undefined;
    const { rows } = await readAllPages<PayoutV2>(hub.as.auditor, '/payouts', 'payouts', { limit: '200' }, async (page) => {
      if (page === 1) later = await submit();
    });
    const ids = rows.map((p) => p.payoutId);
    expect(repeated(ids)).toEqual([]);
    expect([...before].filter((id) => !ids.includes(id))).toEqual([]);
    // Instructed after the reading began, it is newer than the place the reading had reached: it comes next time.
    expect(ids).not.toContain(later?.payouts[0].payoutId);
    expect(newestFirst(rows, (p) => p.instructedAt, (p) => p.payoutId)).toBe(true);
    const newest = (await hub.as.auditor.get('/payouts').query({ caseId, limit: '1' }).expect(200)).body as PayoutListV3;
    expect(newest.payouts.map((p) => p.payoutId)).toEqual([later?.payouts[0].payoutId]);
  });

  it('narrows to a partner, a state and a time range', async () => {
    const all = await readAllPages<PayoutV2>(hub.as.finance, '/payouts', 'payouts', { caseId, limit: '200' });
    const middle = all.rows[300].instructedAt;
    const since = await readAllPages<PayoutV2>(hub.as.finance, '/payouts', 'payouts', { caseId, from: middle, limit: '200' });
    expect(since.rows.map((p) => p.payoutId)).toEqual(all.rows.filter((p) => p.instructedAt >= middle).map((p) => p.payoutId));
    const until = await readAllPages<PayoutV2>(hub.as.finance, '/payouts', 'payouts', { caseId, to: middle, limit: '200' });
    expect(until.rows.length + since.rows.length).toBe(all.rows.length);
    expect((await hub.as.finance.get('/payouts').query({ caseId, partnerId: 'lac', limit: '1' }).expect(200)).body.payouts).toHaveLength(1);
    expect((await hub.as.finance.get('/payouts').query({ caseId, partnerId: 'prap' }).expect(200)).body).toEqual({ payouts: [], nextCursor: null });
    expect((await hub.as.finance.get('/payouts').query({ caseId, state: 'paid' }).expect(200)).body).toEqual({ payouts: [], nextCursor: null });
    // LAC reads the payouts of its own invoices; PRAP none of them.
    expect((await hub.as.partner.lac.get('/payouts').query({ caseId, limit: '3' }).expect(200)).body.payouts).toHaveLength(3);
    expect((await hub.as.partner.prap.get('/payouts').query({ caseId }).expect(200)).body.payouts).toEqual([]);
  });
});
