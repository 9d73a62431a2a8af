import { Client } from 'pg';
import { runMigrations } from '@hub/persistence';

/**
 * Gives a test or benchmark run a clean database, migrated from zero (so every run also proves the
 * migrations): creates it when missing, empties its schema, migrates. Refuses any database whose name
 * does not say it is for tests or benchmarks.
 */
async function main(): Promise<void> {
  const url = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/hub_test';
  const name = decodeURIComponent(new URL(url).pathname.slice(1));
  if (!/test|bench/.test(name)) throw new Error(`TEST_DATABASE_URL points at "${name}", which is not a test or benchmark database`);

  const maintenance = new Client({ connectionString: Object.assign(new URL(url), { pathname: '/postgres' }).toString() });
  await maintenance.connect();
  try {
    const { rowCount } = await maintenance.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
    if (!rowCount) {
      await maintenance.query(`CREATE DATABASE ${maintenance.escapeIdentifier(name)}`).catch((error: { code?: string }) => {
        // Created meanwhile by another run: 42P04 duplicate_database, or 23505 when both CREATEs race.
        if (error.code !== '42P04' && error.code !== '23505') throw error;
      });
    }
  } finally {
    await maintenance.end();
  }

  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    await client.query('DROP SCHEMA IF EXISTS public CASCADE');
    await client.query('CREATE SCHEMA public');
    // The reconciler's job queues (pg-boss keeps its own schema, pgboss or one a test named): no queued run of an
    // earlier test run survives into this one.
    const { rows } = await client.query<{ name: string }>(`SELECT nspname AS name FROM pg_namespace WHERE nspname LIKE 'pgboss%'`);
    for (const { name: schema } of rows) await client.query(`DROP SCHEMA ${client.escapeIdentifier(schema)} CASCADE`);
  } finally {
    await client.end();
  }
  await runMigrations(url);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
