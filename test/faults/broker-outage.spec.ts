import { execFile } from 'node:child_process';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import request from 'supertest';
import { eventually } from '@hub/testing';
import { coreClient } from '../support/core-client';
import { lacOrder } from '../support/demo-requests';
import { RunningHub, startHub } from '../support/running-hub';

const run = promisify(execFile);
const ROOT = join(__dirname, '..', '..');
const PORT_BASE = Number(process.env.TEST_PORT_BASE ?? 3100);
/** A broker of this test's own (and its controller on the next port): the shared broker is never stopped. */
const BROKER_PORT = PORT_BASE + 95;
const BROKERS = `127.0.0.1:${BROKER_PORT}`;
const WORK_DIR = join(ROOT, '.hub', `kafka-outage-${BROKER_PORT}`);
const OUTAGE_MS = 30_000;
/** The issue's bound: the backlog accepted during the outage is at the partner within this long of the broker answering. */
const DRAIN_WITHIN_MS = 5_000;

/** The test's broker through the same script `npm test` uses for the shared one, pointed at its own folder and port. */
const broker = (command: 'start' | 'kill' | 'stop') =>
  run('node', ['scripts/infra/kafka.mjs', command], { cwd: ROOT, env: { ...process.env, KAFKA_BROKERS: BROKERS, KAFKA_WORK_DIR: WORK_DIR }, timeout: 180_000 });

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Kafka killed (SIGKILL) for 30 s under a steady stream of engagement orders, then started again in place: every order
 * accepted — before, during and after — reaches LAC once and comes back to core's timeline once; the apps recover by
 * themselves; what was accepted during the outage is at LAC within 5 s of the broker answering; readiness says
 * degraded while the broker is away and ok after, and HTTP never stops answering.
 */
describe('a Kafka broker outage under load', () => {
  let hub: RunningHub;
  let core: ReturnType<typeof coreClient>;

  beforeAll(async () => {
    rmSync(WORK_DIR, { recursive: true, force: true });
    await broker('start');
    hub = await startHub({ brokers: BROKERS, simStepDelayMs: 50 });
    core = coreClient(hub.as);
  }, 240_000);

  afterAll(async () => {
    await hub?.stop();
    await broker('stop').catch(() => undefined);
    rmSync(WORK_DIR, { recursive: true, force: true });
  }, 60_000);

  it('loses nothing, doubles nothing, and drains within 5 s of the broker answering again', async () => {
    const orders: { orderId: string; caseId: string; phase: 'before' | 'during' | 'after' }[] = [];
    const readiness: string[] = [];
    const issue = async (phase: 'before' | 'during' | 'after') => {
      const { caseId } = await core.openCase({ confirm: true });
      const issued = await hub.as.coordinator.post(`/cases/${caseId}/orders`).send(lacOrder()).expect(201);
      orders.push({ orderId: issued.body.orderId as string, caseId, phase });
    };
    const ready = async () => {
      const answer = await request(hub.coreUrl).get('/health/ready');
      expect(answer.status).toBe(200);
      return answer.body as { status: string; details: { kafka: { status: string } } };
    };

    for (let i = 0; i < 5; i += 1) await issue('before');
    await eventually(async () => orders.every((o) => hub.lac.find(o.orderId)), { what: 'the first orders to reach LAC', timeoutMs: 30_000 });

    await broker('kill');
    const outageEnds = Date.now() + OUTAGE_MS;
    // Work keeps being accepted while the broker is away: HTTP answers, the outbox keeps it.
    while (Date.now() < outageEnds) {
      await issue('during');
      readiness.push((await ready()).status);
      await sleep(1_000);
    }
    expect(readiness.at(-1)).toBe('degraded');
    expect((await ready()).details.kafka.status).toBe('down');

    await broker('start');
    const brokerAnswered = Date.now();
    const during = orders.filter((o) => o.phase === 'during');
    expect(during.length).toBeGreaterThanOrEqual(10);
    await eventually(async () => during.every((o) => hub.lac.find(o.orderId)), { what: 'the outage backlog to reach LAC', timeoutMs: 60_000, intervalMs: 100 });
    const drainedMs = Math.max(...during.map((o) => (hub.lac.find(o.orderId)?.receivedAtMs ?? Infinity) - brokerAnswered));
    console.log(`broker outage: ${during.length} orders accepted during ${OUTAGE_MS / 1000} s without Kafka; all at LAC ${drainedMs} ms after the broker answered`);
    expect(drainedMs).toBeLessThanOrEqual(DRAIN_WITHIN_MS);

    for (let i = 0; i < 5; i += 1) await issue('after');
    // Every order's acknowledgement came back over Kafka to core's timeline exactly once.
    const acknowledged = await eventually(
      async () => {
        const rows: { order_id: string; n: number }[] = await hub.dataSource.query(
          `SELECT order_id, count(*)::int AS n FROM case_timeline WHERE order_id = ANY($1::uuid[]) AND to_status = 'acknowledged' GROUP BY order_id`,
          [orders.map((o) => o.orderId)],
        );
        return rows.length === orders.length ? rows : undefined;
      },
      { what: 'every order acknowledged on its timeline', timeoutMs: 60_000 },
    );
    expect(acknowledged.filter((r) => r.n !== 1)).toEqual([]);
    // Sent to LAC once each: one delivery, one successful attempt.
    const delivered: { order_id: string; n: number }[] = await hub.dataSource.query(
      `SELECT order_id, count(*)::int AS n FROM delivery_attempts WHERE order_id = ANY($1::uuid[]) AND outcome = 'delivered' GROUP BY order_id`,
      [orders.map((o) => o.orderId)],
    );
    expect(delivered).toHaveLength(orders.length);
    expect(delivered.filter((r) => r.n !== 1)).toEqual([]);
    expect(orders.every((o) => hub.lac.find(o.orderId)?.request.incident_ref === o.caseId)).toBe(true);
    await eventually(async () => (await ready()).status === 'ok', { what: 'readiness back to ok', timeoutMs: 15_000 });
  }, 300_000);
});
