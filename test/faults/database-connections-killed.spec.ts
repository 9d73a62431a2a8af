import { randomUUID } from 'node:crypto';
import { Client } from 'pg';
import request from 'supertest';
import { eventually, testEnv } from '@hub/testing';
import type { LacSystem } from '@apps/partner-sim/src/lac/lac-system';
import { leakReport, lacOrder, litePolicy } from '../support/demo-requests';
import { RunningHub, startHub } from '../support/running-hub';

const KILLS = 4;
const BETWEEN_KILLS_MS = 2_500;
/** Callers issuing commands at once, each opening a case and engaging LAC on it, over and over. */
const CALLERS = 4;

/** TypeORM styles its log prefixes (chalk) when it thinks it writes to a terminal. */
const ANSI_STYLE = new RegExp(`${String.fromCharCode(27)}\\[[0-9;]*m`, 'g');

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

interface Answer {
  what: string;
  status: number;
  /** The x-correlation-id it was sent with: its row in the audit trail says the same. */
  correlationId: string;
}

/**
 * Issue 12: every PostgreSQL backend of the test database killed (pg_terminate_backend) four times, 2.5 s apart, while
 * callers keep opening cases and engaging LAC and LAC's simulated analysts keep calling back. The pools, the LISTEN
 * connections and the Kafka inboxes reconnect by themselves; a command answers 2xx (accepted) or 503 (not accepted, retry),
 * never a 500, and each is in the audit trail with its answer; every order accepted reaches LAC, with every attempt on
 * record and one successful one, and each of LAC's reports comes back to core's timeline exactly once; nothing is
 * dead-lettered; the outbox relays of core and the adapter publish everything; readiness is ok again.
 */
