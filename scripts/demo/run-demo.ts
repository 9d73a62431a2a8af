/**
 * The demo incident `npm run up` runs through the live hub: a demo サイバーLite policy, a breach
 * report with a usage notice, the insurer's confirmation, an order to LAC, and LAC's progress coming
 * back, then LAC's invoice settled against the policy's limits. Prints what happened and where to look.
 * Talks to the apps over HTTP only, as their users do.
 */
import { computeInvoiceTax } from '@hub/invoicing';

const CORE = process.env.CORE_URL ?? 'http://127.0.0.1:3000';
const SIM = process.env.SIM_URL ?? 'http://127.0.0.1:3002';
// A fresh demo policy each run, so every demo starts with its limits untouched.
const DEMO_POLICY = `DEMO-CL-${new Date().toISOString().replace(/\D/g, '').slice(2, 14)}`;

async function call(method: string, path: string, body?: unknown): Promise<{ status: number; json: Record<string, unknown> }> {
  const response = await fetch(`${CORE}${path}`, {
    method,
    headers: { 'content-type': 'application/json', 'x-correlation-id': 'demo' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  return { status: response.status, json: (await response.json()) as Record<string, unknown> };
}

async function expectStatus(label: string, result: Promise<{ status: number; json: Record<string, unknown> }>, ...ok: number[]) {
  const { status, json } = await result;
  if (!ok.includes(status)) throw new Error(`${label}: HTTP ${status} ${JSON.stringify(json)}`);
  return json;
}

const say = (line: string) => console.log(`  ${line}`);

async function main(): Promise<void> {
  console.log('\n=== Demo incident ===');
  await expectStatus('seed demo policy', call('POST', '/policies', {
    policyNumber: DEMO_POLICY,
    product: 'cyber-lite',
    insured: { name: '株式会社デモ商事', corporateNumber: '7010001008844' },
    periodStart: '2026-04-01',
    periodEnd: '2027-04-01',
    retroactiveDate: '2025-04-01',
    liabilityLimitYen: 100_000_000,
    expenseSublimitYen: 10_000_000,
  }), 201);
  say(`policy ${DEMO_POLICY}: サイバーLite, liability ¥100,000,000, expense sublimit ¥10,000,000`);

  const incident = await expectStatus('report incident', call('POST', '/cases', {
    policyNumber: DEMO_POLICY,
    incident: {
      kind: 'leak',
      summary: 'ECサイトへの不正アクセスによりクレジットカード情報を含む顧客情報が漏えいした可能性',
      discoveredAt: new Date(Date.now() - 3_600_000).toISOString(),
      estimatedRecords: 8_500,
      affected: { individuals: 8_500, corporations: 0 },
    },
    usageNotice: { contactName: '総務部 山田', contactPhone: '03-0000-1234', requestedFunctions: ['investigation', 'crisis_pr'] },
  }), 201);
  const caseId = String(incident.caseId);
  say(`reported: case ${caseId} (coverage pending)`);

  await expectStatus('confirm coverage', call('POST', `/cases/${caseId}/coverage-decision`, { decision: 'confirmed', decidedBy: 'demo-adjuster' }), 200);
  say('insurer confirmed coverage');

  const order = await expectStatus('issue order', call('POST', `/cases/${caseId}/orders`, {
    partnerId: 'lac',
    supportFunction: 'investigation',
    scope: 'Incident assessment by interview, forensic investigation of the EC server, advice to stop the damage spreading',
    estimateYen: 3_300_000,
  }), 201);
  const orderId = String(order.orderId);
  say(`order ${orderId} issued to LAC`);

  const deadline = Date.now() + 60_000;
  let entries: { kind: string; toStatus: string | null; milestone: string | null; actor: string; occurredAt: string }[] = [];
  while (Date.now() < deadline) {
    const timeline = await expectStatus('timeline', call('GET', `/cases/${caseId}/timeline`), 200);
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
  // LAC invoices its work so far; core settles it against the policy's limits and instructs the payout.
  const lines = [
    { description: '初動対応・事故査定（ヒアリング）', category: 'cause_and_scope_investigation', quantity: 1, unitPriceYen: 1_200_000, taxRate: 10 as const },
    { description: 'フォレンジック調査（サーバ2台）', category: 'cause_and_scope_investigation', quantity: 1, unitPriceYen: 2_000_000, taxRate: 10 as const },
  ];
  const tax = computeInvoiceTax(lines.map((l, i) => ({ ...l, lineNo: i + 1 })), 'floor');
  const invoice = await expectStatus('submit invoice', call('POST', '/invoices', {
    partnerId: 'lac',
    orderId,
    invoiceNumber: `LAC-DEMO-${Date.now()}`,
    issueDate: new Date().toISOString().slice(0, 10),
    // The National Tax Agency's own corporate number: a real, valid check digit, standing in for LAC's.
    issuerRegistrationNumber: 'T7000012050002',
    roundingMode: 'floor',
    lines,
    stated: { netYen: tax.netYen, taxByRate: tax.byRate.map((r) => ({ rate: r.rate, taxYen: r.taxYen })), grossYen: tax.grossYen },
  }), 201);
  const settlement = invoice.settlement as { coveredYen: number; retainedYen: number } | null;
  const payout = invoice.payout as { payee: string; payeeName: string; amountYen: number } | null;
  console.log('\n  Invoice and settlement:');
  say(`LAC invoice ¥${tax.grossYen.toLocaleString('ja-JP')} (tax ¥${tax.taxYen.toLocaleString('ja-JP')}) → ${String(invoice.state)}`);
  if (settlement) say(`covered ¥${settlement.coveredYen.toLocaleString('ja-JP')}, retained by the insured ¥${settlement.retainedYen.toLocaleString('ja-JP')}`);
  if (payout) say(`payout instructed: ¥${payout.amountYen.toLocaleString('ja-JP')} to ${payout.payeeName} (${payout.payee})`);
  const usage = await expectStatus('limit usage', call('GET', `/cases/${caseId}/limit-usage`), 200);
  for (const l of usage.limits as { limit: string; usedYen: number; remainingYen: number }[]) {
    say(`  ${l.limit.padEnd(20)} used ¥${l.usedYen.toLocaleString('ja-JP').padStart(12)}   remaining ¥${l.remainingYen.toLocaleString('ja-JP')}`);
  }

  console.log('\n  Look at:');
  say(`case:              ${CORE}/cases/${caseId}`);
  say(`timeline:          ${CORE}/cases/${caseId}/timeline`);
  say(`order:             ${CORE}/orders/${orderId}`);
  say(`invoice:           ${CORE}/invoices/${String(invoice.invoiceId)}`);
  say(`limit usage:       ${CORE}/cases/${caseId}/limit-usage`);
  say(`payouts:           ${CORE}/payouts?state=instructed`);
  say(`core API docs:     ${CORE}/docs`);
  say(`LAC (simulated):   ${SIM}/lac/v1/engagements`);
  say(`adapter API docs:  ${process.env.ADAPTER_URL ?? 'http://127.0.0.1:3001'}/docs`);
}

main().catch((error: unknown) => {
  console.error(`demo failed: ${(error as Error).message}`);
  process.exit(1);
});
