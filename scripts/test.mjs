// `npm test`: from a fresh clone, installs what is missing, checks lint and types, starts PostgreSQL and
// Kafka when they are not already running, migrates a clean test database, and runs every Jest test
// (unit, integration, end-to-end) against the real services. Stops only what it started.
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensureBrowser } from './infra/browser.mjs';
import { ensureBuilt } from './lib/build.mjs';
import { ensureInstalled } from './lib/install.mjs';
import { withInfra } from './lib/infra.mjs';
import { run } from './lib/processes.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const log = (message) => console.log(`[npm test] ${message}`);
const bin = (name) => join(root, 'node_modules', '.bin', name);

async function main() {
  await ensureInstalled(root, log);
  log('lint (zero warnings) and type check');
  await run(bin('eslint'), ['.', '--max-warnings', '0'], { cwd: root });
  await run(bin('tsc'), ['-p', 'tsconfig.json', '--noEmit'], { cwd: root });
  log('the console\'s browser app: type check, and build (vite) unless up to date');
  await run(bin('tsc'), ['-p', 'apps/console/web/tsconfig.json'], { cwd: root });
  await ensureBuilt(root, 'console', log);
  const chromium = ensureBrowser(log);
  // `npm run console:screenshots`: only the console's browser tests, writing their screenshots to docs/screenshots.
  const screenshots = process.argv.includes('--console-screenshots');
  const jestArgs = screenshots ? ['test/console'] : process.argv.slice(2);

  await withInfra(log, async ({ postgres, kafka }) => {
    const env = {
      ...process.env,
      DATABASE_URL: postgres.testDatabaseUrl,
      TEST_DATABASE_URL: postgres.testDatabaseUrl,
      KAFKA_BROKERS: kafka.brokers,
      HUB_ENV: 'test',
      LOG_LEVEL: process.env.LOG_LEVEL ?? 'warn',
      CHROMIUM_PATH: chromium,
      ...(screenshots ? { CONSOLE_SCREENSHOTS: 'docs' } : {}),
    };
    log(`clean test database ${postgres.testDatabaseUrl}`);
    await run(bin('tsx'), ['scripts/reset-database.ts'], { cwd: root, env });
    // One Jest process, files in sequence: the end-to-end tests share one test database and one set of
    // consumer groups, as one deployment of the hub would.
    const results = join(root, '.hub', 'jest-results.json');
    mkdirSync(dirname(results), { recursive: true });
    try {
      await run(bin('jest'), ['--runInBand', '--json', `--outputFile=${results}`, ...jestArgs], { cwd: root, env });
    } finally {
      printSummary(results);
    }
  });
}

/** One closing line that CI and people read the same way. */
function printSummary(file) {
  if (!existsSync(file)) return;
  const { numPassedTests, numFailedTests, numPendingTests } = JSON.parse(readFileSync(file, 'utf8'));
  console.log(`jest: ${numPassedTests} passed, ${numFailedTests} failed${numPendingTests ? `, ${numPendingTests} skipped` : ''}`);
}

main().catch((error) => {
  console.error(`[npm test] ${error.message}`);
  process.exit(error.exitCode ?? 1);
});
