import { nativeVersion } from '@hub/adapter-kit';
import { eventually } from '@hub/testing';
import { partnerPackage } from '@apps/partner-sim/src/partner-packages';
import { coreClient } from '../support/core-client';
import { lacOrder } from '../support/demo-requests';
import { PartnerFront } from '../support/partner-front';
import { RunningHub, startHub } from '../support/running-hub';

const PORT_BASE = Number(process.env.TEST_PORT_BASE ?? 3100);
/** Long enough for the adapter's back-off to stretch well past its first steps (1 s, 2 s, 4 s, 8 s …). */
const DOWN_MS = 25_000;
const CASES = 3;
/** Orders per case, issued one after another while LAC is down. */
const ORDERS_PER_CASE = 3;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * LAC unreachable for a long stretch (every connection to its endpoint dropped) while the coordinator keeps engaging it:
 * three orders on each of three cases, issued over the outage, and the second order of each case cancelled. Nothing is
 * given up on; once LAC is back everything reaches it, each once, and per case in the order it was issued — a case's later
 * order never before an earlier one, a cancellation never before its order — and LAC's acknowledgement of every order
 * reaches core once.
 */
describe('a partner down for a long stretch, then back', () => {
  let hub: RunningHub;
  let front: PartnerFront;

  beforeAll(async () => {
    front = new PartnerFront(`http://127.0.0.1:${PORT_BASE + 2}`);
    const frontUrl = await front.listen();
    const lac = partnerPackage('lac').adapter;
    hub = await startHub({ simStepDelayMs: 200, adapterEnv: { LAC_ENDPOINT_URL: `${frontUrl}${nativeVersion(lac, lac.pinnedVersion).demoEndpointPath}` } });
  }, 120_000);

  afterAll(async () => {
    await hub?.stop();
    await front?.close();
  }, 60_000);

  it('delivers everything once it is back, each case in the order it was issued', async () => {
    const core = coreClient(hub.as);
    front.behaviour = { kind: 'down' };
    const downSince = Date.now();
    const cases: { caseId: string; orderIds: string[] }[] = [];
    for (let i = 0; i < CASES; i += 1) cases.push({ caseId: (await core.openCase({ confirm: true })).caseId, orderIds: [] });
    // Round after round over the outage, each case's next order: the cases interleave, each case's orders are seconds apart.
    for (let round = 0; round < ORDERS_PER_CASE; round += 1) {
      for (const c of cases) {
        c.orderIds.push((await hub.as.coordinator.post(`/cases/${c.caseId}/orders`).send(lacOrder(`Forensic investigation, part ${round + 1}`)).expect(201)).body.orderId as string);
      }
      await sleep(DOWN_MS / (ORDERS_PER_CASE + 2));
    }
    for (const c of cases) await hub.as.coordinator.post(`/orders/${c.orderIds[1]}/cancel`).send({ reason: 'Scope folded into part 3' }).expect(200);
    await sleep(Math.max(0, downSince + DOWN_MS - Date.now()));

    // While LAC was away: its first order of each case was tried again and again, nothing was given up on, and nothing
    // of a case went before its first order.
    const allOrders = cases.flatMap((c) => c.orderIds);
    const whileDown: { order_id: string; kind: string; status: string; attempts: number }[] = await hub.dataSource.query(
      `SELECT order_id, kind, status, attempts FROM partner_deliveries WHERE order_id = ANY($1::uuid[])`,
      [allOrders],
    );
    expect(whileDown).toHaveLength(CASES * (ORDERS_PER_CASE + 1));
    expect(whileDown.filter((d) => d.status !== 'pending')).toEqual([]);
    const firsts = new Set(cases.map((c) => c.orderIds[0]));
    expect(whileDown.filter((d) => firsts.has(d.order_id)).every((d) => d.attempts >= 3)).toBe(true);
    expect(whileDown.filter((d) => !firsts.has(d.order_id) && d.attempts > 0)).toEqual([]);
    expect(front.arrivals).toEqual([]);

    front.behaviour = { kind: 'normal' };
    const backAt = Date.now();
    const delivered = await eventually(
      async () => {
        const rows: { case_id: string; order_id: string; kind: string; webhook_id: string; status: string }[] = await hub.dataSource.query(
          `SELECT case_id, order_id, kind, webhook_id, status FROM partner_deliveries WHERE order_id = ANY($1::uuid[])`,
          [allOrders],
        );
        return rows.every((r) => r.status === 'delivered') ? rows : undefined;
      },
      { what: 'everything delivered to LAC once it is back', timeoutMs: 60_000 },
    );
    const reached = front.firstArrivals().map((a) => a.webhookId);
    const place = (orderId: string, kind: string) => reached.indexOf((delivered.find((d) => d.order_id === orderId && d.kind === kind) as { webhook_id: string }).webhook_id);
    console.log(
      `partner back: LAC down ${(backAt - downSince) / 1000} s with ${allOrders.length} orders and ${CASES} cancellations queued; all delivered ` +
        `${Math.max(...front.arrivals.map((a) => a.atMs)) - backAt} ms after it was back; ${front.arrivals.length} requests for ${reached.length} deliveries`,
    );
    for (const { orderIds } of cases) {
      const places = orderIds.map((orderId) => place(orderId, 'order'));
      expect(places.every((p) => p >= 0)).toBe(true);
      expect(places).toEqual([...places].sort((a, b) => a - b));
      expect(place(orderIds[1], 'cancellation')).toBeGreaterThan(place(orderIds[1], 'order'));
    }
    // Each reached LAC as one engagement, with one successful attempt on record.
    const lac = hub.lac;
    expect(allOrders.every((orderId) => lac.list().filter((e) => e.request.engagement_id === orderId).length === 1)).toBe(true);
    const successes: { order_id: string; kind: string; n: number }[] = await hub.dataSource.query(
      `SELECT d.order_id, d.kind, count(*)::int AS n FROM delivery_attempts a JOIN partner_deliveries d ON d.id = a.delivery_id
        WHERE d.order_id = ANY($1::uuid[]) AND a.outcome = 'delivered' GROUP BY 1, 2`,
      [allOrders],
    );
    expect(successes).toHaveLength(CASES * (ORDERS_PER_CASE + 1));
    expect(successes.filter((s) => s.n !== 1)).toEqual([]);
    // LAC's acknowledgement of every order reached core once (a cancelled order's too: core keeps it, after the cancellation).
    const acknowledged = await eventually(
      async () => {
        const rows: { order_id: string; n: number }[] = await hub.dataSource.query(
          `SELECT order_id, count(*)::int AS n FROM partner_reports WHERE order_id = ANY($1::uuid[]) AND status = 'acknowledged' GROUP BY order_id`,
          [allOrders],
        );
        return rows.length === allOrders.length ? rows : undefined;
      },
      { what: "LAC's acknowledgement of every order in core", timeoutMs: 30_000 },
    );
    expect(acknowledged.filter((r) => r.n !== 1)).toEqual([]);
  }, 180_000);
});
