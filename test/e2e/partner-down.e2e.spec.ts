import { contractValidator } from '@hub/contracts';
import { eventually } from '@hub/testing';
import { RunningHub, startHub } from '../support/running-hub';
import { startPartnerSim } from '@apps/partner-sim/src/partner-sim.app';
import { loadPartnerSimSettings } from '@apps/partner-sim/src/partner-sim.config';
import { lacOrder } from '../support/demo-requests';
import { coreClient } from '../support/core-client';

/**
 * LAC's endpoint is down when the order is issued and comes back later: the adapter keeps retrying
 * with backoff, nothing is lost, and the order reaches LAC once it answers.
 */
describe('partner endpoint down, then back', () => {
  let hub: RunningHub;
  let stopSim: (() => Promise<void>) | undefined;

  beforeAll(async () => {
    hub = await startHub({ apps: ['core', 'adapter-lac'] });
  });

  afterAll(async () => {
    await stopSim?.();
    await hub?.stop();
  });

  it('retries delivery until LAC answers, then LAC\'s updates flow back', async () => {
    const core = coreClient(hub.as);
    const { caseId } = await core.openCase({ confirm: true });
    const orderId = (await hub.as.coordinator.post(`/cases/${caseId}/orders`).send(lacOrder()).expect(201)).body.orderId as string;

    const failing = await eventually(
      async () => {
        const [row] = await hub.dataSource.query('SELECT status, attempts, last_error FROM partner_deliveries WHERE order_id = $1', [orderId]);
        return row?.attempts >= 2 ? row : undefined;
      },
      { what: 'two failed delivery attempts', timeoutMs: 20_000 },
    );
    expect(failing.status).toBe('pending');
    expect(failing.last_error).toContain('unreachable');
    expect((await core.order(orderId)).status).toBe('issued');

    const sim = await startPartnerSim(
      loadPartnerSimSettings({
        PORT: new URL(hub.simUrl).port,
        LAC_ADAPTER_URL: hub.adapterUrl,
        LAC_TOKEN_URL: `${hub.coreUrl}/oauth/token`,
        SIM_STEP_DELAY_MS: '100',
        LOG_LEVEL: 'warn',
      }),
    );
    stopSim = () => sim.app.close();

    const received = await eventually(async () => sim.lac.find(orderId), { what: 'LAC to receive the order once back', timeoutMs: 30_000 });
    expect(received.request.engagement_id).toBe(orderId);
    await eventually(async () => (await core.order(orderId)).status === 'in_progress', { what: 'LAC\'s progress to reach core', timeoutMs: 20_000 });
    const [delivered] = await hub.dataSource.query('SELECT status, attempts FROM partner_deliveries WHERE order_id = $1', [orderId]);
    expect(delivered.status).toBe('delivered');
    expect(delivered.attempts).toBeGreaterThanOrEqual(3);
    expect(sim.lac.list().filter((e) => e.request.engagement_id === orderId)).toHaveLength(1);

    // The adapter's record shows every attempt: LAC unreachable, then delivered. The people who run the hub read it.
    const record = (await hub.adapterAs.operator.get(`/deliveries/${orderId}`).expect(200)).body;
    expect(contractValidator().validate('http/adapter/delivery.v2', record).ok).toBe(true);
    expect(record).toMatchObject({ orderId, partnerId: 'lac', order: { status: 'delivered', attempts: delivered.attempts, nextAttemptAt: null }, cancellation: null });
    const log = record.order.attemptLog;
    expect(log).toHaveLength(delivered.attempts);
    expect(log.slice(0, -1).every((a: { outcome: string; httpStatus: number | null; channel: string }) => a.outcome === 'unreachable' && a.httpStatus === null && a.channel === 'push')).toBe(true);
    expect(log.at(-1)).toMatchObject({ attemptNo: delivered.attempts, outcome: 'delivered', httpStatus: expect.any(Number), error: null });
    // The partner's list, narrowed to this order's delivery: the same attempts, newest first.
    const listed = (await hub.adapterAs.operator.get('/deliveries').query({ orderId, kind: 'order', limit: '200' }).expect(200)).body;
    expect(contractValidator().validate('http/adapter/delivery-attempts.v4', listed).ok).toBe(true);
    expect(listed.attempts.map((a: { attempt: { attemptNo: number } }) => a.attempt.attemptNo)).toEqual(log.map((a: { attemptNo: number }) => a.attemptNo).reverse());
    expect(listed.nextCursor).toBeNull();
    expect((await hub.adapterAs.operator.get('/deliveries?limit=0').expect(400)).body.issues).toEqual([{ field: 'limit', reason: 'must be a whole number from 1 to 200' }]);
    await hub.adapterAs.operator.get(`/deliveries/${caseId}`).expect(404);
  }, 90_000);
});
