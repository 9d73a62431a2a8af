import { randomUUID } from 'node:crypto';
import { Logger } from '@nestjs/common';
import { Client } from 'pg';
import type { Test } from 'supertest';
import { AUDIT_BATCH_MAX_ROWS, AuditBatchWriter } from '@hub/auth';
import { eventually, testEnv } from '@hub/testing';
import type { Callers } from '../support/callers';
import { litePolicy } from '../support/demo-requests';
import { type RunningHub, startHub } from '../support/running-hub';

/** Requests that could change something, each by its own caller and answered its own way, though none changes anything. */
const KINDS: { actor: string; action: string; send: (as: Callers) => Test }[] = [
  { actor: 'staff:watanabe.auditor', action: 'POST /policies', send: (as) => as.auditor.post('/policies').send(litePolicy()) },
  { actor: 'staff:tanaka.claims', action: 'POST /policies', send: (as) => as.claims.post('/policies').send({}) },
  { actor: 'staff:ito.finance', action: 'POST /cases', send: (as) => as.finance.post('/cases').send({}) },
  { actor: 'partner:lac', action: 'POST /invoices', send: (as) => as.partner.lac.post('/invoices').send({}) },
  { actor: 'staff:kato.operator', action: 'POST /cases/:caseId/coverage-decision', send: (as) => as.operator.post(`/cases/${randomUUID()}/coverage-decision`).send({ decision: 'confirmed' }) },
];

interface Answer {
  actor: string;
  action: string;
  status: number;
  correlationId: string;
}

/**
 * The audit trail is written by group commit (libs/auth/src/audit-batch-writer.ts): rows answered while one INSERT runs
 * go together in the next, so a burst costs a few commits instead of one per request, and a graceful stop writes what
 * is still queued before the app's database connections close. The INSERTs are counted by watching the app's own
 * DataSource (a spy that calls through). Another session holds the table locked while requests are answered, as a slow
 * commit under load would, so that what queues behind the first INSERT is known rather than left to timing.
 */