describe('PostgreSQL connections killed under load', () => {
  let hub: RunningHub;
  let killer: Client;
  const testStarted = new Date();

  beforeAll(async () => {
    // TypeORM prints every statement a kill fails, and its error, with console.log (its `logging: ['error']`): hundreds of
    // expected lines here. The apps' own log (HubExceptionFilter: "database unavailable") still says what happened.
    const log = console.log.bind(console);
    jest.spyOn(console, 'log').mockImplementation((...args: unknown[]) => {
      if (/^(query failed|error):$/.test(String(args[0]).replace(ANSI_STYLE, ''))) return;
      log(...args);
    });
    hub = await startHub({ simStepDelayMs: 50 });
    killer = new Client({ connectionString: testEnv.databaseUrl, application_name: 'fault-test-killer' });
    killer.on('error', () => undefined); // never one of the backends it kills
    await killer.connect();
  }, 120_000);

  afterAll(async () => {
    await killer?.end().catch(() => undefined);
    await hub?.stop();
    jest.restoreAllMocks();
  }, 60_000);

  /** Kills every backend of the test database but the killer's own; answers who was connected. */
  async function killEveryBackend(): Promise<string[]> {
    const { rows } = await killer.query<{ application_name: string; killed: boolean }>(
      `SELECT application_name, pg_terminate_backend(pid) AS killed FROM pg_stat_activity
        WHERE datname = current_database() AND pid <> pg_backend_pid()`,
    );
    return rows.filter((r) => r.killed).map((r) => r.application_name);
  }

  it('reconnects, answers 503 rather than 500, loses and doubles nothing, and the outbox relays resume', async () => {
    const answers: Answer[] = [];
    const accepted: { orderId: string; caseId: string }[] = [];
    const lac = hub.sims.lac as LacSystem;
    let loadRunning = true;

    const call = async (what: string, sent: request.Test): Promise<request.Response> => {
      const correlationId = `db-kill-${randomUUID()}`;
      const response = await sent.set('x-correlation-id', correlationId);
      answers.push({ what, status: response.status, correlationId });
      return response;
    };
    // One caller: a fresh policy, its case, the insurer's confirmation, LAC engaged. A step that is not accepted (503)
    // ends that incident; the caller starts the next one.
    const caller = async () => {
      while (loadRunning) {
        const policy = litePolicy();
        if ((await call('register policy', hub.as.claims.post('/policies').send(policy))).status !== 201) continue;
        const reported = await call('report incident', hub.as.coordinator.post('/cases').send(leakReport(policy.policyNumber)));
        if (reported.status !== 201) continue;
        const caseId = reported.body.caseId as string;
        if ((await call('confirm coverage', hub.as.claims.post(`/cases/${caseId}/coverage-decision`).send({ decision: 'confirmed' }))).status !== 200) continue;
        const issued = await call('issue order', hub.as.coordinator.post(`/cases/${caseId}/orders`).send(lacOrder()));
        if (issued.status === 201) accepted.push({ orderId: issued.body.orderId as string, caseId });
      }
    };
    const callers = Array.from({ length: CALLERS }, () => caller());

    const killed: string[][] = [];
    try {
      await eventually(async () => accepted.length >= 4, { what: 'the first orders to be accepted', timeoutMs: 30_000 });
      for (let i = 0; i < KILLS; i += 1) {
        killed.push(await killEveryBackend());
        await sleep(BETWEEN_KILLS_MS);
      }
    } finally {
      loadRunning = false;
      await Promise.all(callers);
    }

    const notAccepted = answers.filter((a) => a.status === 503).length;
    console.log(
      `database connections killed ${KILLS}x (${killed.map((k) => k.length).join(', ')} backends): ${answers.length} commands, ` +
        `${answers.length - notAccepted} accepted, ${notAccepted} answered 503; ${accepted.length} LAC orders accepted; ` +
        `the last kill hit ${[...new Set(killed.at(-1))].map((name) => `${name} ×${killed.at(-1)?.filter((n) => n === name).length}`).join(', ')}`,
    );
    // Each kill hit the apps' pools and their LISTEN connections (core's outbox; the adapter's outbox and deliveries).
    for (const names of killed) expect(names).toEqual(expect.arrayContaining(['core', 'adapter-lac', 'core-listener', 'adapter-lac-listener']));
    // Accepted (2xx) or not accepted, retry later (503): never a 500, nor any other answer.
    expect(answers.filter((a) => a.status !== 503 && (a.status < 200 || a.status > 299))).toEqual([]);
    expect(accepted.length).toBeGreaterThanOrEqual(8);

    // Every accepted order reached LAC (once: LAC keeps one engagement per order id), and LAC's analysts worked through
    // their script, each report reaching the adapter: 200, or 503 while the database was away (retried), never a 500.
    const reportsTaken = (orderId: string) => lac.find(orderId)?.callbacks.filter((c) => c.httpStatus === 200).length ?? -1;
    await eventually(async () => accepted.every((o) => reportsTaken(o.orderId) === 4), {
      what: "every accepted order at LAC and LAC's four reports taken by the adapter",
      timeoutMs: 90_000,
    }).catch(async (error: Error) => {
      const behind = accepted.filter((o) => reportsTaken(o.orderId) !== 4).slice(0, 5);
      const deliveries = await hub.dataSource.query(`SELECT order_id, status, attempts, last_error, claimed_until FROM partner_deliveries WHERE order_id = ANY($1::uuid[])`, [behind.map((o) => o.orderId)]);
      throw new Error(`${error.message}\n${JSON.stringify({ behind: behind.map((o) => ({ ...o, atLac: lac.find(o.orderId)?.callbacks })), deliveries }, null, 1)}`);
    });
    const callbackAnswers = accepted.flatMap((o) => (lac.find(o.orderId)?.callbacks ?? []).map((c) => c.httpStatus));
    expect(callbackAnswers.filter((s) => s !== 200 && s !== 503)).toEqual([]);
    expect(accepted.every((o) => lac.find(o.orderId)?.request.incident_ref === o.caseId)).toBe(true);

    // On core's timeline, once each: LAC's acknowledgement (the delivery), its acceptance and its three milestones.
    const orderIds = accepted.map((o) => o.orderId);
    const timeline = await eventually(
      async () => {
        // An acknowledgement that arrives after LAC's acceptance (its delivery was recorded late) is on the timeline as such.
        const rows: { order_id: string; entry: string; n: number }[] = await hub.dataSource.query(
          `SELECT order_id, CASE WHEN kind = 'partner_acknowledged_late' THEN 'acknowledged' ELSE to_status || coalesce(':' || milestone, '') END AS entry,
                  count(*)::int AS n FROM case_timeline
            WHERE order_id = ANY($1::uuid[]) AND (to_status IN ('acknowledged', 'accepted', 'in_progress') OR kind = 'partner_acknowledged_late') GROUP BY 1, 2`,
          [orderIds],
        );
        return rows.length >= orderIds.length * 5 ? rows : undefined;
      },
      { what: "LAC's acknowledgement, acceptance and milestones of every order on core's timeline", timeoutMs: 60_000 },
    );
    expect(timeline).toHaveLength(orderIds.length * 5);
    expect(timeline.filter((r) => r.n !== 1)).toEqual([]);
    // One successful delivery attempt on record per order.
    const delivered: { order_id: string; n: number }[] = await hub.dataSource.query(
      `SELECT order_id, count(*)::int AS n FROM delivery_attempts WHERE order_id = ANY($1::uuid[]) AND outcome = 'delivered' GROUP BY order_id`,
      [orderIds],
    );
    expect(delivered).toHaveLength(orderIds.length);
    expect(delivered.filter((r) => r.n !== 1)).toEqual([]);
    // Every attempt counted is on record: none answered by LAC was lost with its connection and sent again once its claim lapsed.
    const offRecord = await hub.dataSource.query(
      `SELECT d.order_id, d.attempts, count(a.*)::int AS recorded FROM partner_deliveries d LEFT JOIN delivery_attempts a ON a.delivery_id = d.id
        WHERE d.order_id = ANY($1::uuid[]) GROUP BY d.id HAVING count(a.*) <> d.attempts`,
      [orderIds],
    );
    expect(offRecord).toEqual([]);
    // Nothing of these cases was given up on while the database came and went.
    const given = await hub.dataSource.query(`SELECT consumer_group, source_topic, error_message FROM dead_letters WHERE case_id = ANY($1::text[])`, [
      accepted.map((o) => o.caseId),
    ]);
    expect(given).toEqual([]);

    // Every command answered is in the audit trail with the answer it got — accepted or not — though the trail is written
    // after the answer, outside the request's transaction.
    let unaudited: Answer[] = [];
    const audited = await eventually(
      async () => {
        const rows: { correlation_id: string; outcome_status: number }[] = await hub.dataSource.query(
          `SELECT correlation_id, outcome_status FROM audit_log WHERE correlation_id = ANY($1::text[])`,
          [answers.map((a) => a.correlationId)],
        );
        const byId = new Map(rows.map((r) => [r.correlation_id, r.outcome_status]));
        unaudited = answers.filter((a) => !byId.has(a.correlationId));
        return unaudited.length === 0 ? byId : undefined;
      },
      { what: 'every command answered in the audit trail', timeoutMs: 60_000 },
    ).catch((error: Error) => {
      throw new Error(`${error.message}: ${unaudited.length} of ${answers.length} missing, e.g. ${JSON.stringify(unaudited.slice(0, 3))}`);
    });
    expect(answers.filter((a) => audited.get(a.correlationId) !== a.status)).toEqual([]);

    // The relays resumed: nothing core or the adapter wrote to its outbox since the test began is left unpublished.
    await eventually(
      async () => {
        const [{ n }]: { n: number }[] = await hub.dataSource.query(
          `SELECT count(*)::int AS n FROM outbox_messages WHERE source_app IN ('core', 'adapter-lac') AND published_at IS NULL AND created_at >= $1`,
          [testStarted],
        );
        return n === 0;
      },
      { what: 'the outboxes of core and the adapter drained', timeoutMs: 30_000 },
    );
    // The LISTEN connections are back (core's outbox; the adapter's outbox and its deliveries).
    await eventually(
      async () => {
        const { rows } = await killer.query<{ application_name: string; n: number }>(
          `SELECT application_name, count(*)::int AS n FROM pg_stat_activity WHERE datname = current_database() AND application_name LIKE '%-listener' GROUP BY 1`,
        );
        const listeners = Object.fromEntries(rows.map((r) => [r.application_name, r.n]));
        return listeners['core-listener'] === 1 && listeners['adapter-lac-listener'] === 2;
      },
      { what: 'the LISTEN connections back', timeoutMs: 15_000 },
    );
    for (const url of [hub.coreUrl, hub.adapterUrl]) {
      await eventually(
        async () => {
          const ready = await request(url).get('/health/ready');
          return ready.status === 200 && ready.body.status === 'ok';
        },
        { what: `${url}/health/ready 200 ok again`, timeoutMs: 30_000 },
      );
    }
  }, 240_000);
});
