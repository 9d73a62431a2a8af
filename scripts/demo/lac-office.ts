import { randomUUID } from 'node:crypto';
import { demoWebhookSecret, signWebhook } from '@hub/adapter-kit';
import { demoPartnerClient, PartnerTokenClient } from '@hub/auth';
import { computeInvoiceV2 } from '@hub/invoicing';
import { PARTNERS } from '@hub/partners';
import { Answer, CORE, expectStatus } from './demo-client';

const ADAPTER = process.env.ADAPTER_URL ?? 'http://127.0.0.1:3001';
// The demo plays LAC's reporting and billing desk, which signs with the secret LAC shares with its adapter and calls with
// the access token of LAC's OAuth client (the demo client, accepted in dev and test, unless told otherwise).
const LAC_SECRET = process.env.LAC_WEBHOOK_SECRET ?? demoWebhookSecret('lac');
const LAC_DEMO_CLIENT = demoPartnerClient('lac');
const lacTokens = new PartnerTokenClient(`${CORE}/oauth/token`, process.env.LAC_CLIENT_ID ?? LAC_DEMO_CLIENT.clientId, process.env.LAC_CLIENT_SECRET ?? LAC_DEMO_CLIENT.clientSecret);
const newWebhookId = () => `msg_${randomUUID().replace(/-/g, '')}`;

/** A request to LAC's adapter, signed as LAC signs (Standard Webhooks), with LAC's bearer token. */
async function asLac(method: 'GET' | 'POST', path: string, webhookId: string, body?: unknown): Promise<Answer> {
  const text = body === undefined ? '' : JSON.stringify(body);
  const response = await fetch(`${ADAPTER}${path}`, {
    method,
    headers: { 'content-type': 'application/json', ...signWebhook(LAC_SECRET, webhookId, Math.floor(Date.now() / 1000), text), ...(await lacTokens.authorization()) },
    body: body === undefined ? undefined : text,
  });
  return { status: response.status, json: (await response.json()) as Record<string, unknown> };
}

/** LAC reports its work complete (the simulated analysts stop at the preliminary report; the demo plays the final one). */
export async function lacReportsComplete(orderId: string): Promise<void> {
  await expectStatus('LAC reports its work complete', asLac('POST', '/lac/v2/callbacks', newWebhookId(), {
    api_version: '2',
    engagement_id: orderId,
    ticket_no: 'LAC-DEMO',
    sequence: 99,
    event_type: 'COMPLETED',
    remarks: '最終報告書を納品しました',
    occurred_at: new Date().toISOString(),
  }), 200);
}

/**
 * LAC's billing system invoices its work to its adapter, in LAC's own terms (API v2); core settles it from Kafka exactly
 * as POST /invoices would, and LAC reads the decision back. Two taxable lines and a reimbursed train fare (立替金,
 * 不課税): tax once per rate on the taxable ones only. Returns the invoice id and the gross.
 */
export async function lacBills(orderId: string, billTo: string): Promise<{ invoiceId: string; grossYen: number; webhookId: string }> {
  const items = [
    { work_code: 'IR-ASSESS', description: '初動対応・事故査定（ヒアリング）', qty: 1, unit_price_jpy: 1_200_000, tax_code: 'STD10' },
    { work_code: 'IR-FORENSICS', description: 'フォレンジック調査（サーバ2台）', qty: 1, unit_price_jpy: 2_000_000, tax_code: 'STD10' },
    { work_code: 'IR-ASSESS', description: '交通費（立替金・新幹線）', qty: 2, unit_price_jpy: 14_720, tax_code: 'OUT_OF_SCOPE' },
  ];
  const computed = computeInvoiceV2(
    items.map((l, i) => ({ lineNo: i + 1, taxCategory: l.tax_code === 'STD10' ? 'taxable' : 'out_of_scope', taxRate: l.tax_code === 'STD10' ? 10 : null, amountYen: l.qty * l.unit_price_jpy })),
    'tax_exclusive',
    'floor',
  );
  const today = new Date(Date.now() + 9 * 3600_000).toISOString().slice(0, 10);
  const webhookId = newWebhookId();
  await expectStatus('LAC sends its invoice to its adapter', asLac('POST', '/lac/v2/invoices', webhookId, {
    api_version: '2',
    engagement_id: orderId,
    invoice_no: `LAC-DEMO-${Date.now()}`,
    issued_on: today,
    issuer: { name: PARTNERS.lac.nameJa, registration_no: PARTNERS.lac.registrationNumber },
    bill_to: billTo,
    work_date: today,
    price_basis: 'EXCL_TAX',
    tax_rounding: 'DOWN',
    items,
    summary: { per_rate: computed.byRate.map((r) => ({ rate: r.rate, amount_jpy: r.amountYen, tax_jpy: r.taxYen })), non_taxable_jpy: computed.nonTaxableYen, total_jpy: computed.grossYen },
  }), 202);
  for (let i = 0; i < 100; i++) {
    const outcome = await expectStatus('LAC reads the decision', asLac('GET', `/lac/v2/callbacks/${webhookId}`, newWebhookId()), 200);
    const core = outcome.core as { result: string | null; invoiceId?: string };
    if (core.result === 'accepted') return { invoiceId: String(core.invoiceId), grossYen: computed.grossYen, webhookId };
    if (core.result) throw new Error(`LAC's invoice was not accepted: ${JSON.stringify(core)}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error('no decision on LAC\'s invoice within 20 s');
}

export const LAC_ADAPTER = ADAPTER;
