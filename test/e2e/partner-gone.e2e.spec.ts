import { createKafka, TOPICS } from '@hub/messaging';
import { eventually, readTopic, testEnv } from '@hub/testing';
import { RunningHub, startHub } from '../support/running-hub';
import { lacOrder } from '../support/demo-requests';
import { coreClient } from '../support/core-client';

/**
 * A partner that stays unreachable past the give-up time (72 h in production, 3 s here): the order is
 * not dropped silently, it lands on the dead-letter topic as the original message, with the last error.
 */
describe('partner endpoint gone for good', () => {
  let hub: RunningHub;
  const kafka = createKafka(testEnv.brokers.split(','), 'partner-gone-test');

  beforeAll(async () => {
    hub = await startHub({ apps: ['core', 'adapter-lac'], adapterEnv: { LAC_DELIVERY_GIVE_UP_AFTER_SECONDS: '3' } });
  });

  afterAll(async () => {
    await hub?.stop();
  });

  it('dead-letters the order with the delivery error once the give-up time has passed', async () => {
    const core = coreClient(hub.coreUrl);
    const { caseId } = await core.openCase({ confirm: true });
    const orderId = (await core.http().post(`/cases/${caseId}/orders`).send(lacOrder()).expect(201)).body.orderId as string;

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
});
