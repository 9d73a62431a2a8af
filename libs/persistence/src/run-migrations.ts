import { DataSource } from 'typeorm';
import { postgresOptions } from './data-source-options';

/**
 * Applies pending migrations under a PostgreSQL advisory lock, so the demo, a test run and a deploy
 * that migrate at the same moment wait for each other instead of racing on the same DDL.
 */
const MIGRATION_LOCK_KEY = 7_640_001;

export async function runMigrations(url: string): Promise<string[]> {
  const dataSource = new DataSource(postgresOptions(url, [], { applicationName: 'hub-migrate', poolSize: 1 }));
  await dataSource.initialize();
  try {
    await dataSource.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK_KEY]);
    const applied = await dataSource.runMigrations({ transaction: 'each' });
    await dataSource.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK_KEY]);
    return applied.map((m) => m.name);
  } finally {
    await dataSource.destroy();
  }
}
