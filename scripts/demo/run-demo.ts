/**
 * The demo incident `npm run up` runs through the live hub: a サイバーLite policy, an EC site's breach reported with a
 * usage notice, the insurer's confirmation, then every support function a real breach needs — investigation (LAC, and
 * AOS Legaltech preserving evidence), crisis PR (PRAP Japan's drafts, approved or returned by the coordinator, and
 * Eltes monitoring social media), a call centre (Bell System 24) and, at the end, trust recovery (I.S.Rating). Each
 * partner's simulator reports progress, delivers, completes and invoices in its own terms through its own adapter; core
 * settles every invoice against the policy's limits; the coordinator closes each order; the demo prints the limits used
 * per partner. Talks to the apps over HTTP only, each step as the person whose job it is, signed in at the staff
 * OpenID provider; LAC's final report and invoice are played by the demo as LAC's desk.
 */
import { addYears } from '@hub/coverage';
import { payThroughTheBank } from './bank-day';
import { call, CONSOLE, CORE, everyPage, expectStatus, PEOPLE, say, SIM, STAFF_ISSUER, waitFor, yen } from './demo-client';
import { DemoOrder, FIRST_WAVE, TRUST_RECOVERY } from './demo-orders';
import { LAC_ADAPTER, lacBills, lacReportsComplete } from './lac-office';
import { reviewPrapDrafts } from './prap-reviews';

// A fresh demo policy each run, so every demo starts with its limits untouched.
const DEMO_POLICY = `DEMO-CL-${new Date().toISOString().replace(/\D/g, '').slice(2, 14)}`;
const PERIOD_START = new Date(Date.now() - 30 * 86_400_000).toISOString().slice(0, 10);
const INSURED = '株式会社デモ商事';

interface Invoice {
  invoiceId: string;
  partnerId: string;
  orderId: string;
  state: string;
  totals: { grossYen: number };
  settlement: { coveredYen: number; retainedYen: number } | null;
  payouts: { payoutId: string; amountYen: number; state: string; payee: string; payeeName: string }[];
}

async function openCase(): Promise<string> {
  await expectStatus('register the policy', call('claims', 'POST', '/policies', {
    policyNumber: DEMO_POLICY,
    product: 'cyber-lite',
    insured: { name: INSURED, corporateNumber: '7010001008844' },
    // A policy year that started a month ago, first written a year before that: the demo stays inside its period.
    firstInceptionDate: addYears(PERIOD_START, -1),
    periodStart: PERIOD_START,
    periodEnd: addYears(PERIOD_START, 1),
    liabilityLimitYen: 200_000_000,
    expenseSublimitYen: 20_000_000,
  }), 201);
  say(`policy ${DEMO_POLICY}: サイバーLite, liability ¥200,000,000, expense sublimit ¥20,000,000 (registered by ${PEOPLE.claims})`);
  const incident = await expectStatus('report the incident', call('coordinator', 'POST', '/cases', {
    policyNumber: DEMO_POLICY,
    incident: {
      kind: 'leak',
      summary: 'ECサイトへの不正アクセスによりクレジットカード情報を含む顧客情報が漏えいした可能性',
      discoveredAt: new Date(Date.now() - 3_600_000).toISOString(),
      discoveryChannel: 'security_operations_provider',
      estimatedRecords: 8_500,
      victims: { individuals: 8_500, corporations: 0 },
    },
    usageNotice: { contactName: '総務部 山田', contactPhone: '03-0000-1234', requestedFunctions: ['investigation', 'crisis_pr', 'call_centre', 'trust_recovery'] },
  }), 201);
  const caseId = String(incident.caseId);
  say(`reported by ${PEOPLE.coordinator}: case ${caseId}`);
  await expectStatus('confirm coverage', call('claims', 'POST', `/cases/${caseId}/coverage-decision`, { decision: 'confirmed' }), 200);
  say(`insurer confirmed coverage (${PEOPLE.claims})`);
  return caseId;
}

async function engage(caseId: string, order: DemoOrder): Promise<string> {
  const issued = await expectStatus(`engage ${order.partnerId}`, call('coordinator', 'POST', `/cases/${caseId}/orders`, order), 201);
  say(`${order.partnerId.padEnd(6)} engaged for ${order.supportFunction} (estimate ${yen(order.estimateYen)}): order ${String(issued.orderId)}`);
  return String(issued.orderId);
}

