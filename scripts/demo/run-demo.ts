/**
 * The demo incident `npm run up` runs through the live hub: a demo サイバーLite policy, a breach
 * report with a usage notice, the insurer's confirmation, an order to LAC, and LAC's progress coming
 * back. Prints what happened and where to look. Talks to the apps over HTTP only, as their users do.
 */
const CORE = process.env.CORE_URL ?? 'http://127.0.0.1:3000';
const SIM = process.env.SIM_URL ?? 'http://127.0.0.1:3002';
const DEMO_POLICY = 'DEMO-CL-0001';

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
  }), 201, 409);
  say(`policy ${DEMO_POLICY}: サイバーLite, liability ¥100,000,000, expense sublimit ¥10,000,000`);

  const incident = await expectStatus('report incident', call('POST', '/cases', {
    policyNumber: DEMO_POLICY,
    incident: {
      kind: 'leak',
      summary: 'ECサイトへの不正アクセスによりクレジットカード情報を含む顧客情報が漏えいした可能性',
      discoveredAt: new Date(Date.now() - 3_600_000).toISOString(),
      estimatedRecords: 8_500,
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
  console.log('\n  Look at:');
  say(`case:              ${CORE}/cases/${caseId}`);
  say(`timeline:          ${CORE}/cases/${caseId}/timeline`);
  say(`order:             ${CORE}/orders/${orderId}`);
  say(`core API docs:     ${CORE}/docs`);
  say(`LAC (simulated):   ${SIM}/lac/v1/engagements`);
  say(`adapter API docs:  ${process.env.ADAPTER_URL ?? 'http://127.0.0.1:3001'}/docs`);
}

main().catch((error: unknown) => {
  console.error(`demo failed: ${(error as Error).message}`);
  process.exit(1);
});
