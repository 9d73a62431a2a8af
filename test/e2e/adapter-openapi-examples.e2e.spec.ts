import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type AdapterDefinition, EXAMPLE_ORDER_ID, type NativeSubmission, type NativeVersion, signWebhook } from '@hub/adapter-kit';
import { findPartner } from '@hub/partners';
import { eventually, getSigned } from '@hub/testing';
import { partnerPackages } from '@apps/partner-sim/src/partner-packages';
import { coreClient } from '../support/core-client';
import { type DocumentedOperation, type ExampleTarget, type ExampleWalk, exampleWalk, listedIn } from '../support/openapi-example-walk';
import { type RunningHub, startHub } from '../support/running-hub';

/**
 * Issue 12, first contact: every example in each partner adapter's API document is a request that succeeds against the
 * hub. For every adapter, the walk (test/support/openapi-example-walk.ts) reads the document it serves and sends each
 * operation with its examples, as the caller its x-hub-callers names first, expecting the 2xx it documents — in the order
 * of one engagement: the engagement request taken from the feed and acknowledged, the partner's callbacks, deliverables
 * and invoice, then the operators' reads. The test plays the partner (no simulator, which would answer in its place), and
 * fills in only what the hub makes — the engagement's id, the feed's webhookIds — what the examples' summaries say to
 * replace, plus the Standard Webhooks signature computed over the very bytes sent and Bell System 24's CSV file.
 */
const ADAPTERS = partnerPackages().map(({ adapter }) => adapter);
/** Every partner pulls its engagement requests from its feed, so that the feed's examples are sent too. */
const FROM_THE_FEED = Object.fromEntries(ADAPTERS.map((a) => [`${a.envPrefix}_DELIVERY_CHANNEL`, 'poll']));
/** Bell System 24's daily report for 2026-11-24, a Shift_JIS CSV file, which a document cannot hold as an example. */
const BELL24_DAY = readFileSync(join(__dirname, '../../apps/adapter-bell24/test/fixtures/v1/submissions/daily-reports/ok/day-with-kana.csv'));
/** Drafts the coordinator approves before a later example publishes them (PRAP's apology, published on the insured's site). */
const APPROVED_BEFORE_PUBLISHING = new Set(['prap anken/:ankenId/documents']);
/** Parameters whose value only the caller or the hub can know: the signature over the body, ids, cursors, time windows. */
const CALLERS_OWN = /^(webhook-id|webhook-timestamp|webhook-signature|after|orderId|cursor|from|to)$/;

