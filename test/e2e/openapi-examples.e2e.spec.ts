import { randomUUID } from 'node:crypto';
import request from 'supertest';
import { demoPartnerClient } from '@hub/auth';
import { createEnvelope, TOPICS } from '@hub/messaging';
import { testEnv } from '@hub/testing';
import { RecordDeliverables } from '@apps/core/src/deliverables/usecases/record-deliverables.usecase';
import { type Callers, type DemoPerson } from '../support/callers';
import { invoiceFor } from '../support/invoices';
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
const ROLE_TO_PERSON: Record<string, DemoPerson> = {
  coordinator: 'coordinator',
  claims_handler: 'claims',
  approver: 'approver',
  finance: 'finance',
  operator: 'operator',
  auditor: 'auditor',
};

interface Parameter {
  name: string;
  in: 'path' | 'query' | 'header';
  example?: unknown;
  $ref?: string;
}
interface Operation {
  operationId: string;
  'x-hub-callers': string[];
  parameters?: Parameter[];
  requestBody?: { content: Record<string, { examples?: Record<string, { value: Record<string, unknown> }> }> };
  responses: Record<string, unknown>;
}
interface Sent {
  example: string;
  status: number;
  body: Record<string, unknown>;
}
/** What a step fills in: the path's ids, and the ids a body names (by example name, or for every example). */
interface Target {
  path?: Record<string, string>;
  body?: Record<string, unknown>;
  /** Per example, when each must act on an object of its own (two deliverables to review, approve and reject). */
  bodyByExample?: Record<string, Record<string, unknown>>;
  pathByExample?: Record<string, Record<string, string>>;
}

