// `npm run fuzz`: the long searches `npm test` runs short.
// 1. The property tests of the pure money rules (settlement, re-decision, credits; invoice tax). No services needed.
//    FUZZ_RUNS (default 20000) sets the runs per property.
// 2. The hostile-request fuzz of every public route of core and the LAC adapter (issue 8): FUZZ_HTTP_RUNS (default
//    10000) generated requests per route against the real apps, so it starts PostgreSQL and Kafka when none answers
//    (as `npm test` does) and migrates its own clean database, hub_test_fuzz, beside the test database.
// fast-check prints the seed of any failure (FUZZ_SEED replays the HTTP fuzz's requests), so it can be replayed.
// Stops only what it started; non-zero when either part fails.
import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { withInfra } from './lib/infra.mjs';
import { run } from './lib/processes.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const log = (message) => console.log(`[npm run fuzz] ${message}`);
const bin = (name) => join(root, 'node_modules', '.bin', name);
const runs = process.env.FUZZ_RUNS ?? '20000';
const httpRuns = process.env.FUZZ_HTTP_RUNS ?? '10000';
const FUZZ_DATABASE = 'hub_test_fuzz';

function propertyTests() {
  log(`property tests with FUZZ_RUNS=${runs}`);
  const result = spawnSync(bin('jest'), ['--runInBand', '--testTimeout', '3600000', 'libs/coverage/src/settlement.property.spec.ts', 'libs/invoicing/src/.*property.spec.ts'], {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, FUZZ_RUNS: runs },
  });
  return result.status ?? 1;
}

async function hostileRequests() {
  log(`hostile requests with FUZZ_HTTP_RUNS=${httpRuns} per route`);
  try {
    await withInfra(log, async ({ postgres, kafka }) => {
      const databaseUrl = Object.assign(new URL(postgres.testDatabaseUrl), { pathname: `/${FUZZ_DATABASE}` }).toString();
      const env = {
        ...process.env,
        DATABASE_URL: databaseUrl,
        TEST_DATABASE_URL: databaseUrl,
        KAFKA_BROKERS: kafka.brokers,
        // A test environment of its own: the demo partners and staff are accepted in test-*, and its consumer groups
        // and topics' readers stay apart from `npm test`'s.
        HUB_ENV: process.env.HUB_ENV ?? 'test-fuzz',
        LOG_LEVEL: process.env.LOG_LEVEL ?? 'error',
        FUZZ_HTTP_RUNS: httpRuns,
      };
      log(`clean fuzz database ${FUZZ_DATABASE}`);
      await run(bin('tsx'), ['scripts/reset-database.ts'], { cwd: root, env });
      // Forty-five routes × 10,000 requests take about twenty minutes on two cores; no single route is cut short.
      await run(bin('jest'), ['--runInBand', '--testTimeout', '36000000', 'test/fuzz/hostile-requests.fuzz.spec.ts'], { cwd: root, env });
    });
    return 0;
  } catch (error) {
    console.error(`[npm run fuzz] ${error.message}`);
    return error.exitCode ?? 1;
  }
}

const properties = propertyTests();
const http = await hostileRequests();
process.exit(properties !== 0 ? properties : http);
