import { eventually } from '@hub/testing';
import { RunningHub, startHub } from '../support/running-hub';
import { lacOrder } from '../support/demo-requests';
import { coreClient } from '../support/core-client';
import { invoiceFor } from '../support/invoices';

/**
 * The walking skeleton, end to end on real Kafka and PostgreSQL with the apps running: an order for
 * LAC travels core → Kafka → adapter → LAC (simulated), and LAC's status updates travel back to the
 * case's timeline.
 */
describe('engagement order to LAC, end to end', () => {
  let hub: RunningHub;
  let core: ReturnType<typeof coreClient>;

  beforeAll(async () => {
    hub = await startHub({ simStepDelayMs: 150 });
    core = coreClient(hub.as);
  });

  afterAll(async () => {
    await hub?.stop();
  });

  it('delivers the order to LAC and records every status LAC reports, in order', async () => {
    const { caseId, policyNumber } = await core.openCase({ confirm: true });
    const issued = await hub.as.coordinator.post(`/cases/${caseId}/orders`).set('x-correlation-id', `e2e-${caseId}`).send(lacOrder()).expect(201);
    const orderId = issued.body.orderId as string;
    expect(issued.body.status).toBe('issued');

    // LAC's system received the order in its own native form of the pinned version (v2), signed (the simulator verified it).
    const received = await eventually(async () => hub.lac.find(orderId), { what: 'LAC to receive the order' });
    expect(received.request).toMatchObject({
      api_version: '2',
      engagement_id: orderId,
      incident_ref: caseId,
      service_code: 'IR-EMERGENCY',
      client: { company_name: '株式会社みなと精機', contacts: [{ role: 'PRIMARY', tel: '03-1234-5678' }] },
      incident: { category: 'LEAK', estimated_records: 12_000 },
      budget: { amount_jpy: 3_300_000, tax_included: true },
    });
    expect(received.request).not.toHaveProperty('policyNumber');
    expect(policyNumber).toMatch(/^CL-/);

    const entries = await eventually(
      async () => {
        const all = await core.timeline(caseId);
        return all.some((e) => e.milestone === 'preliminary_report_delivered') ? all : undefined;
      },
      { what: 'the preliminary report to reach the timeline', timeoutMs: 45_000 },
    );
    const orderEntries = entries.filter((e) => e.orderId === orderId);
    expect(orderEntries.map((e) => [e.toStatus, e.milestone])).toEqual([
      ['issued', null],
      ['acknowledged', null],
      ['accepted', null],
      ['in_progress', 'hearing_done'],
      ['in_progress', 'forensic_investigation_started'],
      ['in_progress', 'preliminary_report_delivered'],
    ]);
    expect(entries.map((e) => e.kind).slice(0, 2)).toEqual(['incident_reported', 'coverage_confirmed']);
    // Who acted is who signed in, never a name a body gave.
    expect(entries.slice(0, 3).map((e) => e.actor)).toEqual(['staff:sato.coordinator', 'staff:tanaka.claims', 'staff:sato.coordinator']);
    expect(orderEntries.slice(1).every((e) => e.actor === 'partner:lac' && e.eventId)).toBe(true);

    const order = await core.order(orderId);
    expect(order.status).toBe('in_progress');
    expect(order.partnerReference).toBe(received.ticket);
  });

  it('records a decline with LAC\'s reason', async () => {
    const { caseId } = await core.openCase({ confirm: true });
    const issued = await hub.as.coordinator.post(`/cases/${caseId}/orders`).send(lacOrder('Forensics on short notice #sim-decline')).expect(201);
    const orderId = issued.body.orderId as string;
    const order = await eventually(async () => {
      const current = await core.order(orderId);
      return current.status === 'declined' ? current : undefined;
    }, { what: 'LAC to decline' });
    expect(order.statusReason).toBe('No forensic analysts available in the requested window');
    // A declined order has no work to bill.
    const invoice = invoiceFor('lac', orderId, [{ description: '調査', category: 'cause_and_scope_investigation', unitPriceYen: 100_000 }]);
    expect((await hub.as.partner.lac.post('/invoices').send(invoice).expect(409)).body.error).toBe('order_not_invoiceable');
  });

  it('lets the coordinator close the order once LAC reports the work complete', async () => {
    const { caseId } = await core.openCase({ confirm: true });
    const orderId = (await hub.as.coordinator.post(`/cases/${caseId}/orders`).send(lacOrder()).expect(201)).body.orderId as string;
    await eventually(async () => (await core.order(orderId)).status === 'in_progress', { what: 'work to start', timeoutMs: 45_000 });

    const refused = await hub.as.coordinator.post(`/orders/${orderId}/close`).send({}).expect(409);
    expect(refused.body).toMatchObject({ error: 'illegal_transition' });
    expect(refused.body.message).toContain('order is in_progress');

    const cancelled = await hub.as.coordinator.post(`/orders/${orderId}/cancel`).send({ reason: 'Insured chose its own vendor' }).expect(200);
    expect(cancelled.body).toMatchObject({ status: 'cancelled', statusReason: 'Insured chose its own vendor' });
    // LAC's acceptance, reported over Kafka, was recorded: the work done before the cancellation can be invoiced.
    expect(cancelled.body.acceptedAt).toEqual(expect.any(String));
    const invoice = invoiceFor('lac', orderId, [{ description: '中止までの調査', category: 'cause_and_scope_investigation', unitPriceYen: 300_000 }]);
    expect((await hub.as.partner.lac.post('/invoices').send(invoice).expect(201)).body.state).toBe('settled');
  });
});
