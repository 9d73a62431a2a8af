/**
 * The demo incident `npm run up` runs through the live hub: a demo サイバーLite policy, a breach
 * report with a usage notice, the insurer's confirmation, an order to LAC, and LAC's progress coming
 * back, then LAC's invoice — sent by LAC to its adapter in LAC's own terms — settled against the policy's limits,
 * and the payout confirmed paid. Prints what happened and where to look. Talks to the apps over HTTP only, as their
 * users do, each step as the person whose job it is, signed in at the staff OpenID provider (STAFF_OIDC_ISSUER):
 * the claims handler registers the policy and confirms coverage, the coordinator reports the incident, engages LAC
 * and watches the timeline, an approver approves an invoice held for approval, finance confirms the payment. LAC
 * calls with the access token core's token endpoint gives its client.
 */
import { randomUUID } from 'node:crypto';
import { demoWebhookSecret, signWebhook } from '@hub/adapter-kit';
import { demoPartnerClient, PartnerTokenClient } from '@hub/auth';
import { addYears } from '@hub/coverage';
import { computeInvoiceV2 } from '@hub/invoicing';
import { PARTNERS } from '@hub/partners';
import { signInDemoStaff } from '@hub/auth';

const CORE = process.env.CORE_URL ?? 'http://127.0.0.1:3000';
const SIM = process.env.SIM_URL ?? 'http://127.0.0.1:3002';
const ADAPTER = process.env.ADAPTER_URL ?? 'http://127.0.0.1:3001';
const STAFF_ISSUER = process.env.STAFF_OIDC_ISSUER ?? 'http://127.0.0.1:3010';
// The demo plays LAC's billing system, which signs with the secret LAC shares with its adapter and calls with the
// access token of LAC's OAuth client (the demo client, accepted in dev and test, unless told otherwise).
const LAC_SECRET = process.env.LAC_WEBHOOK_SECRET ?? demoWebhookSecret('lac');
const LAC_DEMO_CLIENT = demoPartnerClient('lac');
const lacTokens = new PartnerTokenClient(`${CORE}/oauth/token`, process.env.LAC_CLIENT_ID ?? LAC_DEMO_CLIENT.clientId, process.env.LAC_CLIENT_SECRET ?? LAC_DEMO_CLIENT.clientSecret);

/** The demo people (apps/staff-idp/src/demo-staff.ts), each signing in as themselves. */
const PEOPLE = {
  claims: 'tanaka.claims',
  coordinator: 'sato.coordinator',
  approver: 'yamada.senior',
  finance: 'ito.finance',
} as const;
type Person = keyof typeof PEOPLE;

type Answer = { status: number; json: Record<string, unknown> };

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
// A fresh demo policy each run, so every demo starts with its limits untouched.
const DEMO_POLICY = `DEMO-CL-${new Date().toISOString().replace(/\D/g, '').slice(2, 14)}`;
const PERIOD_START = new Date(Date.now() - 30 * 86_400_000).toISOString().slice(0, 10);

