import { createServer } from 'node:net';
import { join } from 'node:path';
import type { Admin } from 'kafkajs';
import { createKafka } from '@hub/messaging';
import { eventually, testEnv } from '@hub/testing';
import { type AppProcess, killHard, spawnApp, stopApps, tailOfLog } from '../support/app-processes';
import { coreClient } from '../support/core-client';
import { lacOrder, litePolicy } from '../support/demo-requests';
import { RunningHub, startHub } from '../support/running-hub';

const ROOT = join(__dirname, '..', '..');
const PORT_BASE = Number(process.env.TEST_PORT_BASE ?? 3100);
/** Core as a process of its own, away from the in-process hub's base … base + 11 and the replicas test's base + 20 … 33. */
const CORE_PORT = PORT_BASE + 40;
/** Nothing listens here (checked): a Kafka broker that cannot be reached. */
const CLOSED_PORT = PORT_BASE + 97;
const GROUP = `${testEnv.hubEnv}.core`;
const LOG_DIR = join(ROOT, '.hub', 'test-logs', `restart-serves-http-${testEnv.hubEnv}`);
const CORE_URL = `http://127.0.0.1:${CORE_PORT}`;

/** The environment `npm run start:core` gets from the tests' setup (see running-hub.ts). */
const coreEnv = (brokers: string) => ({
  DATABASE_URL: testEnv.databaseUrl,
  KAFKA_BROKERS: brokers,
  HUB_ENV: testEnv.hubEnv,
  LOG_LEVEL: 'log',
  STAFF_OIDC_ISSUER: testEnv.staffIssuer,
  PARTNER_TOKEN_TTL_SECONDS: '3600',
});

/** When `probe` first holds, polled every `intervalMs` (ms since epoch); fails naming `what` after `timeoutMs`. */
async function firstHolds(probe: () => Promise<boolean>, what: string, timeoutMs: number, intervalMs = 50): Promise<number> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await probe().catch(() => false)) return Date.now();
    await new Promise((resolve) => setTimeout(resolve, intervalMs));
  }
  throw new Error(`${what} did not happen within ${timeoutMs} ms`);
}

const live = async () => (await fetch(`${CORE_URL}/health/live`, { signal: AbortSignal.timeout(1_000) })).status === 200;
const ready = async () => {
  const response = await fetch(`${CORE_URL}/health/ready`, { signal: AbortSignal.timeout(3_000) });
  return { status: response.status, body: (await response.json()) as { status: string; details: { kafka: { status: string } } } };
};

/**
 * Issue 12: an app restarted after a crash used to keep its HTTP port closed while its consumer group rebalanced (the dead
 * member holds its partitions for its session). Core runs here as a process of its own, started as `npm run start:core`
 * starts it, with the LAC adapter and LAC's simulator in this process: SIGKILLed and started again, it answers
 * /health/live and accepts commands before its consumer group has joined — the join does not block HTTP — and what it
 * accepted then takes effect once after the join. Started with no Kafka to reach, it serves HTTP all the same (ready,
 * degraded) and keeps what it accepts in its outbox, which reaches the partner once it is restarted with the broker.
 */
