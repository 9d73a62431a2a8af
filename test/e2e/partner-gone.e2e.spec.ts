import { createKafka, TOPICS } from '@hub/messaging';
import { eventually, readTopic, testEnv } from '@hub/testing';
import { startPartnerSim } from '@apps/partner-sim/src/partner-sim.app';
import { loadPartnerSimSettings } from '@apps/partner-sim/src/partner-sim.config';
import { RunningHub, startHub } from '../support/running-hub';
import { lacOrder } from '../support/demo-requests';
import { coreClient } from '../support/core-client';

/**
 * A partner that stays unreachable past the give-up time (72 h in production, 5 s here): the order is
 * not dropped silently, it lands on the dead-letter topic as the original message, with the last error.
 */
describe('partner endpoint gone for good', () => {
  let hub: RunningHub;
  let stopSim: (() => Promise<void>) | undefined;
  const kafka = createKafka(testEnv.brokers.split(','), 'partner-gone-test');

  beforeAll(async () => {
    hub = await startHub({ apps: ['core', 'adapter-lac'], adapterEnv: { LAC_DELIVERY_GIVE_UP_AFTER_SECONDS: '5' } });
  });

  afterAll(async () => {
    await stopSim?.();
    await hub?.stop();
  });

  /** An order whose delivery the adapter gave up on, with its dead letter in core's list. */
  async function givenUpOrder(core: ReturnType<typeof coreClient>): Promise<{ caseId: string; orderId: string; deadLetterId: string; attempts: number }> {
    const { caseId } = await core.openCase({ confirm: true });
    const orderId = (await hub.as.coordinator.post(`/cases/${caseId}/orders`).send(lacOrder()).expect(201)).body.orderId as string;
    const letter = await eventually(async () => {
      const list = (await hub.as.operator.get('/dead-letters').query({ partnerId: 'lac', state: 'open', limit: '200' }).expect(200)).body;
      return (list.deadLetters as { id: string; eventKey: string }[]).find((l) => l.eventKey === `delivery-failed:${orderId}`);
    }, { what: 'the dead letter in core\'s list', timeoutMs: 20_000 });
    const [given] = await hub.dataSource.query(`SELECT attempts FROM partner_deliveries WHERE order_id = $1 AND kind = 'order'`, [orderId]);
    return { caseId, orderId, deadLetterId: letter.id, attempts: given.attempts as number };
  }

  it('dead-letters the order with the delivery error once the give-up time has passed', async () => {
    const core = coreClient(hub.as);
    const { caseId } = await core.openCase({ confirm: true });
    const orderId = (await hub.as.coordinator.post(`/cases/${caseId}/orders`).send(lacOrder()).expect(201)).body.orderId as string;

    const failed = await eventually(
      async () => {
        const [row] = await hub.dataSource.query('SELECT status, attempts, last_error FROM partner_deliveries WHERE order_id = $1', [orderId]);
        return row?.status === 'failed' ? row : undefined;
      },
      { what: 'the delivery to be given up', timeoutMs: 20_000 },
    );
    expect(failed.attempts).toBeGreaterThanOrEqual(2);

    const [letter] = await readTopic(kafka, TOPICS.orderIssued.deadLetterTopic, (m) => m.value.includes(orderId));
    const record = JSON.parse(letter.value);
    expect(record).toMatchObject({
      sourceTopic: TOPICS.orderIssued.name,
      consumerGroup: `${testEnv.hubEnv}.adapter-lac`,
      attempts: failed.attempts,
      error: { name: 'PartnerDeliveryFailed' },
      originalKey: caseId,
    });
    expect(record.error.message).toContain('unreachable');
    expect(JSON.parse(record.originalValue)).toMatchObject({ type: 'order.issued', caseId, payload: { orderId, partnerId: 'lac' } });
    expect((await core.order(orderId)).status).toBe('issued');
  }, 60_000);

  it('once LAC is back, a replayed dead letter delivers the order once, and "recover" replays the partner\'s range since a time', async () => {
    const core = coreClient(hub.as);
    const since = new Date(Date.now() - 1_000).toISOString();
    const one = await givenUpOrder(core);
    const two = await givenUpOrder(core);
    const three = await givenUpOrder(core);

    const sim = await startPartnerSim(loadPartnerSimSettings({ PORT: new URL(hub.simUrl).port, LAC_ADAPTER_URL: hub.adapterUrl, LAC_TOKEN_URL: `${hub.coreUrl}/oauth/token`, SIM_STEP_DELAY_MS: '60000', LOG_LEVEL: 'warn' }));
    stopSim = () => sim.app.close();

    // One by one: the adapter takes the order again, re-arms its delivery, and LAC gets it once. Only an operator
    // replays, and who replayed is who signed in: a body naming someone is refused.
    await hub.as.auditor.post(`/dead-letters/${one.deadLetterId}/replay`).send({}).expect(403);
    await hub.as.operator.post(`/dead-letters/${one.deadLetterId}/replay`).send({ requestedBy: 'operator.ito' }).expect(400);
    const replay = () => hub.as.operator.post(`/dead-letters/${one.deadLetterId}/replay`).send({}).expect(200);
    expect((await replay()).body).toMatchObject({ replayed: true, deadLetter: { state: 'replayed', replayedBy: 'staff:kato.operator' } });
    expect((await replay()).body).toMatchObject({ replayed: false });
    await eventually(async () => sim.lac.find(one.orderId), { what: 'the replayed order at LAC', timeoutMs: 30_000 });

    // The rest of LAC's range since T, in one request; a second "recover" finds nothing left.
    const recovered = (await hub.as.operator.post('/dead-letters/recover').send({ partnerId: 'lac', since }).expect(200)).body;
    expect(recovered.requestedBy).toBe('staff:kato.operator');
    expect(recovered.replayedIds).toEqual(expect.arrayContaining([two.deadLetterId, three.deadLetterId]));
    expect(recovered.replayedIds).not.toContain(one.deadLetterId);
    expect((await hub.as.operator.post('/dead-letters/recover').send({ partnerId: 'lac', since }).expect(200)).body.replayed).toBe(0);
    for (const { orderId } of [two, three]) await eventually(async () => sim.lac.find(orderId), { what: 'the recovered order at LAC', timeoutMs: 30_000 });
    await eventually(async () => (await core.order(three.orderId)).status === 'acknowledged', { what: 'the acknowledgement' });
    // Each reached LAC once, and each delivery record carries on from its given-up attempts.
    for (const { orderId, attempts } of [one, two, three]) {
      expect(sim.lac.list().filter((e) => e.request.engagement_id === orderId)).toHaveLength(1);
      const [row] = await hub.dataSource.query(`SELECT status, attempts FROM partner_deliveries WHERE order_id = $1 AND kind = 'order'`, [orderId]);
      expect(row.status).toBe('delivered');
      // One more attempt than when it was given up: LAC was back, so the first attempt after the replay reached it.
      expect(row.attempts).toBe(attempts + 1);
    }
  }, 90_000);
});
