import { Pool } from 'pg';
import PgBoss from 'pg-boss';
import { testEnv } from '@hub/testing';
import { guardPgBossCompletions } from '@apps/reconciler/src/runs/pg-boss-completion-guard';

/**
 * pg-boss 10.4.2 records a handled job's outcome without awaiting it; when the database refuses that one statement (too
 * many clients, a failover) the rejection used to be unhandled and ended the reconciler. A real pg-boss on the test
 * database, whose connection refuses exactly the statement that marks the job completed: with the guard the process
 * sees no unhandled rejection, and the job stays active (pg-boss retries it once it expires) rather than being lost.
 */
describe('pg-boss failing to record a job outcome', () => {
  const schema = 'pgboss_completion_guard';
  const queue = 'completion-guard';
  let pool: Pool;
  let boss: PgBoss;
  let refuseCompletion = false;
  const unhandled: unknown[] = [];
  const onUnhandled = (reason: unknown) => unhandled.push(reason);

  beforeAll(async () => {
    pool = new Pool({ connectionString: testEnv.databaseUrl, max: 3, application_name: 'completion-guard-test' });
    await pool.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
    // The connection pg-boss is given: the real database, except that it refuses the completion once asked to.
    const db = {
      executeSql: async (text: string, values: unknown[]) => {
        if (refuseCompletion && text.includes("'completed'")) {
          refuseCompletion = false;
          throw Object.assign(new Error('sorry, too many clients already'), { code: '53300' });
        }
        return pool.query(text, values as unknown[]);
      },
    };
    guardPgBossCompletions();
    boss = new PgBoss({ db, schema, schedule: false, supervise: false });
    boss.on('error', () => undefined);
    await boss.start();
    await boss.createQueue(queue);
    process.on('unhandledRejection', onUnhandled);
  });

  afterAll(async () => {
    process.off('unhandledRejection', onUnhandled);
    await boss?.stop({ graceful: false, wait: true, timeout: 2_000 }).catch(() => undefined);
    await pool?.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`).catch(() => undefined);
    await pool?.end();
  });

  it('logs the refusal instead of ending the process, and leaves the job to be retried', async () => {
    let handled = 0;
    await boss.work(queue, { pollingIntervalSeconds: 0.5 }, async () => {
      refuseCompletion = true;
      handled += 1;
    });
    const jobId = await boss.send(queue, { date: '2026-11-27' });
    const deadline = Date.now() + 15_000;
    while (handled === 0 && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 100));
    expect(handled).toBe(1);
    // Long enough for the refused completion to settle and for Node to report it, had it gone unhandled.
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    expect(unhandled).toEqual([]);
    const { rows } = await pool.query(`SELECT state FROM ${schema}.job WHERE id = $1`, [jobId]);
    expect(rows).toEqual([{ state: 'active' }]);
  }, 30_000);
});
