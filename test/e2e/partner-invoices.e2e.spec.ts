import { randomUUID } from 'node:crypto';
import { demoWebhookSecret } from '@hub/adapter-kit';
import type { LacInvoiceV2 } from '@hub/contracts';
import { eventually, getSigned, postSigned } from '@hub/testing';
import { coreClient } from '../support/core-client';
import { lacOrder } from '../support/demo-requests';
import { LAC_REGISTRATION } from '../support/invoices';
import { RunningHub, startHub } from '../support/running-hub';

const LAC_SECRET = demoWebhookSecret('lac');
const newWebhookId = () => `msg_${randomUUID().replace(/-/g, '')}`;
const todayInTokyo = () => new Date(Date.now() + 9 * 3600_000).toISOString().slice(0, 10);

/** LAC's invoice as its billing system sends it (API v2): three lines, one of them a reimbursed fare. */
function lacInvoice(orderId: string, overrides: Partial<LacInvoiceV2> = {}): LacInvoiceV2 {
  return {
    api_version: '2',
    engagement_id: orderId,
    invoice_no: `LAC-INV-${randomUUID().slice(0, 8)}`,
    issued_on: todayInTokyo(),
    issuer: { name: '株式会社ラック', registration_no: LAC_REGISTRATION },
    bill_to: '株式会社みなと精機',
    work_date: todayInTokyo(),
    price_basis: 'EXCL_TAX',
    tax_rounding: 'DOWN',
    items: [
      { work_code: 'IR-FORENSICS', description: 'フォレンジック調査 (5 人日)', qty: 5, unit_price_jpy: 300_000, tax_code: 'STD10' },
      { work_code: 'IR-CONTAIN', description: '被害拡大防止の助言', qty: 1, unit_price_jpy: 200_000, tax_code: 'STD10' },
      { work_code: 'IR-ASSESS', description: '出張交通費 (立替)', qty: 1, unit_price_jpy: 12_340, tax_code: 'OUT_OF_SCOPE' },
    ],
    summary: { per_rate: [{ rate: 10, amount_jpy: 1_700_000, tax_jpy: 170_000 }], non_taxable_jpy: 12_340, total_jpy: 1_882_340 },
    ...overrides,
  };
}

/**
 * LAC bills through its adapter in its own terms; core settles the invoice from Kafka exactly as POST /invoices
 * would, and LAC reads the decision back by webhook-id — accepted with the invoice, or refused with the reason.
 */
