// `npm run up`: from a fresh clone, install, build, start Kafka and PostgreSQL when they are not already
// running, migrate, start the staff OpenID provider (demo users, port 3010) when none answers there, start every
// app and the partner simulator, run one demo incident through them (each person signed in as themselves), and
// keep running until Ctrl-C, then shut everything down (only what this script started).
//
// What it prints is its own progress, one line per step and per app as it comes up, each as `[up  12.3s] …` (seconds
// since it started, no colour codes), then the demo's and the night's reconciliation's reports. The apps' own logs go to
// .hub/logs/<app>.log only; an app that stops is named with the end of its log. Builds are skipped when up to date.
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensureBuilt } from './lib/build.mjs';
import { ensureInstalled } from './lib/install.mjs';
import { runQuietly, startService, waitForHttp } from './lib/processes.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const bin = (name) => join(root, 'node_modules', '.bin', name);
const LOGS = join(root, '.hub', 'logs');

const startedAt = Date.now();
const seconds = (since = startedAt) => `${((Date.now() - since) / 1000).toFixed(1)}s`;
// eslint-disable-next-line no-control-regex
const ANSI = /\u001b\[[0-9;]*[A-Za-z]/g;
const plain = (text) => String(text).replace(ANSI, '');
/** Every line of up's own: `[up  12.3s] message`, the seconds since `npm run up` started. */
const log = (message) => {
  for (const line of plain(message).split('\n')) console.log(`[up ${seconds().padStart(6)}] ${line}`);
};

const STAFF_IDP_PORT = 3010;
const CONSOLE_PORT = 3009;
const RECONCILER_PORT = 3011;
/** While a step runs longer than this, a line says it still runs (the first build takes a minute or two). */
const STILL_EVERY_MS = 15_000;

/** Set once Ctrl-C (or a failure) stops everything: from then on, only the shutdown's own lines. */
let stopping = false;
/** The report commands running (the demo, the reconciliation), stopped first on shutdown. */
const reports = new Set();

/** Core, the simulator, and every partner's adapter on its demo port — the partners found by folder, as the built simulator finds them. */
function appsToStart() {
  const { partnerPackages } = createRequire(import.meta.url)(join(root, 'dist/apps/partner-sim/src/partner-packages.js'));
  const adapters = partnerPackages().map(({ adapter }) => ({ name: adapter.appName, port: adapter.defaultPort }));
  return [{ name: 'core', port: 3000 }, { name: 'partner-sim', port: 3002 }, ...adapters, { name: 'console', port: CONSOLE_PORT }, { name: 'reconciler', port: RECONCILER_PORT }];
}

/**
 * Runs `body` as one step: says it started, that it still runs every 15 s, and when it ended, with the seconds it took
 * and what `detail` says of its result.
 */
async function step(what, body, { still = () => what, detail = () => '' } = {}) {
  const begun = Date.now();
  log(`${what}…`);
  const timer = setInterval(() => stopping || log(`  still ${still()} (${seconds(begun)})`), STILL_EVERY_MS);
  try {
    const result = await body();
    const said = detail(result);
    log(`${what}: done in ${seconds(begun)}${said ? ` — ${said}` : ''}`);
    return result;
  } finally {
    clearInterval(timer);
  }
}

/** Runs a command whose output is a report for people (the demo, the reconciliation): its lines shown as they come, colour codes taken out. */
function runReport(command, args, options) {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { ...options, env: { ...options.env, NO_COLOR: '1', FORCE_COLOR: '0' }, stdio: ['ignore', 'pipe', 'pipe'] });
    reports.add(child);
    const forward = (stream) => (chunk) => stopping || stream.write(plain(chunk.toString('utf8')));
    child.stdout.on('data', forward(process.stdout));
    child.stderr.on('data', forward(process.stderr));
    child.on('error', reject);
    child.on('exit', (code, signal) => {
      reports.delete(child);
      if (code === 0) resolve();
      else reject(Object.assign(new Error(`${command} ${args.join(' ')} exited with ${code ?? signal}`), { exitCode: code ?? 1 }));
    });
  });
}

/** The last lines of an app's log, colour codes taken out, for when it stops. */
function tailOf(file, lines = 15) {
  try {
    return plain(readFileSync(file, 'utf8')).trimEnd().split('\n').slice(-lines).join('\n');
  } catch {
    return '(no log)';
  }
}

/**
 * `npm run up` starts the only reconciler there is: a job pg-boss still holds active is one a reconciler killed mid-run
 * left behind (pg-boss gives it up only after its expiry, 15 minutes, and meanwhile its queue runs nothing — the demo's
 * bank day would wait on it). Released as failed, so the queue runs again. Not for a deployment with other instances.
 */
async function releaseOrphanedJobs(databaseUrl) {
  const { Client } = createRequire(import.meta.url)('pg');
  const client = new Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const [{ exists }] = (await client.query(`SELECT to_regclass('pgboss.job') IS NOT NULL AS exists`)).rows;
    if (!exists) return 0;
    const released = await client.query(
      `UPDATE pgboss.job SET state = 'failed', completed_on = now(), output = '{"message":"left active by a reconciler stopped mid-run; released by npm run up"}'::jsonb
        WHERE state = 'active' AND name LIKE 'reconcile-%'`,
    );
    return released.rowCount ?? 0;
  } finally {
    await client.end();
  }
}

