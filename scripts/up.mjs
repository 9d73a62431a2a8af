// `npm run up`: from a fresh clone, install, build, start Kafka and PostgreSQL when they are not already
// running, migrate, start the staff OpenID provider (demo users, port 3010) when none answers there, start every
// app and the partner simulator, run one demo incident through them (each person signed in as themselves), and
// keep running until Ctrl-C, then shut everything down (only what this script started).
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensureInstalled } from './lib/install.mjs';
import { run, startService, waitForHttp } from './lib/processes.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const log = (message) => console.log(`[up] ${message}`);
const bin = (name) => join(root, 'node_modules', '.bin', name);

const STAFF_IDP_PORT = 3010;
const CONSOLE_PORT = 3009;
const RECONCILER_PORT = 3011;

/** Core, the simulator, and every partner's adapter on its demo port — the partners found by folder, as the built simulator finds them. */
function appsToStart() {
  const { partnerPackages } = createRequire(import.meta.url)(join(root, 'dist/apps/partner-sim/src/partner-packages.js'));
  const adapters = partnerPackages().map(({ adapter }) => ({ name: adapter.appName, port: adapter.defaultPort }));
  return [{ name: 'core', port: 3000 }, { name: 'partner-sim', port: 3002 }, ...adapters, { name: 'console', port: CONSOLE_PORT }, { name: 'reconciler', port: RECONCILER_PORT }];
}

async function main() {
  const cleanups = [];
  let stopping = false;
  const shutdown = async (code) => {
    if (stopping) return;
    stopping = true;
    log('shutting down…');
    for (const cleanup of cleanups.reverse()) await cleanup().catch((error) => console.error(error));
    log('stopped');
    process.exit(code);
  };
  process.on('SIGINT', () => shutdown(0));
  process.on('SIGTERM', () => shutdown(0));

  try {
    await ensureInstalled(root, log);
    log('building');
    await run('npm', ['run', '--silent', 'build'], { cwd: root });
    await run('npm', ['run', '--silent', 'console:build'], { cwd: root });
    const { ensurePostgres } = await import('./infra/postgres.mjs');
    const { ensureKafka } = await import('./infra/kafka.mjs');
    const postgres = await ensurePostgres({ log });
    cleanups.push(() => postgres.stop());
    const kafka = await ensureKafka({ log });
    cleanups.push(() => kafka.stop());
    const { ensureStaffIdp } = await import('./infra/staff-idp.mjs');
    const idp = await ensureStaffIdp({ log, port: STAFF_IDP_PORT, hubEnv: 'dev' });
    cleanups.push(() => idp.stop());
    const env = {
      ...process.env,
      DATABASE_URL: postgres.databaseUrl,
      KAFKA_BROKERS: kafka.brokers,
      HUB_ENV: process.env.HUB_ENV ?? 'dev',
      STAFF_OIDC_ISSUER: idp.issuer,
    };
    const APPS = appsToStart();
    log('migrating');
    await run(process.execPath, ['dist/scripts/migrate.js'], { cwd: root, env });

    const services = APPS.map(({ name, port }) =>
      startService(name, process.execPath, [`dist/apps/${name}/src/main.js`], {
        cwd: root,
        // The console reaches the reconciler (its findings and runs) on the reconciler's demo port.
        env: { ...env, PORT: String(port), ...(name === 'console' ? { RECONCILER_URL: 'http://127.0.0.1:3011' } : {}) },
        logFile: join(root, '.hub', 'logs', `${name}.log`),
      }),
    );
    cleanups.push(() => Promise.all(services.map((s) => s.stop())));
    await Promise.all(
      services.map((s, i) => waitForHttp(`http://127.0.0.1:${APPS[i].port}/health`, 120_000, () => s.child.exitCode === null)),
    );
    log(`all apps are up. The console: http://127.0.0.1:${CONSOLE_PORT} — sign in as sato.coordinator (password demo-sato.coordinator),`);
    log('  suzuki.approver / yamada.senior (approvals), ito.finance, kato.operator or watanabe.auditor; every password is demo-<username>');
    log('running the demo incident (watch it arrive in the console)');
    await run(bin('tsx'), ['scripts/demo/run-demo.ts'], { cwd: root, env });
    // The night's reconciliation, once, for today (Japan) so the demo incident's orders, invoices and payouts are in it.
    const today = new Date(Date.now() + 9 * 3600_000).toISOString().slice(0, 10);
    log(`running the night's reconciliation jobs for ${today} (npm run reconcile -- night --date ${today})`);
    await run(process.execPath, ['dist/apps/reconciler/src/cli.js', 'night', '--date', today], { cwd: root, env: { ...env, LOG_LEVEL: 'warn' } });
    log(`findings are in the console (照合の指摘) and at http://127.0.0.1:${RECONCILER_PORT}/findings`);
    log(`logs in ${join(root, '.hub', 'logs')}; the hub keeps running — the console is at http://127.0.0.1:${CONSOLE_PORT}; press Ctrl-C to stop it`);
    for (const s of services) {
      s.child.on('exit', (code) => {
        if (!stopping) {
          console.error(`[up] ${s.name} exited (${code}); stopping the rest`);
          shutdown(1);
        }
      });
    }
  } catch (error) {
    console.error(`[up] ${error.message}`);
    await shutdown(1);
  }
}

main();
