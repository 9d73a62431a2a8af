import { randomUUID } from 'node:crypto';
import { demoPartnerClient } from '@hub/auth';
import { createEnvelope, TOPICS } from '@hub/messaging';
import { testEnv } from '@hub/testing';
import { RecordDeliverables } from '@apps/core/src/deliverables/usecases/record-deliverables.usecase';
import { invoiceFor } from '../support/invoices';
import { type ExampleWalk, exampleWalk, listedIn as listed } from '../support/openapi-example-walk';
import { type RunningHub, startHub } from '../support/running-hub';

/**
 * Issue 12, first contact: every example in core's API document is a request that succeeds against the hub. The test
 * reads the document core serves (/docs/openapi.json, as swagger-ui's "Try it out" does) and walks it as a newcomer
 * would, one incident from policy DOCS-CL-0001 on: each operation sent with its examples — every request body example,
 * every query and header parameter's example — as the caller its x-hub-callers names, expecting the 2xx it documents.
 * Only what the hub itself makes is filled in from earlier answers: ids in the path, and the orderId / caseId a body
 * names (the document says so in the example's summary). States no example can reach through core alone — an order
 * its partner accepted, a draft PRAP delivered, a dead letter — are set up beforehand, as other tests do.
 */
describe('core API document: every example succeeds against the hub', () => {
  let hub: RunningHub;
  let walk: ExampleWalk;
  const send: ExampleWalk['send'] = (operationId, target) => walk.send(operationId, target);
  const first = (answers: Awaited<ReturnType<ExampleWalk['send']>>) => answers[0].body;

  beforeAll(async () => {
    hub = await startHub({ apps: ['core'] });
    walk = await exampleWalk(hub.coreUrl, hub.as);
    // The examples are one incident from policy DOCS-CL-0001 on, which `npm test`'s clean database does not hold yet.
    const before = await hub.dataSource.query(`SELECT 1 FROM policies WHERE policy_number = 'DOCS-CL-0001'`);
    if (before.length > 0) throw new Error('policy DOCS-CL-0001 exists already: run this file on a clean database (npx tsx scripts/reset-database.ts)');
  }, 180_000);
  afterAll(() => hub?.stop());

  /** An order moved the way its partner's adapter would move it (core alone has no partner): setup, not the path under test. */
  const moveOrder = (orderId: string, status: 'in_progress' | 'work_complete') =>
    hub.dataSource.query(`UPDATE orders SET status = $2, accepted_at = coalesce(accepted_at, now()) WHERE id = $1`, [orderId, status]);

  it('walks the examples of every operation, in the order a newcomer would, each answered as the document says', async () => {
    await send('health');
    // The probes and metrics every app serves (operations.v1, merged into each app's document).
    await send('liveness');
    await send('readiness');
    await send('metrics');
    await send('getPartnerTokenKeys');
    await send('getAuthorizationServerMetadata');
    const lacClient = demoPartnerClient('lac');
    const basic = `Basic ${Buffer.from(`${lacClient.clientId}:${lacClient.clientSecret}`).toString('base64')}`;
    const tokens = await send('issuePartnerToken', { headersByExample: { clientSecretBasic: { authorization: basic } } });
    expect(tokens.map((t) => t.body.token_type)).toEqual(['Bearer', 'Bearer']);

    // The policy and its incident.
    await send('registerPolicy');
    expect(first(await send('getPolicy'))).toMatchObject({ policyNumber: 'DOCS-CL-0001' });
    const caseId = String(first(await send('reportIncident')).caseId);
    await send('decideCoverage', { path: { caseId } });
    await send('amendVictims', { path: { caseId } });
    await send('getCase', { path: { caseId } });

    // LAC engaged; the order accepted by LAC.
    const orderId = String(first(await send('issueOrder', { path: { caseId } })).orderId);
    await moveOrder(orderId, 'in_progress');
    expect(listed(await send('listCases')).map((c) => c.caseId)).toEqual([caseId]);
    expect(listed(await send('listOrders')).map((o) => o.orderId)).toContain(orderId);
    await send('getOrder', { path: { orderId } });

    // PRAP's drafts, to approve one and return the other.
    const prapOrderId = String((await hub.as.coordinator.post(`/cases/${caseId}/orders`).send({ partnerId: 'prap', supportFunction: 'crisis_pr', scope: 'お詫び文・プレスリリースの作成支援', estimateYen: 880_000 }).expect(201)).body.orderId);
    await moveOrder(prapOrderId, 'in_progress');
    const [approvedDraft, returnedDraft] = await prapDelivers(caseId, prapOrderId, ['PR-0001', 'PR-0002']);
    expect(listed(await send('listOrderDeliverables', { path: { orderId: prapOrderId } })).map((d) => d.deliverableId).sort()).toEqual([approvedDraft, returnedDraft].sort());
    await send('reviewOrderDeliverable', { path: { orderId: prapOrderId }, pathByExample: { approved: { deliverableId: approvedDraft }, returned: { deliverableId: returnedDraft } } });
    await send('getCaseTimeline', { path: { caseId } });

    // LAC's invoice, settled at once (under its estimate and the approval threshold), and two held for an approver.
    const invoice = first(await send('submitInvoice', { body: { orderId } }));
    expect(invoice).toMatchObject({ state: 'settled', totals: { grossYen: 1_191_120 } });
    const invoiceId = String(invoice.invoiceId);
    expect(listed(await send('listInvoices')).map((i) => i.invoiceId)).toEqual([invoiceId]);
    await send('getInvoice', { path: { invoiceId } });
    const [toApprove, toReject] = [await heldInvoice(caseId), await heldInvoice(caseId)];
    await send('approveInvoice', { path: { invoiceId: toApprove } });
    await send('rejectInvoice', { path: { invoiceId: toReject } });

    // Payment: the examples' invoice through its own route; a second LAC invoice of the same amount through its payout's.
    expect(listed(await send('listPayouts')).length).toBeGreaterThan(0);
    await send('confirmPayment', { path: { invoiceId } });
    const secondOrder = String((await hub.as.coordinator.post(`/cases/${caseId}/orders`).send({ partnerId: 'lac', supportFunction: 'investigation', scope: '追加調査（サーバ2台）', estimateYen: 1_320_000 }).expect(201)).body.orderId);
    await moveOrder(secondOrder, 'in_progress');
    const second = (await hub.as.partner.lac.post('/invoices').send({ ...walk.bodyExample('submitInvoice', 'lacForensics'), orderId: secondOrder, invoiceNumber: 'LAC-INV-2026-0043' }).expect(201)).body as { payouts: { payoutId: string }[] };
    await send('confirmPayoutPayment', { path: { payoutId: second.payouts[0].payoutId } });
    await send('submitCreditNote');

    // Limits, liability payments and a re-decision.
    await send('getCaseLimitUsage', { path: { caseId } });
    await send('getPolicyLimitUsage');
    await send('redecidePolicy');
    const paymentId = String(first(await send('recordLiabilityPayment', { body: { caseId } })).paymentId);
    await send('reverseLiabilityPayment', { path: { paymentId } });

    // An order cancelled, and LAC's closed once its work is complete.
    await send('cancelOrder', { path: { orderId: secondOrder } });
    await moveOrder(orderId, 'work_complete');
    await send('closeOrder', { path: { orderId } });

    // Dead letters (one planted as a consumer would leave it) and the audit log.
    const deadLetterId = await plantDeadLetter(caseId);
    expect(listed(await send('listDeadLetters')).map((d) => d.id)).toContain(deadLetterId);
    await send('getDeadLetter', { path: { deadLetterId } });
    await send('replayDeadLetter', { path: { deadLetterId } });
    await send('recoverDeadLetters');
    expect(listed(await send('listAuditLog')).length).toBeGreaterThan(0);

    // Nothing in the document was left out of the walk.
    expect(walk.unsent()).toEqual([]);
  }, 180_000);

  it('gives every request body examples, and every query and header parameter one where a value can work for anyone', () => {
    // Ids and cursors come from the hub's own answers, a consumer group is named by its deployment (HUB_ENV), and
    // from/to/since/until/after windows are the caller's to choose.
    expect(walk.missingExamples(/(Id|cursor|after|from|to|since|until|consumerGroup)$/)).toEqual([]);
  });

  /** PRAP's adapter passing on drafts that need the coordinator's approval, as core's inbox records them. */
  async function prapDelivers(caseId: string, orderId: string, references: string[]): Promise<string[]> {
    const deliverables = references.map((reference) => ({
      deliverableId: randomUUID(),
      orderId,
      kind: 'press_release_draft',
      reference,
      version: 1,
      title: `お詫びとお知らせ（${reference}）`,
      attention: 'normal' as const,
      occurredAt: '2026-11-21T10:00:00+09:00',
      facts: { documentType: 'press_release', pages: 2, channels: ['website', 'press'] },
      factsContract: 'partners/prap/document-facts.v1',
      repeats: 'refuse_changes' as const,
      needsApproval: true,
    }));
    const event = createEnvelope(TOPICS.deliverablesReceived, {
      caseId,
      correlationId: `openapi-examples-${randomUUID()}`,
      partnerId: 'prap',
      payload: { partnerId: 'prap', submissionId: `msg_${randomUUID().replace(/-/g, '')}`, receivedAt: '2026-11-21T10:00:00Z', deliverables },
    });
    const record = (hub.nest.core as NonNullable<RunningHub['nest']['core']>).get(RecordDeliverables);
    await hub.dataSource.transaction((tx) => record.execute(tx, event));
    return deliverables.map((d) => d.deliverableId);
  }

  /** A LAC invoice above the approval threshold, on an order of its own: held for an approver. */
  async function heldInvoice(caseId: string): Promise<string> {
    const order = String((await hub.as.coordinator.post(`/cases/${caseId}/orders`).send({ partnerId: 'lac', supportFunction: 'investigation', scope: '追加のフォレンジック調査', estimateYen: 1_000_000 }).expect(201)).body.orderId);
    await moveOrder(order, 'in_progress');
    const invoice = invoiceFor('lac', order, [{ description: 'フォレンジック調査 80時間', category: 'cause_and_scope_investigation', quantity: 80, unitPriceYen: 25_000 }], { recipientName: '株式会社みなと商会 御中' });
    const answered = (await hub.as.partner.lac.post('/invoices').send(invoice).expect(201)).body as { invoiceId: string; state: string };
    expect(answered.state).toBe('awaiting_approval');
    return answered.invoiceId;
  }

  async function plantDeadLetter(caseId: string): Promise<string> {
    const id = randomUUID();
    await hub.dataSource.query(
      `INSERT INTO dead_letters (id, consumer_group, app_name, source_topic, source_partition, source_offset, event_key, event_id, case_id, partner_id,
                                 original_key, original_value, original_headers, error_name, error_message, attempts, failed_at)
       VALUES ($1, $2, 'adapter-lac', 'hub.order.issued.v1', 0, '42', $3, $4, $3, 'lac', $3, '{}', '{}', 'ContractViolation', 'payload.scope: must not be empty', 5, '2026-11-21T10:00:00+09:00')`,
      [id, `${testEnv.hubEnv}.adapter-lac`, caseId, randomUUID()],
    );
    return id;
  }
});