async function main() {
  const cleanups = [];
  const shutdown = async (code) => {
    if (stopping) return;
    stopping = true;
    log('shutting down…');
    for (const child of reports) child.kill('SIGTERM');
    for (const cleanup of cleanups.reverse()) await cleanup().catch((error) => log(`while stopping: ${error.message}`));
    log('stopped');
    process.exit(code);
  };
  process.on('SIGINT', () => shutdown(0));
  process.on('SIGTERM', () => shutdown(0));

  try {
    await ensureInstalled(root, log);
    await step('build', async () => {
      await ensureBuilt(root, 'apps', log);
      await ensureBuilt(root, 'console', log);
    }, { still: () => 'building' });
    const { ensurePostgres } = await import('./infra/postgres.mjs');
    const { ensureKafka } = await import('./infra/kafka.mjs');
    const postgres = await step('PostgreSQL', () => ensurePostgres({ log }), { detail: (p) => p.databaseUrl.replace(/:[^:@/]*@/, ':***@') });
    cleanups.push(() => postgres.stop());
    const kafka = await step('Kafka', () => ensureKafka({ log }), { detail: (k) => k.brokers });
    cleanups.push(() => kafka.stop());
    const { ensureStaffIdp } = await import('./infra/staff-idp.mjs');
    const idp = await step('staff sign-in (OpenID provider, demo users)', () => ensureStaffIdp({ log, port: STAFF_IDP_PORT, hubEnv: 'dev' }), { detail: (i) => i.issuer });
    cleanups.push(() => idp.stop());
    const env = {
      ...process.env,
      DATABASE_URL: postgres.databaseUrl,
      KAFKA_BROKERS: kafka.brokers,
      HUB_ENV: process.env.HUB_ENV ?? 'dev',
      STAFF_OIDC_ISSUER: idp.issuer,
      NO_COLOR: '1',
    };
    const APPS = appsToStart();
    await step('migrating the database', () => runQuietly(process.execPath, ['dist/scripts/migrate.js'], { cwd: root, env }));
    await step('releasing reconciliation jobs a stopped reconciler left running', () => releaseOrphanedJobs(postgres.databaseUrl), { detail: (n) => `${n} released` });

    const waiting = new Set(APPS.map((a) => a.name));
    const services = await step(
      `starting ${APPS.length} apps (their logs: ${relative(process.cwd(), LOGS) || LOGS}/<app>.log)`,
      async () => {
        const begun = Date.now();
        const started = APPS.map(({ name, port }) =>
          startService(name, process.execPath, [`dist/apps/${name}/src/main.js`], {
            cwd: root,
            // The console reaches the reconciler (its findings and runs) on the reconciler's demo port.
            env: { ...env, PORT: String(port), ...(name === 'console' ? { RECONCILER_URL: 'http://127.0.0.1:3011' } : {}) },
            logFile: join(LOGS, `${name}.log`),
            echo: false,
          }),
        );
        cleanups.push(() => Promise.all(started.map((s) => s.stop())));
        await Promise.all(
          started.map(async (s, i) => {
            const url = `http://127.0.0.1:${APPS[i].port}`;
            try {
              await waitForHttp(`${url}/health`, 120_000, () => s.child.exitCode === null);
            } catch (error) {
              throw new Error(`${s.name} did not start (${error.message}); the end of ${join(LOGS, `${s.name}.log`)}:\n${tailOf(join(LOGS, `${s.name}.log`))}`);
            }
            waiting.delete(s.name);
            log(`  ${s.name.padEnd(14)} up at ${url} (${seconds(begun)})`);
          }),
        );
        return started;
      },
      { still: () => `waiting for ${[...waiting].join(', ')}` },
    );
    for (const s of services) {
      s.child.on('exit', (code) => {
        if (!stopping) {
          log(`${s.name} exited (${code}); stopping the rest. The end of its log:\n${tailOf(join(LOGS, `${s.name}.log`))}`);
          shutdown(1);
        }
      });
    }
    log(`all apps are up. The console: http://127.0.0.1:${CONSOLE_PORT} — sign in as sato.coordinator (password demo-sato.coordinator),`);
    log('  suzuki.approver / yamada.senior (approvals), ito.finance, kato.operator or watanabe.auditor; every password is demo-<username>');
    log('  what each app is, and its docs: http://127.0.0.1:3000/ (core), and the root of every other app');
    await step('the demo incident (watch it arrive in the console)', () => runReport(bin('tsx'), ['scripts/demo/run-demo.ts'], { cwd: root, env }), { still: () => 'running the demo incident' });
    // The night's reconciliation, once, for today (Japan) so the demo incident's orders, invoices and payouts are in it.
    const today = new Date(Date.now() + 9 * 3600_000).toISOString().slice(0, 10);
    await step(
      `the night's reconciliation jobs for ${today} (npm run reconcile -- night --date ${today})`,
      () => runReport(process.execPath, ['dist/apps/reconciler/src/cli.js', 'night', '--date', today], { cwd: root, env: { ...env, LOG_LEVEL: 'warn' } }),
      { still: () => 'reconciling' },
    );
    log(`findings are in the console (照合の指摘) and at http://127.0.0.1:${RECONCILER_PORT}/findings`);
    log(`up in ${seconds()}; logs in ${LOGS}; the hub keeps running — the console is at http://127.0.0.1:${CONSOLE_PORT}; press Ctrl-C to stop it`);
  } catch (error) {
    // What fails because Ctrl-C stopped it is no failure.
    if (stopping) return;
    log(`failed: ${error.message}`);
    await shutdown(1);
  }
}

main();
