// `npm run bench`: installs what is missing, starts PostgreSQL and Kafka when they are not already running,
// resets a dedicated benchmark database (hub_bench, beside the test database) and runs bench/run-bench.ts:
// each benchmark against a bare-kafkajs baseline measured in the same run. The benchmarks sign people in as the tests
// do, so the staff OpenID provider is started too (STAFF_IDP_PORT, default 3010) unless one answers there; HUB_ENV is
// test-bench, because only dev and test accept the demo staff and partner clients. Stops only what it started.
// Exits non-zero only when the benchmark itself breaks, never because a figure is slow.
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensureStaffIdp } from './infra/staff-idp.mjs';
import { ensureBuilt } from './lib/build.mjs';
import { ensureInstalled } from './lib/install.mjs';
import { withInfra } from './lib/infra.mjs';
import { run } from './lib/processes.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const log = (message) => console.log(`[npm run bench] ${message}`);
const bin = (name) => join(root, 'node_modules', '.bin', name);
const BENCH_DATABASE = 'hub_bench';

async function main() {
  await ensureInstalled(root, log);
  // The memory benchmark runs the built apps, as a container does: the console with its browser app.
  await ensureBuilt(root, 'apps', log);
  await ensureBuilt(root, 'console', log);
  await withInfra(log, async ({ postgres, kafka }) => {
    // Same server as the test database, its own database.
    const benchDatabaseUrl = Object.assign(new URL(postgres.testDatabaseUrl), { pathname: `/${BENCH_DATABASE}` }).toString();
    const hubEnv = 'test-bench';
    const idp = await ensureStaffIdp({ log, port: Number(process.env.STAFF_IDP_PORT ?? 3010), hubEnv });
    try {
      const env = {
        ...process.env,
        DATABASE_URL: benchDatabaseUrl,
        TEST_DATABASE_URL: benchDatabaseUrl,
        KAFKA_BROKERS: kafka.brokers,
        HUB_ENV: hubEnv,
        LOG_LEVEL: 'error',
        STAFF_OIDC_ISSUER: idp.issuer,
      };
      log(`clean benchmark database ${BENCH_DATABASE}`);
      await run(bin('tsx'), ['scripts/reset-database.ts'], { cwd: root, env });
      // ts-node (TypeScript's own transpiler) rather than tsx: Nest's dependency injection needs the
      // decorator metadata that esbuild does not emit.
      await run(process.execPath, ['-r', 'ts-node/register/transpile-only', '-r', 'tsconfig-paths/register', 'bench/run-bench.ts'], { cwd: root, env });
    } finally {
      await idp.stop();
    }
  });
}

main().catch((error) => {
  console.error(`[npm run bench] ${error.message}`);
  process.exit(error.exitCode ?? 1);
});
