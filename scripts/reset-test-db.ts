import { Client } from 'pg';
import { runMigrations } from '@hub/persistence';

/**
 * Gives a test run a clean schema, migrated from zero, so every run also proves the migrations. Refuses
 * any database whose name does not say it is for tests.
 */
async function main(): Promise<void> {
  const url = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/hub_test';
  const name = new URL(url).pathname.slice(1);
  if (!/test/.test(name)) throw new Error(`TEST_DATABASE_URL points at "${name}", which is not a test database`);
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    await client.query('DROP SCHEMA IF EXISTS public CASCADE');
    await client.query('CREATE SCHEMA public');
  } finally {
    await client.end();
  }
  await runMigrations(url);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