const statusOf = async (orderId: string) => String((await expectStatus('order', call('coordinator', 'GET', `/orders/${orderId}`), 200)).status);

/** The case's invoices (and any the demo knows of that a list has not shown yet). */
async function invoicesOf(caseId: string, knownIds: string[]): Promise<Invoice[]> {
  const listed = await everyPage<Invoice>('invoices', 'finance', `/invoices?caseId=${caseId}`, 'invoices');
  const missing = knownIds.filter((id) => !listed.some((i) => i.invoiceId === id));
  const found = await Promise.all(missing.map(async (id) => (await expectStatus('invoice', call('finance', 'GET', `/invoices/${id}`), 200)) as unknown as Invoice));
  return [...listed, ...found];
}

/** Runs orders until each is complete and invoiced, reviewing PRAP's drafts meanwhile; LAC's end is played by the demo. */
async function untilInvoiced(caseId: string, orders: Map<string, string>, knownIds: string[]): Promise<Invoice[]> {
  return waitFor('every partner to complete and invoice', 240, async () => {
    const prap = orders.get('prap');
    if (prap) await reviewPrapDrafts(prap);
    const lac = orders.get('lac');
    if (lac && !knownIds.length) {
      const status = await statusOf(lac);
      if (status === 'in_progress' || status === 'accepted') {
        const entries = await everyPage<{ milestone: string | null }>('timeline', 'coordinator', `/cases/${caseId}/timeline`, 'entries', 1000);
        if (entries.some((e) => e.milestone === 'preliminary_report_delivered')) {
          await lacReportsComplete(lac);
          const billed = await lacBills(lac, INSURED);
          knownIds.push(billed.invoiceId);
          say(`LAC's desk reported the work complete and billed ${yen(billed.grossYen)} through LAC's adapter`);
        }
      }
    }
    const invoices = await invoicesOf(caseId, knownIds);
    const invoiced = new Set(invoices.map((i) => i.orderId));
    return [...orders.values()].every((id) => invoiced.has(id)) ? invoices : undefined;
  });
}

/**
 * Approves what waits for approval, has every instructed payout paid — confirmed by finance by hand, or paid through the
 * bank's transfer file and matched by the reconciler — and closes each completed order.
 */
async function settleAndClose(invoices: Invoice[], orders: Map<string, string>, paidBy: 'finance' | 'bank' = 'finance'): Promise<void> {
  const owed: Invoice['payouts'] = [];
  for (let invoice of invoices) {
    if (invoice.state === 'awaiting_approval') {
      invoice = (await expectStatus('approve', call('approver', 'POST', `/invoices/${invoice.invoiceId}/approve`, { note: 'Demo: work as ordered' }), 200)) as unknown as Invoice;
      say(`${invoice.partnerId}'s invoice was held for approval; approved by ${PEOPLE.approver}`);
    }
    for (const payout of invoice.payouts.filter((p) => p.state === 'instructed')) {
      if (paidBy === 'bank') {
        owed.push(payout);
        continue;
      }
      await expectStatus('confirm payment', call('finance', 'POST', `/payouts/${payout.payoutId}/confirm-payment`, { paymentReference: `DEMO-TRANSFER-${payout.payoutId.slice(0, 8)}`, paidAt: new Date().toISOString(), amountYen: payout.amountYen }), 200);
    }
  }
  if (owed.length > 0) {
    await payThroughTheBank(owed, DEMO_POLICY);
    for (const payout of owed) {
      await waitFor(`core to mark payout ${payout.payoutId} paid`, 60, async () => {
        const { payouts } = await expectStatus('payouts', call('finance', 'GET', `/payouts?state=paid&limit=200`), 200);
        return (payouts as { payoutId: string }[]).some((p) => p.payoutId === payout.payoutId) ? true : undefined;
      });
    }
  }
  for (const [partnerId, orderId] of orders) {
    await waitFor(`${partnerId} to report its work complete`, 60, async () => ((await statusOf(orderId)) === 'work_complete' ? true : undefined));
    await expectStatus(`close ${partnerId}'s order`, call('coordinator', 'POST', `/orders/${orderId}/close`, { note: '業務完了を確認' }), 200);
  }
  say(`payouts ${paidBy === 'bank' ? 'paid through the bank and matched by the reconciler' : `confirmed paid by ${PEOPLE.finance}`}; ${[...orders.keys()].join(', ')} orders closed by ${PEOPLE.coordinator}`);
}

