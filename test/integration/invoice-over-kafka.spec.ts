import { randomUUID } from 'node:crypto';
import { Producer } from 'kafkajs';
import { DataSource } from 'typeorm';
import { contractValidator, type InvoiceOutcomeV1, type InvoiceV2, type InvoiceViewV2 } from '@hub/contracts';
import { createEnvelope, createKafka, Envelope, envelopeHeaders, HUB_ENV_HEADER, TOPICS } from '@hub/messaging';
import { mentioning, readTopic, testEnv } from '@hub/testing';
import { coreClient } from '../support/core-client';
import { invoiceFor } from '../support/invoices';
import { RunningHub, startHub } from '../support/running-hub';
import { acceptedOrder, confirmedCase, registerPolicy } from '../support/settlement-setup';

/**
 * A partner's canonical invoice arriving on hub.invoice.submitted.v2 (as its adapter publishes it) is settled by the
 * use case behind POST /invoices, in the inbox transaction: the same settlement, the same refusals (reported on
 * hub.invoice.outcome.v1, never dead-lettered), and one effect however often the message is delivered.
 */
describe('partner invoices over Kafka', () => {
  let hub: RunningHub;
  let core: ReturnType<typeof coreClient>;
  let db: DataSource;
  let producer: Producer;
  const kafka = createKafka(testEnv.brokers.split(','), 'invoice-over-kafka-test');
  const line = [{ description: 'フォレンジック調査', category: 'cause_and_scope_investigation' as const, unitPriceYen: 1_000_000 }];

  beforeAll(async () => {
    // Ports of their own, above the hub a test run starts on TEST_PORT_BASE (3100–3102 by default), so this file can
    // run beside another file of the same run, and a second run with another TEST_PORT_BASE moves them too.
    const port = Number(process.env.TEST_PORT_BASE ?? 3100) + 300;
    hub = await startHub({ apps: ['core'], ports: { core: port, adapter: port + 1, sim: port + 2 } });
    core = coreClient(hub.as);
    db = hub.dataSource;
    producer = kafka.producer();
    await producer.connect();
  });

  afterAll(async () => {
    await producer?.disconnect();
    await hub?.stop();
  });

  /** An order LAC accepted, on a confirmed case of its own policy (¥1M expense sublimit, so a ¥1.1M invoice is cut). */
  const lacOrderOnFreshPolicy = async () => {
    const caseId = await confirmedCase(core, await registerPolicy(core, { expenseSublimitYen: 1_000_000 }));
    return { caseId, orderId: await acceptedOrder(core, db, caseId) };
  };

  /** What LAC's adapter publishes: the canonical invoice in an envelope stamped with the adapter's partner and this env. */
  const envelopeFor = (caseId: string, invoice: InvoiceV2, partnerId = 'lac') =>
    createEnvelope(TOPICS.invoiceSubmitted, { caseId, partnerId, correlationId: `invoice-over-kafka-${randomUUID()}`, payload: invoice });
  const produce = (...envelopes: Envelope<InvoiceV2>[]) =>
    producer.send({
      topic: TOPICS.invoiceSubmitted.name,
      messages: envelopes.map((e) => ({ key: e.caseId, value: JSON.stringify(e), headers: { ...envelopeHeaders(e), [HUB_ENV_HEADER]: testEnv.hubEnv } })),
    });
  const outcomeOf = async (eventId: string): Promise<InvoiceOutcomeV1> => {
    const [message] = await readTopic(kafka, TOPICS.invoiceOutcome.name, mentioning(eventId), { timeoutMs: 30_000 });
    if (!message) throw new Error(`no outcome for ${eventId}`);
    const outcome = (JSON.parse(message.value) as Envelope<InvoiceOutcomeV1>).payload;
    expect(contractValidator().validate('events/invoice-outcome.v1', outcome).ok).toBe(true);
    return outcome;
  };
  const traces = async (caseId: string) =>
    (
      await db.query(
        `SELECT (SELECT count(*) FROM invoices WHERE case_id = $1)::int AS invoices,
                (SELECT count(*) FROM settlement_decisions WHERE case_id = $1)::int AS decisions,
                (SELECT count(*) FROM payouts WHERE case_id = $1)::int AS payouts,
                (SELECT COALESCE(SUM(used_yen), 0) FROM limit_counters WHERE case_id = $1)::int AS used`,
        [caseId],
      )
    )[0];
  const deadLettered = async (eventId: string) => Number((await db.query('SELECT count(*) FROM dead_letters WHERE event_id = $1', [eventId]))[0].count);
  const outcomesWritten = async (eventId: string) =>
    Number((await db.query(`SELECT count(*) FROM outbox_messages WHERE topic = $1 AND value->'payload'->>'submittedEventId' = $2`, [TOPICS.invoiceOutcome.name, eventId]))[0].count);

  /** The invoice view minus what differs between twins by construction (ids, numbers, times). */
  const comparable = (view: InvoiceViewV2) => ({
    state: view.state,
    stateReason: view.stateReason,
    insured: view.insured,
    totals: view.totals,
    lines: view.lines,
    settlement: { ...view.settlement, decisionId: undefined, decidedAt: undefined },
    payouts: view.payouts.map((p) => ({ kind: p.kind, payee: p.payee, payeeName: p.payeeName, instructedYen: p.instructedYen, amountYen: p.amountYen, state: p.state })),
  });
  const invoiceEntries = async (caseId: string, invoiceNumber: string) =>
    (await core.timeline(caseId)).filter((e) => e.kind.startsWith('invoice_')).map((e) => ({ kind: e.kind, actor: e.actor, note: e.note?.replace(invoiceNumber, '<number>') }));
  const limits = async (caseId: string) => (await hub.as.claims.get(`/cases/${caseId}/limit-usage`).expect(200)).body.limits;

  it('settles an invoice exactly as POST /invoices settles its twin, and publishes the accepted outcome', async () => {
    const overHttp = await lacOrderOnFreshPolicy();
    const httpInvoice = invoiceFor('lac', overHttp.orderId, line);
    const httpView = (await hub.as.partner.lac.post('/invoices').send(httpInvoice).expect(201)).body;

    const overKafka = await lacOrderOnFreshPolicy();
    const kafkaInvoice = invoiceFor('lac', overKafka.orderId, line);
    const submitted = envelopeFor(overKafka.caseId, kafkaInvoice);
    await produce(submitted);
    const outcome = await outcomeOf(submitted.eventId);

    // ¥1M + 10% tax = ¥1.1M against a ¥1M expense sublimit: ¥1M covered, ¥100,000 retained by the insured.
    expect(outcome).toMatchObject({ outcome: 'accepted', partnerId: 'lac', orderId: overKafka.orderId, invoiceNumber: kafkaInvoice.invoiceNumber, state: 'settled', coveredYen: 1_000_000, retainedYen: 100_000 });
    // LAC reads the invoice its adapter sent as its own, exactly as the one it posted itself.
    const kafkaView = (await hub.as.partner.lac.get(`/invoices/${outcome.invoiceId}`).expect(200)).body;
    expect(comparable(kafkaView)).toEqual(comparable(httpView));
    expect(httpView.settlement).toMatchObject({ coveredYen: 1_000_000, retainedYen: 100_000 });
    const kafkaEntries = await invoiceEntries(overKafka.caseId, kafkaInvoice.invoiceNumber);
    expect(kafkaEntries).toEqual(await invoiceEntries(overHttp.caseId, httpInvoice.invoiceNumber));
    // Both name the partner who sent them (LAC's credentials over HTTP, LAC's adapter over Kafka); the hub settled.
    expect(kafkaEntries.map((e) => [e.kind, e.actor])).toEqual([
      ['invoice_submitted', 'partner:lac'],
      ['invoice_settled', 'hub'],
    ]);
    expect(await limits(overKafka.caseId)).toEqual(await limits(overHttp.caseId));
    // The payout instruction carries the correlation id the adapter stamped.
    const [instruction] = await readTopic(kafka, TOPICS.payoutInstructed.name, mentioning(outcome.invoiceId as string));
    expect(JSON.parse(instruction.value)).toMatchObject({ correlationId: submitted.correlationId, payload: { amountYen: 1_000_000 } });
  });

  describe('refuses what POST /invoices refuses, with the same answer, storing nothing and dead-lettering nothing', () => {
    let caseId: string;
    let orderId: string;
    let settledInvoice: InvoiceV2;

    beforeAll(async () => {
      ({ caseId, orderId } = await lacOrderOnFreshPolicy());
      settledInvoice = invoiceFor('lac', orderId, line);
      await hub.as.partner.lac.post('/invoices').send(settledInvoice).expect(201);
    });

    const cases: [string, () => Promise<InvoiceV2>, number][] = [
      ['a registration number whose check digit is wrong', async () => invoiceFor('lac', orderId, line, { issuerRegistrationNumber: 'T1000012050002' }), 400],
      ["another firm's registration number", async () => invoiceFor('lac', orderId, line, { issuerRegistrationNumber: 'T1180301018771' }), 422],
      ['a number already invoiced, spelt another way', async () => ({ ...settledInvoice, invoiceNumber: ` ${settledInvoice.invoiceNumber.toLowerCase()} ` }), 409],
      [
        'an order the partner has not accepted',
        async () => {
          const issued = (await hub.as.coordinator.post(`/cases/${caseId}/orders`).send({ partnerId: 'lac', supportFunction: 'investigation', scope: 'more' }).expect(201)).body.orderId;
          return invoiceFor('lac', issued, line);
        },
        409,
      ],
      // PostgreSQL refuses the value mid-transaction: the savepoint is what lets the refusal still commit.
      ['a value PostgreSQL cannot store (a NUL character)', async () => invoiceFor('lac', orderId, line, { recipientName: '株式会社みなと精機\u0000' }), 400],
    ];

    it.each(cases)('%s', async (_what, build, status) => {
      const invoice = await build();
      const before = await traces(caseId);
      const http = (await hub.as.partner.lac.post('/invoices').send(invoice).expect(status)).body;
      const submitted = envelopeFor(caseId, invoice);
      await produce(submitted);
      const outcome = await outcomeOf(submitted.eventId);

      expect(outcome).toEqual({
        partnerId: 'lac',
        orderId: invoice.orderId,
        invoiceNumber: invoice.invoiceNumber,
        submittedEventId: submitted.eventId,
        outcome: 'refused',
        refusal: { code: http.error, message: http.message, issues: http.issues ?? [] },
        decidedAt: expect.any(String),
      });
      expect(await traces(caseId)).toEqual(before);
      expect(await deadLettered(submitted.eventId)).toBe(0);
    });

    it('refuses an invoice naming another partner than the adapter that sent it (partner_mismatch)', async () => {
      const invoice = invoiceFor('prap', orderId, line);
      const before = await traces(caseId);
      const submitted = envelopeFor(caseId, invoice, 'lac');
      await produce(submitted);
      expect(await outcomeOf(submitted.eventId)).toMatchObject({
        partnerId: 'lac',
        outcome: 'refused',
        refusal: { code: 'partner_mismatch', issues: [{ field: 'partnerId', reason: 'must be lac, the partner whose adapter sent it' }] },
      });
      expect(await traces(caseId)).toEqual(before);
      expect(await deadLettered(submitted.eventId)).toBe(0);
    });
  });

  it('settles a message delivered twice once, with one outcome', async () => {
    const { caseId, orderId } = await lacOrderOnFreshPolicy();
    const submitted = envelopeFor(caseId, invoiceFor('lac', orderId, line));
    // Behind both copies on the case's partition: once its outcome is out, both copies have been handled.
    const marker = envelopeFor(caseId, invoiceFor('prap', orderId, line));
    await produce(submitted, submitted);
    await produce(marker);
    const outcomes = await readTopic(kafka, TOPICS.invoiceOutcome.name, (m) => m.value.includes(submitted.eventId) || m.value.includes(marker.eventId), {
      until: (found) => found.some((m) => m.value.includes(marker.eventId)),
      timeoutMs: 30_000,
    });
    expect(outcomes.filter((m) => m.value.includes(marker.eventId))).toHaveLength(1);
    expect(outcomes.filter((m) => m.value.includes(submitted.eventId)).map((m) => JSON.parse(m.value).payload.outcome)).toEqual(['accepted']);
    expect(await outcomesWritten(submitted.eventId)).toBe(1);
    expect(await traces(caseId)).toEqual({ invoices: 1, decisions: 1, payouts: 1, used: 1_000_000 });
    const claims = await db.query('SELECT count(*)::int AS n FROM processed_events WHERE event_key = $1', [submitted.eventId]);
    expect(claims[0].n).toBe(1);
  });

  it('commits the settlement with the inbox transaction: a fault after it undoes it, is retried, then dead-lettered', async () => {
    const { caseId, orderId } = await lacOrderOnFreshPolicy();
    const invoice = invoiceFor('lac', orderId, line);
    // A real fault in PostgreSQL (a disk error) when this invoice's outcome is written, after its settlement was: not a refusal.
    const fn = `test_fault_${randomUUID().replace(/-/g, '')}`;
    await db.query(`CREATE FUNCTION ${fn}() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN
        IF NEW.topic = '${TOPICS.invoiceOutcome.name}' AND NEW.value->'payload'->>'invoiceNumber' = '${invoice.invoiceNumber}' THEN
          RAISE EXCEPTION 'disk unavailable' USING ERRCODE = '58030';
        END IF;
        RETURN NEW; END $$`);
    await db.query(`CREATE TRIGGER ${fn} BEFORE INSERT ON outbox_messages FOR EACH ROW EXECUTE FUNCTION ${fn}()`);
    try {
      const submitted = envelopeFor(caseId, invoice);
      await produce(submitted);
      const [letter] = await readTopic(kafka, TOPICS.invoiceSubmitted.deadLetterTopic, mentioning(submitted.eventId), { timeoutMs: 45_000 });
      expect(JSON.parse(letter.value)).toMatchObject({ eventId: submitted.eventId, attempts: TOPICS.invoiceSubmitted.retry.maxAttempts, error: { message: 'disk unavailable' } });
      // Each attempt settled the invoice and rolled it back with the failed outcome: no invoice, payout or limit use is left.
      expect(await traces(caseId)).toEqual({ invoices: 0, decisions: 0, payouts: 0, used: 0 });
      expect(await outcomesWritten(submitted.eventId)).toBe(0);
    } finally {
      await db.query(`DROP TRIGGER ${fn} ON outbox_messages`);
      await db.query(`DROP FUNCTION ${fn}()`);
    }
  }, 60_000);
});