describe("the partner adapters' API documents: every example succeeds against the hub", () => {
  let hub: RunningHub;
  let core: ReturnType<typeof coreClient>;

  beforeAll(async () => {
    hub = await startHub({ apps: ['core', ...ADAPTERS.map((a) => `adapter-${a.partnerId}` as const)], adapterEnv: FROM_THE_FEED });
    core = coreClient(hub.as);
    // Each invoice number is invoiced once: the examples' invoices must not be in the database before them.
    const taken = await hub.dataSource.query('SELECT partner_id, invoice_number FROM invoices WHERE invoice_number = ANY($1)', [ADAPTERS.flatMap(exampleInvoiceNumbers)]);
    if (taken.length > 0) throw new Error(`the examples' invoices are in the database already (${JSON.stringify(taken)}): run this file on a clean database (npx tsx scripts/reset-database.ts)`);
  }, 300_000);
  afterAll(() => hub?.stop());

  it.each(ADAPTERS.map((a) => [a.partnerId, a] as const))('%s: walks the examples of every operation, in the order of one engagement, each answered as documented', async (_id, definition) => {
    const walk = await walkOf(definition);
    await walk.send('health');
    // The probes and metrics every app serves (operations.v1, merged into each app's document).
    for (const probe of ['liveness', 'readiness', 'metrics']) await walk.send(probe);
    const orders = await engagementsOf(definition);
    await takeFromTheFeed(walk, definition, orders);
    for (const native of definition.versions) await workOn(walk, definition, native, orders[native.version]);
    await operatorsRead(walk, definition, orders);

    expect(walk.unsent()).toEqual([]);
    expect(walk.missingExamples(CALLERS_OWN)).toEqual([]);
  }, 60_000);

  /** The adapter's document walked as its partner, every partner route signed over the exact body sent. */
  function walkOf(definition: AdapterDefinition): Promise<ExampleWalk> {
    const adapter = hub.adapters[definition.partnerId];
    const signed = (operation: DocumentedOperation, body: Buffer) =>
      /webhook-signature|WebhookSignature/.test(JSON.stringify(operation.parameters ?? [])) ? signWebhook(adapter.secret, `msg_${randomUUID().replace(/-/g, '')}`, Math.floor(Date.now() / 1000), body) : {};
    return exampleWalk(adapter.url, adapter.as, { partnerId: definition.partnerId, headersOverBody: signed });
  }

  /** One engagement of the partner per native version (LAC's v1 callbacks are about another engagement than v2's), on a confirmed case. */
  async function engagementsOf(definition: AdapterDefinition): Promise<Record<number, string>> {
    const { caseId } = await core.openCase({ confirm: true });
    const supportFunction = findPartner(definition.partnerId)?.functions[0];
    const orders: Record<number, string> = {};
    for (const { version } of definition.versions) {
      const order = { partnerId: definition.partnerId, supportFunction, scope: `情報漏えい事案への対応（${definition.displayName}、API v${version}）`, estimateYen: 4_400_000 };
      orders[version] = (await hub.as.coordinator.post(`/cases/${caseId}/orders`).send(order).expect(201)).body.orderId as string;
    }
    return orders;
  }

  /** The engagement requests read from the feed once the adapter has queued them, and acknowledged. */
  async function takeFromTheFeed(walk: ExampleWalk, { partnerId }: AdapterDefinition, orders: Record<number, string>): Promise<void> {
    const orderIds = Object.values(orders);
    await eventually(
      async () => (await hub.dataSource.query(`SELECT 1 FROM partner_deliveries WHERE partner_id = $1 AND kind = 'order' AND order_id = ANY($2)`, [partnerId, orderIds])).length === orderIds.length,
      { what: `the adapter to queue ${partnerId}'s engagement requests` },
    );
    const [page] = await walk.send(`read_${partnerId}_feed`);
    const ours = (page.body.items as { orderId: string; webhookId: string }[]).filter((item) => orderIds.includes(item.orderId));
    expect(ours.map((item) => item.orderId).sort()).toEqual([...orderIds].sort());
    const webhookIds = ours.map((item) => item.webhookId);
    const [acknowledged] = await walk.send(`acknowledge_${partnerId}_feed`, { body: { webhookIds } });
    expect(acknowledged.body).toMatchObject({ acknowledged: webhookIds });
  }

  /** One native version's examples about its engagement: the callbacks, then (once core has the acceptance an invoice needs) deliverables and the invoice. */
  async function workOn(walk: ExampleWalk, definition: AdapterDefinition, native: NativeVersion, orderId: string): Promise<void> {
    const prefix = `/${definition.partnerId}/v${native.version}`;
    const callbacks = await walk.send(operationAt(walk, 'post', `${prefix}/callbacks`), engagementTarget(walk, operationAt(walk, 'post', `${prefix}/callbacks`), orderId));
    expect(callbacks.map((c) => c.body.duplicate)).toEqual(callbacks.map(() => false));
    const last = callbacks[callbacks.length - 1].headers['webhook-id'];
    const [outcome] = await walk.send(operationAt(walk, 'get', `${prefix}/callbacks/{webhookId}`), { path: { webhookId: last } });
    expect(outcome.body).toMatchObject({ webhookId: last, orderId, outcome: 'accepted' });
    await eventually(async () => (await core.order(orderId)).acceptedAt !== null, { what: `core to hear that ${definition.partnerId} took the engagement on` });
    for (const submission of native.mapping.submissions ?? []) await deliver(walk, definition, native, submission, orderId);
    if (native.examples.invoices) await invoice(walk, definition, native, orderId);
  }

  async function deliver(walk: ExampleWalk, { partnerId }: AdapterDefinition, native: NativeVersion, submission: NativeSubmission, orderId: string): Promise<void> {
    const path = `/${partnerId}/v${native.version}/${submission.route.replace(/:(\w+)/g, '{$1}')}`;
    const operationId = operationAt(walk, 'post', path);
    const answers = await walk.send(operationId, { ...engagementTarget(walk, operationId, orderId), ...(partnerId === 'bell24' ? { file: BELL24_DAY } : {}) });
    const delivered = answers.flatMap((a) => a.body.deliverables as { deliverableId: string; outcome: string }[]);
    expect(delivered.filter((d) => d.outcome === 'new').length).toBeGreaterThan(0);
    if (APPROVED_BEFORE_PUBLISHING.has(`${partnerId} ${submission.route}`)) for (const { deliverableId } of delivered) await approve(partnerId, orderId, deliverableId);
  }

  /** The coordinator approves a draft at core, once core has it, and the partner's adapter hears of it. */
  async function approve(partnerId: string, orderId: string, deliverableId: string): Promise<void> {
    await eventually(async () => (await hub.as.coordinator.post(`/orders/${orderId}/deliverables/${deliverableId}/review`).send({ decision: 'approved' })).status === 200, {
      what: `core to record ${partnerId}'s draft ${deliverableId} and the coordinator to approve it`,
    });
    await eventually(
      async () => (await hub.dataSource.query(`SELECT 1 FROM adapter_deliverables WHERE partner_id = $1 AND deliverable_id = $2 AND review_decision = 'approved'`, [partnerId, deliverableId])).length === 1,
      { what: `${partnerId}'s adapter to hear of the approval` },
    );
  }

  /** The invoice examples, each settled by core as POST /invoices would, which the partner reads back by webhook-id. */
  async function invoice(walk: ExampleWalk, { partnerId }: AdapterDefinition, native: NativeVersion, orderId: string): Promise<void> {
    const prefix = `/${partnerId}/v${native.version}`;
    const operationId = operationAt(walk, 'post', `${prefix}/invoices`);
    const adapter = hub.adapters[partnerId];
    for (const sent of await walk.send(operationId, engagementTarget(walk, operationId, orderId))) {
      const decided = await eventually(
        async () => {
          const read = await getSigned(`${adapter.url}${prefix}/callbacks/${sent.headers['webhook-id']}`, adapter.secret, { token: hub.tokens.partner[partnerId] });
          return (read.body.core as { result: string | null } | null)?.result ? read.body : undefined;
        },
        { what: `core's decision on ${partnerId}'s invoice ${sent.example}` },
      );
      expect(decided).toMatchObject({ kind: 'invoice', orderId, core: { result: 'accepted' } });
    }
  }

  /** What the people who run the hub read of the engagement, and the endpoint enabled again (disabled first, as after 410 Gone). */
  async function operatorsRead(walk: ExampleWalk, { partnerId, pinnedVersion }: AdapterDefinition, orders: Record<number, string>): Promise<void> {
    await walk.send('getDelivery', { path: { orderId: orders[pinnedVersion] } });
    const attempts = listedIn(await walk.send('listDeliveryAttempts'));
    expect(attempts.map((a) => a.orderId)).toEqual(expect.arrayContaining(Object.values(orders)));
    await walk.send('getEndpoint');
    await hub.dataSource.query(
      `INSERT INTO partner_endpoints (partner_id, disabled_at, disabled_reason, disabled_error) VALUES ($1, now(), 'gone', '410 Gone')
       ON CONFLICT (partner_id) DO UPDATE SET disabled_at = now(), disabled_reason = 'gone', disabled_error = '410 Gone'`,
      [partnerId],
    );
    const [enabled] = await walk.send('enableEndpoint');
    expect(enabled.body).toMatchObject({ partnerId, state: 'enabled' });
  }
});