describe('a partner\'s native invoice, settled through Kafka', () => {
  let hub: RunningHub;
  let core: ReturnType<typeof coreClient>;

  const submit = (body: unknown, webhookId = newWebhookId(), token = hub.tokens.partner.lac) =>
    postSigned(`${hub.adapterUrl}/lac/v2/invoices`, LAC_SECRET, body, { webhookId, token });
  const decision = (webhookId: string) =>
    eventually(async () => {
      const read = await getSigned(`${hub.adapterUrl}/lac/v2/callbacks/${webhookId}`, LAC_SECRET, { token: hub.tokens.partner.lac });
      return (read.body.core as { result: string | null }).result ? read.body : undefined;
    }, { what: 'core\'s decision on the invoice', timeoutMs: 20_000 });

  beforeAll(async () => {
    hub = await startHub({ simStepDelayMs: 50 });
    core = coreClient(hub.as);
  });

  afterAll(async () => {
    await hub?.stop();
  });

  async function orderLacWorksOn(): Promise<string> {
    const { caseId } = await core.openCase({ confirm: true });
    const orderId = (await hub.as.coordinator.post(`/cases/${caseId}/orders`).send(lacOrder()).expect(201)).body.orderId as string;
    await eventually(async () => (await core.order(orderId)).acceptedAt !== null, { what: 'LAC to accept', timeoutMs: 20_000 });
    return orderId;
  }

  it('settles LAC\'s invoice as POST /invoices would, once however often LAC sends it', async () => {
    const orderId = await orderLacWorksOn();
    const webhookId = newWebhookId();
    const invoice = lacInvoice(orderId);
    const answer = await submit(invoice, webhookId);
    expect(answer.status).toBe(202);
    expect(answer.body).toMatchObject({ received: true, duplicate: false });

    const decided = await decision(webhookId);
    expect(decided).toMatchObject({ kind: 'invoice', orderId, outcome: 'accepted', core: { result: 'accepted', code: null } });
    const invoiceId = (decided.core as { invoiceId: string }).invoiceId;
    const stored = (await hub.as.coordinator.get(`/invoices/${invoiceId}`).expect(200)).body;
    expect(stored).toMatchObject({ partnerId: 'lac', orderId, invoiceNumber: invoice.invoice_no, totals: { grossYen: 1_882_340 } });
    expect(stored.settlement.coveredYen + stored.settlement.retainedYen).toBe(1_882_340);

    // Sent again with the same webhook-id: nothing more happens.
    expect((await submit(invoice, webhookId)).body).toMatchObject({ duplicate: true });
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    const invoices = await hub.dataSource.query('SELECT count(*)::int AS n FROM invoices WHERE order_id = $1', [orderId]);
    expect(invoices[0].n).toBe(1);
  });

  it('reports core\'s refusals back to LAC with the reason: the same number again, and totals that do not add up', async () => {
    const orderId = await orderLacWorksOn();
    const first = lacInvoice(orderId);
    const firstId = newWebhookId();
    await submit(first, firstId);
    expect(await decision(firstId)).toMatchObject({ core: { result: 'accepted' } });

    const again = newWebhookId();
    expect((await submit(lacInvoice(orderId, { invoice_no: first.invoice_no.toLowerCase() }), again)).status).toBe(202);
    const duplicate = await decision(again);
    expect(duplicate).toMatchObject({ outcome: 'accepted', core: { result: 'refused', invoiceId: null } });
    expect((duplicate.core as { code: string }).code).toMatch(/duplicate/);

    const wrongTotals = newWebhookId();
    await submit(lacInvoice(orderId, { invoice_no: `LAC-INV-${randomUUID().slice(0, 8)}`, summary: { per_rate: [{ rate: 10, amount_jpy: 1_700_000, tax_jpy: 170_001 }], non_taxable_jpy: 12_340, total_jpy: 1_882_341 } }), wrongTotals);
    const refused = await decision(wrongTotals);
    expect(refused).toMatchObject({ core: { result: 'refused', code: 'validation_failed' } });
    expect((refused.core as { note: string }).note).toContain('not a valid qualified invoice');
  });

  it('refuses at the edge what is not LAC\'s to bill: an unknown engagement (404) and a body outside LAC\'s contract (400)', async () => {
    expect((await submit(lacInvoice(randomUUID()))).status).toBe(404);
    const bad = await submit({ ...lacInvoice(randomUUID()), price_basis: 'NET' });
    expect(bad.status).toBe(400);
    expect(bad.body.issues).toContainEqual({ field: 'price_basis', reason: 'must be one of: EXCL_TAX, INCL_TAX' });
    expect((await hub.adapterAs.partner.lac.post('/lac/v1/invoices').send({})).status).toBe(404);
  });

  it('takes an invoice only from LAC itself: signed but without LAC\'s token (401) or with another partner\'s (403)', async () => {
    const orderId = await orderLacWorksOn();
    const anonymous = await postSigned(`${hub.adapterUrl}/lac/v2/invoices`, LAC_SECRET, lacInvoice(orderId));
    expect(anonymous.status).toBe(401);
    expect(anonymous.body).toMatchObject({ error: 'unauthenticated' });
    const foreign = await submit(lacInvoice(orderId), newWebhookId(), hub.tokens.partner.aos);
    expect(foreign.status).toBe(403);
    expect(foreign.body).toMatchObject({ error: 'forbidden' });
    // A staff member is no partner either.
    expect((await submit(lacInvoice(orderId), newWebhookId(), hub.tokens.staff.finance)).status).toBe(403);
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect((await hub.dataSource.query('SELECT count(*)::int AS n FROM invoices WHERE order_id = $1', [orderId]))[0].n).toBe(0);
  });
});