describe('the audit log, written in batches', () => {
  let hub: RunningHub;
  let stopped = false;
  /** Another session: holds audit_log locked (EXCLUSIVE: reads go on, inserts wait) and reads it once the app is gone. */
  let locker: Client;

  beforeAll(async () => {
    hub = await startHub({ apps: ['core'] });
    locker = new Client({ connectionString: testEnv.databaseUrl, application_name: 'audit-batch-test-locker' });
    await locker.connect();
  });
  afterAll(async () => {
    await locker?.end();
    if (!stopped) await hub?.stop();
  });

  const rowsOf = async (prefix: string) =>
    (
      await locker.query<{ actor: string; action: string; outcome_status: number; correlation_id: string }>(
        'SELECT actor, action, outcome_status, correlation_id FROM audit_log WHERE correlation_id LIKE $1 ORDER BY id',
        [`${prefix}%`],
      )
    ).rows;
  /** The audit INSERTs the spied DataSource ran, each as the correlation ids (of this prefix) of its rows. */
  const insertsSeen = (spy: jest.SpyInstance, prefix: string): string[][] =>
    spy.mock.calls
      .filter(([sql]) => typeof sql === 'string' && sql.startsWith('INSERT INTO audit_log'))
      .map(([, params]) => (params as unknown[]).filter((p): p is string => typeof p === 'string' && p.startsWith(prefix)))
      .filter((ids) => ids.length > 0);
  const lockAuditLog = async () => {
    await locker.query('BEGIN');
    await locker.query('LOCK TABLE audit_log IN EXCLUSIVE MODE');
  };
  const send = (count: number, prefix: string): Promise<Answer[]> =>
    Promise.all(
      Array.from({ length: count }, async (_, i) => {
        const { actor, action, send: request } = KINDS[i % KINDS.length];
        const correlationId = `${prefix}${i}`;
        const { status } = await request(hub.as).set('x-correlation-id', correlationId);
        return { actor, action, status, correlationId };
      }),
    );

  it('writes a burst of 200 concurrent requests as 200 rows, each its own, in far fewer INSERTs', async () => {
    const prefix = `audit-burst-${randomUUID()}-`;
    const spy = jest.spyOn(hub.dataSource, 'query');
    let answers: Answer[] = [];
    let inserts: string[][] = [];
    await lockAuditLog();
    try {
      answers = await send(200, prefix);
      // Every request answered, none of its rows written yet: the first INSERT waits on the lock, the rest are queued.
      expect(await rowsOf(prefix)).toEqual([]);
    } finally {
      await locker.query('COMMIT');
    }
    const rows = await eventually(async () => {
      const found = await rowsOf(prefix);
      return found.length >= answers.length ? found : undefined;
    }, { what: "the burst's rows in the audit log" });
    inserts = insertsSeen(spy, prefix);
    spy.mockRestore();

    expect(rows).toHaveLength(200);
    const byId = new Map(rows.map((r) => [r.correlation_id, r]));
    const mismatched = answers.filter((a) => {
      const row = byId.get(a.correlationId);
      return row?.actor !== a.actor || row.action !== a.action || row.outcome_status !== a.status;
    });
    expect(mismatched).toEqual([]);
    // Refusals of more than one kind: each row carries its own answer, not its batch's.
    expect(new Set(answers.map((a) => a.status)).size).toBeGreaterThan(1);
    // Each row in exactly one INSERT; the one that waited on the lock, and one for all that queued behind it.
    expect(inserts.flat().sort()).toEqual(answers.map((a) => a.correlationId).sort());
    expect(inserts.length).toBeLessThanOrEqual(2);
  });

  it(`puts at most ${AUDIT_BATCH_MAX_ROWS} rows in one INSERT, in the order they came`, async () => {
    const prefix = `audit-cap-${randomUUID()}-`;
    const ids = Array.from({ length: 2 * AUDIT_BATCH_MAX_ROWS + 201 }, (_, i) => `${prefix}${i}`);
    const spy = jest.spyOn(hub.dataSource, 'query');
    const writer = new AuditBatchWriter(hub.dataSource);
    for (const correlationId of ids) {
      writer.add({
        app: 'audit-batch-test', actor: 'staff:batch.test', actorKind: 'staff', actorName: null, roles: ['auditor'], action: 'POST /test',
        target: '/test', outcomeStatus: 201, outcomeCode: null, sourceIp: null, userAgent: null, correlationId,
      });
    }
    // Resolves once every row queued is written: no polling below.
    await writer.onApplicationShutdown();
    const sizes = insertsSeen(spy, prefix).map((inserted) => inserted.length);
    spy.mockRestore();

    // The first row's INSERT starts at once, alone; the rest queued behind it meanwhile, and go in full batches.
    expect(sizes).toEqual([1, AUDIT_BATCH_MAX_ROWS, AUDIT_BATCH_MAX_ROWS, 200]);
    expect((await rowsOf(prefix)).map((r) => r.correlation_id)).toEqual(ids);
  });

  it('loses only a row the table refuses, not its batch, and names what was lost in one line', async () => {
    const prefix = `audit-refused-${randomUUID()}-`;
    const row = (i: number, actorKind: 'staff' | 'partner') => ({
      app: 'audit-batch-test', actor: `staff:batch.test${i}`, actorKind, actorName: null, roles: [], action: 'POST /test',
      target: '/test', outcomeStatus: 201, outcomeCode: null, sourceIp: null, userAgent: null, correlationId: `${prefix}${i}`,
    });
    const errors = jest.spyOn(Logger.prototype, 'error').mockImplementation(() => undefined);
    const writer = new AuditBatchWriter(hub.dataSource);
    // Row 5 breaks the table's CHECK on actor_kind; it is queued amid others, so it fails inside a batch of them.
    for (let i = 0; i < 10; i += 1) writer.add(row(i, i === 5 ? ('robot' as 'staff') : 'staff'));
    await writer.onApplicationShutdown();
    const logged = errors.mock.calls.map(([message]) => String(message)).filter((m) => m.includes('audit log'));
    errors.mockRestore();

    expect((await rowsOf(prefix)).map((r) => r.correlation_id)).toEqual([0, 1, 2, 3, 4, 6, 7, 8, 9].map((i) => `${prefix}${i}`));
    expect(logged).toHaveLength(1);
    expect(logged[0]).toMatch(/1 row\(s\) lost \(staff:batch\.test5 POST \/test ×1\): .*check constraint/);
  });

  it('writes the rows still queued when the app is stopped gracefully, before its database connections close', async () => {
    const prefix = `audit-stop-${randomUUID()}-`;
    let answers: Answer[] = [];
    let stopping: Promise<void> | undefined;
    await lockAuditLog();
    try {
      answers = await send(20, prefix);
      expect(await rowsOf(prefix)).toEqual([]);
      stopped = true;
      stopping = hub.stop();
      // Once the HTTP server is closed, every answered request has queued its row, and the close goes on to the
      // database's: given time to get there, a close that did not wait for the queue would end the pool under it.
      await eventually(async () => hub.nest.core?.getHttpServer().listening === false, { what: 'core no longer listening' });
      await new Promise((resolve) => setTimeout(resolve, 500));
    } finally {
      await locker.query('COMMIT');
    }
    await stopping;

    // Read at once, no polling: the close itself waited for them.
    expect((await rowsOf(prefix)).map((r) => r.correlation_id).sort()).toEqual(answers.map((a) => a.correlationId).sort());
  });
});