/** A request to core as one of the demo people, with the access token of their sign-in. */
async function call(who: Person, method: string, path: string, body?: unknown): Promise<Answer> {
  const token = await signInDemoStaff(STAFF_ISSUER, PEOPLE[who]);
  const response = await fetch(`${CORE}${path}`, {
    method,
    headers: { 'content-type': 'application/json', 'x-correlation-id': 'demo', authorization: `Bearer ${token}` },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  return { status: response.status, json: (await response.json()) as Record<string, unknown> };
}

async function expectStatus(label: string, result: Promise<Answer>, ...ok: number[]) {
  const { status, json } = await result;
  if (!ok.includes(status)) throw new Error(`${label}: HTTP ${status} ${JSON.stringify(json)}`);
  return json;
}

const say = (line: string) => console.log(`  ${line}`);

async function main(): Promise<void> {
  console.log('\n=== Demo incident ===');
  await expectStatus('seed demo policy', call('claims', 'POST', '/policies', {
    policyNumber: DEMO_POLICY,
    product: 'cyber-lite',
    insured: { name: '株式会社デモ商事', corporateNumber: '7010001008844' },
    // A policy year that started a month ago, first written a year before that: the demo stays inside its period.
    firstInceptionDate: addYears(PERIOD_START, -1),
    periodStart: PERIOD_START,
    periodEnd: addYears(PERIOD_START, 1),
    liabilityLimitYen: 100_000_000,
    expenseSublimitYen: 10_000_000,
  }), 201);
  say(`policy ${DEMO_POLICY}: サイバーLite, liability ¥100,000,000, expense sublimit ¥10,000,000 (registered by ${PEOPLE.claims})`);

  const incident = await expectStatus('report incident', call('coordinator', 'POST', '/cases', {
    policyNumber: DEMO_POLICY,
    incident: {
      kind: 'leak',
      summary: 'ECサイトへの不正アクセスによりクレジットカード情報を含む顧客情報が漏えいした可能性',
      discoveredAt: new Date(Date.now() - 3_600_000).toISOString(),
      discoveryChannel: 'security_operations_provider',
      estimatedRecords: 8_500,
      victims: { individuals: 8_500, corporations: 0 },
    },
    usageNotice: { contactName: '総務部 山田', contactPhone: '03-0000-1234', requestedFunctions: ['investigation', 'crisis_pr'] },
  }), 201);
  const caseId = String(incident.caseId);
  say(`reported by ${PEOPLE.coordinator}: case ${caseId} (coverage pending)`);

  await expectStatus('confirm coverage', call('claims', 'POST', `/cases/${caseId}/coverage-decision`, { decision: 'confirmed' }), 200);
  say(`insurer confirmed coverage (${PEOPLE.claims})`);

  const order = await expectStatus('issue order', call('coordinator', 'POST', `/cases/${caseId}/orders`, {
    partnerId: 'lac',
    supportFunction: 'investigation',
    scope: 'Incident assessment by interview, forensic investigation of the EC server, advice to stop the damage spreading',
    estimateYen: 3_300_000,
  }), 201);
  const orderId = String(order.orderId);
  say(`order ${orderId} issued to LAC by ${PEOPLE.coordinator}`);

  const deadline = Date.now() + 60_000;
  let entries: { kind: string; toStatus: string | null; milestone: string | null; actor: string; occurredAt: string }[] = [];
  while (Date.now() < deadline) {
    const timeline = await expectStatus('timeline', call('coordinator', 'GET', `/cases/${caseId}/timeline`), 200);
    entries = timeline.entries as typeof entries;
    if (entries.some((e) => e.milestone === 'preliminary_report_delivered')) break;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  console.log('\n  Timeline:');
  for (const e of entries) {
    say(`  ${e.occurredAt}  ${e.kind.padEnd(22)} ${(e.toStatus ?? '').padEnd(13)} ${(e.milestone ?? '').padEnd(30)} ${e.actor}`);
  }
  if (!entries.some((e) => e.milestone === 'preliminary_report_delivered')) {
    throw new Error('LAC\'s preliminary report did not reach the timeline within 60 s');
  }
  // LAC's billing system invoices its work so far to its adapter, in LAC's own terms (API v2); core settles it against
  // the policy's limits from Kafka, exactly as POST /invoices would, and LAC reads the decision back.
  // Two taxable lines and one reimbursed train fare (立替金, 不課税): tax once per rate on the taxable ones only.
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
  const webhookId = `msg_${randomUUID().replace(/-/g, '')}`;
  await expectStatus('LAC sends its invoice to its adapter', asLac('POST', '/lac/v2/invoices', webhookId, {
    api_version: '2',
    engagement_id: orderId,
    invoice_no: `LAC-DEMO-${Date.now()}`,
    issued_on: today,
    issuer: { name: PARTNERS.lac.nameJa, registration_no: PARTNERS.lac.registrationNumber },
    bill_to: '株式会社デモ商事',
    work_date: today,
    price_basis: 'EXCL_TAX',
    tax_rounding: 'DOWN',
    items,
    summary: { per_rate: computed.byRate.map((r) => ({ rate: r.rate, amount_jpy: r.amountYen, tax_jpy: r.taxYen })), non_taxable_jpy: computed.nonTaxableYen, total_jpy: computed.grossYen },
  }), 202);
  let decided: Record<string, unknown> | undefined;
  for (let i = 0; i < 100 && !decided; i++) {
    const outcome = await expectStatus('LAC reads the decision', asLac('GET', `/lac/v2/callbacks/${webhookId}`, `msg_${randomUUID().replace(/-/g, '')}`), 200);
    if ((outcome.core as { result: string | null }).result) decided = outcome.core as Record<string, unknown>;
    else await new Promise((resolve) => setTimeout(resolve, 200));
  }
  if (!decided || decided.result !== 'accepted') throw new Error(`LAC's invoice was not accepted: ${JSON.stringify(decided ?? 'no decision within 20 s')}`);
  const invoiceId = String(decided.invoiceId);
  let invoice = await expectStatus('settled invoice', call('finance', 'GET', `/invoices/${invoiceId}`), 200);
  console.log('\n  Invoice and settlement:');
  say(`LAC invoice ¥${computed.grossYen.toLocaleString('ja-JP')} (tax ¥${computed.taxYen.toLocaleString('ja-JP')}, not taxable ¥${computed.nonTaxableYen.toLocaleString('ja-JP')}) → ${String(invoice.state)}`);
  if (invoice.state === 'awaiting_approval') {
    // Held (above the approval threshold or the order's estimate): an approver within whose limit it falls approves it.
    say(`held for approval: ${String(invoice.stateReason)}`);
    invoice = await expectStatus('approve invoice', call('approver', 'POST', `/invoices/${invoiceId}/approve`, { note: 'Demo: work as ordered' }), 200);
    say(`approved by ${PEOPLE.approver} → ${String(invoice.state)}`);
  }
  const settlement = invoice.settlement as { coveredYen: number; retainedYen: number } | null;
  if (settlement) say(`covered ¥${settlement.coveredYen.toLocaleString('ja-JP')}, retained by the insured ¥${settlement.retainedYen.toLocaleString('ja-JP')}`);
  for (const payout of invoice.payouts as { payoutId: string; payee: string; payeeName: string; amountYen: number; state: string }[]) {
    say(`payout instructed: ¥${payout.amountYen.toLocaleString('ja-JP')} to ${payout.payeeName} (${payout.payee})`);
    if (payout.state !== 'instructed') continue;
    // The insurer pays; finance confirms it against the transfer.
    const paymentReference = `DEMO-TRANSFER-${Date.now()}`;
    invoice = await expectStatus('confirm payment', call('finance', 'POST', `/payouts/${payout.payoutId}/confirm-payment`, {
      paymentReference,
      paidAt: new Date().toISOString(),
      amountYen: payout.amountYen,
    }), 200);
    say(`paid: ${paymentReference}, confirmed by ${PEOPLE.finance}`);
  }
  say(`invoice ${String(invoice.state)}`);
  const usage = await expectStatus('limit usage', call('claims', 'GET', `/cases/${caseId}/limit-usage`), 200);
  for (const l of usage.limits as { limit: string; unit: string; used: number; remaining: number }[]) {
    const amount = (n: number) => (l.unit === 'yen' ? `¥${n.toLocaleString('ja-JP')}` : `${n.toLocaleString('ja-JP')} recipients`);
    say(`  ${l.limit.padEnd(34)} used ${amount(l.used).padStart(14)}   remaining ${amount(l.remaining)}`);
  }

  console.log(`\n  Look at (with a bearer token: a demo person's from ${STAFF_ISSUER}, password demo-<username>; a partner's from ${CORE}/oauth/token):`);
  say(`case:              ${CORE}/cases/${caseId}`);
  say(`timeline:          ${CORE}/cases/${caseId}/timeline`);
  say(`order:             ${CORE}/orders/${orderId}`);
  say(`invoice:           ${CORE}/invoices/${String(invoice.invoiceId)}`);
  say(`limit usage:       ${CORE}/cases/${caseId}/limit-usage`);
  say(`payouts:           ${CORE}/payouts?caseId=${caseId}`);
  say(`core API docs:     ${CORE}/docs`);
  say(`LAC (simulated):   ${SIM}/lac/v2/engagements`);
  say(`delivery record:   ${ADAPTER}/deliveries/${orderId}`);
  say(`LAC's invoice:     ${ADAPTER}/lac/v2/callbacks/${webhookId} (signed as LAC, with LAC's token)`);
  say(`adapter API docs:  ${ADAPTER}/docs`);
}

main().catch((error: unknown) => {
  console.error(`demo failed: ${(error as Error).message}`);
  process.exit(1);
});