/** The operation of the document at a method and path. */
function operationAt(walk: ExampleWalk, method: string, path: string): string {
  const found = [...walk.operations.values()].find((o) => o.method === method && o.path === path);
  if (!found) throw new Error(`the document has no ${method.toUpperCase()} ${path}`);
  return found.operation.operationId;
}

/**
 * Where the engagement's id goes in an operation's examples: every id parameter of its path (a webhookId is the partner's
 * own) and every field of its body examples that holds the placeholder, as their summaries say.
 */
function engagementTarget(walk: ExampleWalk, operationId: string, orderId: string): ExampleTarget {
  const { path, operation } = walk.operations.get(operationId) as { path: string; operation: DocumentedOperation };
  const ids = [...path.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).filter((name) => name !== 'webhookId');
  const examples = Object.values(Object.values(operation.requestBody?.content ?? {})[0]?.examples ?? {}).map((e) => e.value as Record<string, unknown>);
  const fields = [...new Set(examples.flatMap((value) => Object.keys(value).filter((key) => value[key] === EXAMPLE_ORDER_ID)))];
  return { path: Object.fromEntries(ids.map((name) => [name, orderId])), body: Object.fromEntries(fields.map((field) => [field, orderId])) };
}

/** The invoice numbers of an adapter's examples, as core keeps them. */
function exampleInvoiceNumbers(definition: AdapterDefinition): string[] {
  return definition.versions.flatMap(({ mapping, examples }) =>
    Object.values(examples.invoices ?? {}).map(({ value }) => (mapping.toCanonicalInvoice as (invoice: unknown) => { invoiceNumber: string })(value).invoiceNumber),
  );
}