describe('core API document: every example succeeds against the hub', () => {
  let hub: RunningHub;
  let document: { paths: Record<string, Record<string, Operation>>; components: { parameters: Record<string, Parameter> } };
  const operations = new Map<string, { method: string; path: string; operation: Operation }>();
  const sentExamples = new Set<string>();

  beforeAll(async () => {
    hub = await startHub({ apps: ['core'] });
    document = (await request(hub.coreUrl).get('/docs/openapi.json').expect(200)).body as typeof document;
    for (const [path, item] of Object.entries(document.paths)) {
      for (const [method, operation] of Object.entries(item)) {
        if (typeof operation === 'object' && operation && 'operationId' in operation) operations.set(operation.operationId, { method, path, operation });
      }
    }
    // The examples are one incident from policy DOCS-CL-0001 on, which `npm test`'s clean database does not hold yet.
    const before = await hub.dataSource.query(`SELECT 1 FROM policies WHERE policy_number = 'DOCS-CL-0001'`);
    if (before.length > 0) throw new Error('policy DOCS-CL-0001 exists already: run this file on a clean database (npx tsx scripts/reset-database.ts)');
  }, 180_000);
  afterAll(() => hub?.stop());

  const parametersOf = (operation: Operation): Parameter[] =>
    (operation.parameters ?? []).map((p) => (p.$ref ? document.components.parameters[p.$ref.split('/').pop() as string] : p));

  function callerOf(operation: Operation): ReturnType<typeof request.agent> {
    const as: Callers = hub.as;
    const callers = operation['x-hub-callers'];
    if (callers.includes('anyone')) return as.anonymous;
    const role = callers.find((c) => ROLE_TO_PERSON[c]);
    if (role) return as[ROLE_TO_PERSON[role]];
    return as.partner.lac;
  }

  /** Sends the operation with each of its examples; returns each answer, after checking it is the documented 2xx. */
  async function send(operationId: string, target: Target = {}): Promise<Sent[]> {
    const found = operations.get(operationId);
    if (!found) throw new Error(`core's document has no operation ${operationId}`);
    const { method, path, operation } = found;
    const expected = Number(Object.keys(operation.responses).find((code) => code.startsWith('2')));
    const parameters = parametersOf(operation);
    const query: Record<string, string> = {};
    const headers: Record<string, string> = {};
    for (const p of parameters) {
      if (p.example === undefined) continue;
      if (p.in === 'query') query[p.name] = String(p.example);
      if (p.in === 'header') headers[p.name] = String(p.example);
    }
    const pathWith = (ids: Record<string, string>) =>
      path.replace(/\{(\w+)\}/g, (_, name: string) => {
        const example = parameters.find((p) => p.in === 'path' && p.name === name)?.example;
        const value = ids[name] ?? (example === undefined ? undefined : String(example));
        if (value === undefined) throw new Error(`${operationId}: no value for path parameter ${name}`);
        return encodeURIComponent(value);
      });
    const content = operation.requestBody?.content ?? {};
    const [mediaType, media] = Object.entries(content)[0] ?? [];
    const examples = media ? Object.entries(media.examples ?? {}) : [['(no body)', undefined] as const];
    if (media && examples.length === 0) throw new Error(`${operationId} has a request body without examples`);
    const answers: Sent[] = [];
    for (const [name, example] of examples) {
      const idempotencyKey = headers['Idempotency-Key'] === undefined ? {} : { 'Idempotency-Key': `${headers['Idempotency-Key']}-${answers.length}` };
      let call = callerOf(operation)[method as 'get' | 'post' | 'put'](pathWith({ ...target.path, ...target.pathByExample?.[name] }))
        .query(query)
        .set({ ...headers, ...idempotencyKey });
      if (example) {
        const body = { ...example.value, ...target.body, ...target.bodyByExample?.[name] };
        call = mediaType === 'application/x-www-form-urlencoded' ? call.type('form').send(body) : call.send(body);
        if (operationId === 'issuePartnerToken' && !('client_secret' in body)) {
          const client = demoPartnerClient('lac');
          call = call.auth(client.clientId, client.clientSecret);
        }
      }
      const response = await call;
      expect({ operationId, example: name, status: response.status, error: response.status >= 400 ? response.body : undefined }).toEqual({
        operationId,
        example: name,
        status: expected,
        error: undefined,
      });
      sentExamples.add(operationId);
      answers.push({ example: name, status: response.status, body: response.body as Record<string, unknown> });
    }
    return answers;
  }

  const first = (answers: Sent[]) => answers[0].body;
  /** The first list in a page (cases, orders, …): what a list answered. */
  const listed = (answers: Sent[]) => Object.values(first(answers)).find(Array.isArray) as Record<string, unknown>[];

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
    const tokens = await send('issuePartnerToken');
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
    const examplesInvoice = (operations.get('submitInvoice')?.operation.requestBody?.content['application/json'].examples?.lacForensics.value ?? {}) as Record<string, unknown>;
    const second = (await hub.as.partner.lac.post('/invoices').send({ ...examplesInvoice, orderId: secondOrder, invoiceNumber: 'LAC-INV-2026-0043' }).expect(201)).body as { payouts: { payoutId: string }[] };
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
    expect([...operations.keys()].filter((id) => !sentExamples.has(id))).toEqual([]);
  }, 180_000);

  it('gives every request body examples, and every query parameter one where a value can work for anyone', () => {
    const missing: string[] = [];
    for (const [id, { operation }] of operations) {
      for (const [type, media] of Object.entries(operation.requestBody?.content ?? {})) {
        if (Object.keys(media.examples ?? {}).length === 0) missing.push(`${id} ${type}`);
      }
      for (const p of parametersOf(operation)) {
        // Ids and cursors come from the hub's own answers, a consumer group is named by its deployment (HUB_ENV), and
        // from/to/since/until/after windows are the caller's to choose.
        const theCallersOwn = /(Id|cursor|after|from|to|since|until|consumerGroup)$/.test(p.name) || p.in === 'path';
        if (p.in !== 'path' && !theCallersOwn && p.example === undefined) missing.push(`${id} ${p.in} ${p.name}`);
      }
    }
    expect(missing).toEqual([]);
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