describe('core restarted after a crash', () => {
  let hub: RunningHub;
  let admin: Admin;
  const cores: AppProcess[] = [];
  let started = 0;

  const spawnCore = (brokers = testEnv.brokers) => {
    started += 1;
    const core = spawnApp(`core-${started}`, 'core', CORE_PORT, coreEnv(brokers), LOG_DIR);
    cores.push(core);
    return core;
  };

  const groupMembers = async () => {
    const [group] = (await admin.describeGroups([GROUP])).groups;
    return { state: group.state, memberIds: group.members.map((m) => m.memberId) };
  };
  /** The group has settled with members, none of them one of `before` (a dead process's member still counts until its session ends). */
  const joinedAnew = (before: Set<string>) => async () => {
    const { state, memberIds } = await groupMembers();
    return state === 'Stable' && memberIds.length > 0 && memberIds.every((id) => !before.has(id));
  };

  beforeAll(async () => {
    admin = createKafka(testEnv.brokers.split(','), 'restart-serves-http-test').admin();
    await admin.connect();
    // The previous file's core left the group (it was closed); a member of a crashed run would hold it for 10 s at most.
    await eventually(async () => (await groupMembers()).memberIds.length === 0, { what: `${GROUP} without members`, timeoutMs: 30_000 });
  }, 60_000);

  afterAll(async () => {
    await hub?.stop();
    await stopApps(cores);
    await admin?.disconnect();
  }, 60_000);

  it('answers HTTP and accepts commands before its consumer group has joined, and their effect arrives once after the join', async () => {
    // A first start, into an empty group.
    const first = spawnCore();
    const firstSpawned = Date.now();
    const firstHttp = await firstHolds(live, 'the first core answering /health/live', 60_000);
    const firstJoined = await firstHolds(joinedAnew(new Set()), `the first core joining ${GROUP}`, 60_000, 100);
    const { memberIds: firstMembers } = await groupMembers();
    hub = await startHub({ apps: ['adapter-lac', 'partner-sim'], ports: { core: CORE_PORT, adapter: PORT_BASE + 1, sim: PORT_BASE + 2 }, simStepDelayMs: 100 });
    const core = coreClient(hub.as);
    const { caseId } = await core.openCase({ confirm: true });

    // The crash, and the restart at once. Whether the restarted core answers before its group has joined is a race against
    // the dead member's session (10 s from its last heartbeat, up to 3 s before the kill): on a machine so busy that the
    // process takes longer than that to start, it is run again (a core whose HTTP waited for the join would lose every time).
    const orderIds: string[] = [];
    let crashed = first;
    let before = new Set(firstMembers);
    let acceptedBeforeJoin = false;
    for (let attempt = 1; attempt <= 3 && !acceptedBeforeJoin; attempt += 1) {
      await killHard(crashed);
      const restarted = spawnCore();
      const spawned = Date.now();
      const httpAt = await firstHolds(live, 'the restarted core answering /health/live', 60_000);
      const joining = firstHolds(joinedAnew(before), `the restarted core joining ${GROUP}`, 60_000, 100);
      joining.catch(() => undefined); // awaited below
      // Commands as soon as it answers: a policy registered, LAC engaged.
      await hub.as.claims.post('/policies').send(litePolicy()).expect(201);
      orderIds.push((await hub.as.coordinator.post(`/cases/${caseId}/orders`).send(lacOrder()).expect(201)).body.orderId as string);
      const acceptedAt = Date.now();
      const readinessThen = await ready();
      acceptedBeforeJoin = !(await joinedAnew(before)());
      const joinedAt = await joining;
      console.log(
        `restart: first start — HTTP ${firstHttp - firstSpawned} ms, group joined ${firstJoined - firstSpawned} ms after spawn; ` +
          `restarted after SIGKILL (${attempt}) — HTTP ${httpAt - spawned} ms, two commands accepted ${acceptedAt - spawned} ms (readiness then ${readinessThen.status} ${readinessThen.body.status}), ` +
          `group joined ${joinedAt - spawned} ms after spawn${acceptedBeforeJoin ? '' : ': accepted after the join, so again'}`,
      );
      expect(restarted.running).toBe(true);
      // Liveness asks nothing; readiness answers 200 once the database does, whatever Kafka's state.
      expect(readinessThen.status).toBe(200);
      if (acceptedBeforeJoin) expect(acceptedAt).toBeLessThan(joinedAt);
      crashed = restarted;
      before = new Set((await groupMembers()).memberIds);
    }
    expect(acceptedBeforeJoin).toBe(true);

    // What was accepted takes effect after the join: each order reaches LAC, and LAC's acknowledgement comes back over Kafka
    // to core (its consumer, now in its group), once.
    for (const orderId of orderIds) {
      await eventually(async () => hub.lac.find(orderId), { what: 'the order accepted before the join at LAC', timeoutMs: 30_000 });
      await eventually(async () => (await core.order(orderId)).status === 'in_progress', { what: "LAC's progress in core", timeoutMs: 30_000 });
      const acknowledged: { n: number }[] = await hub.dataSource.query(`SELECT count(*)::int AS n FROM partner_reports WHERE order_id = $1 AND status = 'acknowledged'`, [orderId]);
      expect(acknowledged[0].n).toBe(1);
      expect(hub.lac.list().filter((e) => e.request.engagement_id === orderId)).toHaveLength(1);
    }
  }, 240_000);

  it('serves HTTP with no Kafka to reach — live, ready but degraded — keeps what it accepts, and delivers it once restarted with the broker', async () => {
    const closed = await new Promise<boolean>((resolve) => {
      const probe = createServer().once('error', () => resolve(false));
      probe.listen(CLOSED_PORT, '127.0.0.1', () => probe.close(() => resolve(true)));
    });
    expect(closed).toBe(true);
    await stopApps(cores);

    const cut = spawnCore(`127.0.0.1:${CLOSED_PORT}`);
    const spawned = Date.now();
    const httpAt = await firstHolds(live, 'core without Kafka answering /health/live', 60_000).catch((error: Error) => {
      throw new Error(`${error.message}; the end of its log:\n${tailOfLog(cut)}`);
    });
    const readiness = await ready();
    expect(readiness.status).toBe(200);
    expect(readiness.body.status).toBe('degraded');
    expect(readiness.body.details.kafka.status).toBe('down');

    const core = coreClient(hub.as);
    const { caseId } = await core.openCase({ confirm: true });
    const orderId = (await hub.as.coordinator.post(`/cases/${caseId}/orders`).send(lacOrder()).expect(201)).body.orderId as string;
    console.log(`restart: with Kafka unreachable — HTTP ${httpAt - spawned} ms after spawn, readiness ${readiness.status} ${readiness.body.status}, a case opened and LAC engaged`);
    const kept: { published_at: Date | null }[] = await hub.dataSource.query(
      `SELECT published_at FROM outbox_messages WHERE source_app = 'core' AND topic = 'hub.order.issued.v1' AND value -> 'payload' ->> 'orderId' = $1`,
      [orderId],
    );
    expect(kept).toEqual([{ published_at: null }]);
    expect(hub.lac.find(orderId)).toBeUndefined();

    // Restarted with the broker: the order kept in the outbox is published, reaches LAC once, and is acknowledged once.
    await stopApps([cut]);
    spawnCore();
    await firstHolds(live, 'core with Kafka answering /health/live', 60_000);
    await eventually(async () => hub.lac.find(orderId), { what: 'the order kept while Kafka was away at LAC', timeoutMs: 60_000 });
    await eventually(async () => (await core.order(orderId)).status === 'in_progress', { what: "LAC's progress in core", timeoutMs: 30_000 });
    const acknowledged: { n: number }[] = await hub.dataSource.query(`SELECT count(*)::int AS n FROM partner_reports WHERE order_id = $1 AND status = 'acknowledged'`, [orderId]);
    expect(acknowledged[0].n).toBe(1);
    expect(hub.lac.list().filter((e) => e.request.engagement_id === orderId)).toHaveLength(1);
    const unpublished = async () => {
      const rows: { n: number }[] = await hub.dataSource.query(
        `SELECT count(*)::int AS n FROM outbox_messages WHERE source_app = 'core' AND value -> 'payload' ->> 'orderId' = $1 AND published_at IS NULL`,
        [orderId],
      );
      return rows[0].n;
    };
    await eventually(async () => (await unpublished()) === 0, { what: "core's outbox drained of the order's events", timeoutMs: 15_000 });
  }, 240_000);
});
