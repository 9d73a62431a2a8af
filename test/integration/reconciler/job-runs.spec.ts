import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { loadConfig } from '@hub/config';
import { eventually, testEnv } from '@hub/testing';
import { addDays, japanDateOf } from '@apps/reconciler/src/jobs/business-date';
import { startReconciler } from '@apps/reconciler/src/reconciler.app';
import { ReconcilerConfig } from '@apps/reconciler/src/reconciler.config';
import { coreClient } from '../../support/core-client';
import { invoiceFor } from '../../support/invoices';
import { type RunningHub, startHub } from '../../support/running-hub';
import { acceptedOrder, confirmedCase, registerPolicy } from '../../support/settlement-setup';
import { untilKafkaReady } from '../../support/kafka-ready';

const ROOT = join(__dirname, '..', '..', '..');
const portBase = Number(process.env.TEST_PORT_BASE ?? 3100);

/**
 * How the jobs run, whoever starts them: one run per job and day across instances (scheduled or caught up), a run
 * killed before it recorded anything leaves nothing behind and the next run finds the same breaks once, and a rerun for
 * the same day finds the same findings and closes those that no longer hold. The ledger job is the subject: its breaks
 * are the easiest to plant (a counter moved without a posting).
 */
describe('reconciliation runs', () => {
  let hub: RunningHub;
  const date = '2026-11-26';

  beforeAll(async () => {
    hub = await startHub({ apps: ['core', 'reconciler'] });
  });

  afterAll(async () => {
    await hub?.stop();
  });

  /** A settled invoice's case whose expense counter is then moved by `yen` without a posting: the ledger no longer proves. */
  async function caseWithBrokenCounter(yen: number): Promise<{ caseId: string; counterId: string }> {
    const core = coreClient(hub.as);
    const caseId = await confirmedCase(core, await registerPolicy(core));
    const orderId = await acceptedOrder(core, hub.dataSource, caseId);
    await hub.as.partner.lac.post('/invoices').send(invoiceFor('lac', orderId, [{ description: '調査', category: 'cause_and_scope_investigation', unitPriceYen: 100_000 }])).expect(201);
    const [counter]: { id: string }[] = await hub.dataSource.query(`SELECT id::text FROM limit_counters WHERE case_id = $1 AND used_yen > 0 AND used_yen + $2 <= limit_yen ORDER BY id LIMIT 1`, [caseId, yen]);
    // The corruption under test: no use case moves a counter without its posting.
    await hub.dataSource.query(`UPDATE limit_counters SET used_yen = used_yen + $2 WHERE id = $1`, [counter.id, yen]);
    return { caseId, counterId: counter.id };
  }

  const findingsOf = (counterId: string): Promise<{ id: string; state: string; resolution: string | null; amount_yen: string; first_run_id: string }[]> =>
    hub.dataSource.query(`SELECT id, state, resolution, amount_yen::text, first_run_id FROM reconciliation_findings WHERE job = 'ledger' AND subject_id = $1`, [counterId]);

  it('finds a planted break once however often the day is rerun, and closes it when the ledger is whole again', async () => {
    const { counterId } = await caseWithBrokenCounter(7);
    const first = await hub.reconcile('ledger', date);
    expect(first.state).toBe('succeeded');
    const [finding] = await findingsOf(counterId);
    expect(finding).toMatchObject({ state: 'open', amount_yen: '7', first_run_id: first.id });

    const again = await hub.reconcile('ledger', date);
    expect(await findingsOf(counterId)).toEqual([finding]);
    expect(again.id).not.toBe(first.id);

    const found = (await hub.reconcilerAs.operator.get('/findings').query({ job: 'ledger', state: 'open', limit: '200' }).expect(200)).body.findings as { findingId: string; subjectId: string }[];
    expect(found.filter((f) => f.subjectId === counterId).map((f) => f.findingId)).toEqual([finding.id]);

    await hub.dataSource.query(`UPDATE limit_counters SET used_yen = used_yen - 7 WHERE id = $1`, [counterId]);
    const healed = await hub.reconcile('ledger', date);
    expect(await findingsOf(counterId)).toEqual([{ ...finding, state: 'resolved', resolution: 'no_longer_holds' }]);
    expect(healed.closed).toBeGreaterThanOrEqual(1);
  });

  it('lets only the people whose work a job is resolve its findings or start it, and a person\'s resolution stands on a rerun', async () => {
    const { counterId } = await caseWithBrokenCounter(3);
    await hub.reconcile('ledger', date);
    const [finding] = await findingsOf(counterId);
    const refused = await hub.reconcilerAs.coordinator.post(`/findings/${finding.id}/resolve`).send({ note: 'not mine to close' }).expect(403);
    expect(refused.body).toMatchObject({ error: 'forbidden', message: 'A ledger finding is resolved by operator or finance' });
    expect((await findingsOf(counterId))[0].state).toBe('open');
    await hub.reconcilerAs.operator.post('/runs').send({ job: 'bank-export', date }).expect(403);
    await hub.reconcilerAs.operator.post('/runs').send({ job: 'ledger', date }).expect(202);

    const resolved = await hub.reconcilerAs.finance.post(`/findings/${finding.id}/resolve`).send({ note: 'Counter corrected by hand after the 2026-11-26 review' }).expect(200);
    expect(resolved.body).toMatchObject({ state: 'resolved', resolution: 'resolved_by_person', resolvedBy: 'staff:ito.finance' });
    await hub.reconcile('ledger', date);
    expect(await findingsOf(counterId)).toEqual([{ ...finding, state: 'resolved', resolution: 'resolved_by_person' }]);
    await hub.reconcilerAs.finance.post(`/findings/${finding.id}/resolve`).send({ note: 'again' }).expect(409);
    await hub.dataSource.query(`UPDATE limit_counters SET used_yen = used_yen - 3 WHERE id = $1`, [counterId]);
  });

  it('leaves one set of findings when a run is killed mid-run and run again', async () => {
    const { counterId } = await caseWithBrokenCounter(11);
    const killed = await runCli(['ledger', '--date', date], { HUB_FAULT_POINT: 'reconciler.before-apply' });
    expect(killed.signal).toBe('SIGKILL');
    // It found the break and died before recording it: its run says running (until the next run), no finding exists.
    const [orphan]: { id: string; state: string }[] = await hub.dataSource.query(`SELECT id, state FROM reconciliation_runs WHERE job = 'ledger' AND trigger = 'cli' ORDER BY started_at DESC LIMIT 1`);
    expect(orphan.state).toBe('running');
    expect(await findingsOf(counterId)).toEqual([]);

    const rerun = await runCli(['ledger', '--date', date], {});
    expect(rerun.code).toBe(0);
    expect(rerun.stdout).toContain('counter_differs_from_postings');
    const [after]: { state: string; error: string }[] = await hub.dataSource.query(`SELECT state, error FROM reconciliation_runs WHERE id = $1`, [orphan.id]);
    expect(after).toMatchObject({ state: 'failed', error: expect.stringContaining('interrupted') });
    await hub.reconcile('ledger', date);
    const findings = await findingsOf(counterId);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ state: 'open', amount_yen: '11' });
    // Leave the shared ledger whole for the other files' ledger runs.
    await hub.dataSource.query(`UPDATE limit_counters SET used_yen = used_yen - 11 WHERE id = $1`, [counterId]);
  });

  it('refuses a CLI run of an unknown job or a day that is not one, naming it', async () => {
    const badJob = await runCli(['payroll'], {});
    expect(badJob.code).toBe(2);
    expect(badJob.stderr).toContain('job: payroll is not a job');
    const badDate = await runCli(['ledger', '--date', '2026-02-30'], {});
    expect(badDate.code).toBe(2);
    expect(badDate.stderr).toContain('--date: 2026-02-30 must be a real day');
  });

  it('runs each scheduled job once when two instances start together', async () => {
    // Both instances share a pg-boss schema of their own, so the schedules and queues of other files do not interfere.
    const schema = `pgboss_runs_${randomUUID().replace(/-/g, '').slice(0, 8)}`;
    const startedAt = new Date();
    // A fire a minute or two from now, in Japan time: both instances hold the same schedule.
    const fire = new Date(Math.ceil((Date.now() + 20_000) / 60_000) * 60_000);
    const jst = new Date(fire.getTime() + 9 * 3600_000);
    const cron = `${jst.getUTCMinutes()} ${jst.getUTCHours()} * * *`;
    const jobs = ['ledger', 'orders-invoices'];
    const env = {
      DATABASE_URL: testEnv.databaseUrl, KAFKA_BROKERS: testEnv.brokers, HUB_ENV: testEnv.hubEnv, LOG_LEVEL: testEnv.logLevel, STAFF_OIDC_ISSUER: testEnv.staffIssuer,
      RECONCILER_JOB_SCHEMA: schema, RECONCILER_JOBS: jobs.join(','), RECONCILER_CRON: jobs.map((job) => `${job}=${cron}`).join(';'),
    };
    const instances = await Promise.all([12, 13].map((offset) => startReconciler(loadConfig(ReconcilerConfig, { ...env, PORT: String(portBase + offset) }))));
    await Promise.all(instances.map(({ app }) => untilKafkaReady(app)));
    try {
      const runsSince = (): Promise<{ job: string; business_date: string; trigger: string; state: string }[]> =>
        hub.dataSource.query(`SELECT job, to_char(business_date, 'YYYY-MM-DD') AS business_date, trigger, state FROM reconciliation_runs WHERE started_at >= $1 AND job = ANY($2) AND trigger IN ('schedule', 'catch_up')`, [startedAt, jobs]);
      const scheduled = await eventually(async () => {
        const runs = (await runsSince()).filter((r) => r.trigger === 'schedule' && r.state !== 'running');
        return jobs.every((job) => runs.some((r) => r.job === job)) && runs;
      }, { timeoutMs: 150_000, intervalMs: 1000, what: 'a scheduled run of each job' });
      // Give a second fire, had there been one, time to start (pg-boss hands out scheduled sends every few seconds).
      await new Promise((resolve) => setTimeout(resolve, 8000));
      const runs = await runsSince();
      const yesterday = addDays(japanDateOf(fire), -1);
      for (const job of jobs) {
        expect(runs.filter((r) => r.job === job && r.trigger === 'schedule')).toEqual([{ job, business_date: yesterday, trigger: 'schedule', state: 'succeeded' }]);
        // Caught up at start by both instances at once: at most one run for the day, never one skipped for the other.
        expect(runs.filter((r) => r.job === job && r.trigger === 'catch_up').length).toBeLessThanOrEqual(1);
      }
      expect(runs.filter((r) => r.state === 'skipped')).toEqual([]);
      expect(scheduled.length).toBeGreaterThanOrEqual(jobs.length);
    } finally {
      await Promise.all(instances.map((instance) => instance.app.close()));
      await hub.dataSource.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
    }
  }, 200_000);
});

function runCli(args: string[], extraEnv: Record<string, string>): Promise<{ code: number | null; signal: NodeJS.Signals | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['-r', 'ts-node/register/transpile-only', '-r', 'tsconfig-paths/register', 'apps/reconciler/src/cli.ts', ...args], {
      cwd: ROOT,
      env: { ...process.env, DATABASE_URL: testEnv.databaseUrl, KAFKA_BROKERS: testEnv.brokers, HUB_ENV: testEnv.hubEnv, LOG_LEVEL: 'error', ...extraEnv },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('exit', (code, signal) => resolve({ code, signal, stdout, stderr }));
  });
}