async function main(): Promise<void> {
  console.log('\n=== Demo incident ===');
  const caseId = await openCase();
  const orders = new Map<string, string>();
  for (const order of FIRST_WAVE) orders.set(order.partnerId, await engage(caseId, order));
  const knownInvoices: string[] = [];
  await settleAndClose(await untilInvoiced(caseId, orders, knownInvoices), orders);

  console.log('\n  Trust recovery, once the response is done:');
  const isr = new Map([['isr', await engage(caseId, TRUST_RECOVERY)]]);
  await settleAndClose(await untilInvoiced(caseId, isr, knownInvoices), isr, 'bank');
  orders.set('isr', isr.get('isr') as string);

  const entries = await everyPage<{ kind: string; note: string | null; actor: string }>('timeline', 'coordinator', `/cases/${caseId}/timeline`, 'entries', 1000);
  const byKind = new Map<string, number>();
  for (const e of entries) byKind.set(e.kind, (byKind.get(e.kind) ?? 0) + 1);
  console.log(`\n  Timeline: ${entries.length} entries — ${[...byKind].map(([k, n]) => `${k} ${n}`).join(', ')}`);
  for (const alert of entries.filter((e) => e.kind === 'partner_alert').slice(0, 5)) say(`  alert from ${alert.actor}: ${(alert.note ?? '').slice(0, 120)}`);

  console.log('\n  Limits used per partner:');
  const invoices = await invoicesOf(caseId, knownInvoices);
  for (const partnerId of orders.keys()) {
    const own = invoices.filter((i) => i.partnerId === partnerId);
    const sum = (f: (i: Invoice) => number) => own.reduce((total, i) => total + f(i), 0);
    say(`  ${partnerId.padEnd(7)} invoiced ${yen(sum((i) => i.totals.grossYen)).padStart(12)}   covered ${yen(sum((i) => i.settlement?.coveredYen ?? 0)).padStart(12)}   retained ${yen(sum((i) => i.settlement?.retainedYen ?? 0)).padStart(10)}`);
  }
  const usage = await expectStatus('limit usage', call('claims', 'GET', `/cases/${caseId}/limit-usage`), 200);
  for (const l of usage.limits as { limit: string; unit: string; used: number; remaining: number }[]) {
    const amount = (n: number) => (l.unit === 'yen' ? yen(n) : `${n.toLocaleString('ja-JP')} recipients`);
    say(`  ${l.limit.padEnd(34)} used ${amount(l.used).padStart(14)}   remaining ${amount(l.remaining)}`);
  }

  console.log(`\n  In the console (sign in as sato.coordinator, password demo-sato.coordinator): ${CONSOLE}/cases/${caseId}`);
  console.log(`\n  Look at (with a bearer token: a demo person's from ${STAFF_ISSUER}, password demo-<username>; a partner's from ${CORE}/oauth/token):`);
  say(`case:              ${CORE}/cases/${caseId}`);
  say(`timeline:          ${CORE}/cases/${caseId}/timeline`);
  say(`deliverables:      ${CORE}/orders/<orderId>/deliverables (e.g. PRAP's ${CORE}/orders/${orders.get('prap')}/deliverables)`);
  say(`limit usage:       ${CORE}/cases/${caseId}/limit-usage`);
  say(`payouts:           ${CORE}/payouts?caseId=${caseId}`);
  say(`core API docs:     ${CORE}/docs`);
  say(`partners (sim):    ${SIM}/health`);
  say(`LAC adapter docs:  ${LAC_ADAPTER}/docs (each adapter serves its own /docs on its port, 3001 and 3003–3007)`);
}

main().catch((error: unknown) => {
  // fetch's own message is only "fetch failed": what failed (refused, reset, timed out, and where) is its cause.
  const cause = (error as { cause?: { message?: string; code?: string } }).cause;
  console.error(`demo failed: ${(error as Error).message}${cause ? ` (${cause.code ?? ''} ${cause.message ?? ''})` : ''}`);
  process.exit(1);
});
