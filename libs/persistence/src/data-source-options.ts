import type { ClientBase } from 'pg';
import { DataSourceOptions } from 'typeorm';
import { AfterCommitSubscriber } from './after-commit';
import { ALL_MIGRATIONS } from './migrations';

/**
 * Connection options shared by every app and by the migration script. The schema is owned by
 * migrations alone: `synchronize` stays off so no app ever alters tables at boot.
 */
export function postgresOptions(
  url: string,
  entities: DataSourceOptions['entities'] = [],
  extra: { applicationName?: string; poolSize?: number } = {},
): DataSourceOptions {
  return {
    type: 'postgres',
    url,
    entities,
    subscribers: [AfterCommitSubscriber],
    migrations: ALL_MIGRATIONS,
    migrationsTableName: 'schema_migrations',
    synchronize: false,
    migrationsRun: false,
    logging: ['error'],
    applicationName: extra.applicationName,
    poolSize: extra.poolSize ?? 10,
    // Passed to pg's Pool by TypeORM. A connection the server ends in the packet that made it ready (pg_terminate_backend,
    // a failover) used to crash the app: pg-pool hands a new client over without its error listener, TypeORM attaches its
    // own only after a promise resolves, and the FATAL read in between was an `error` event nobody listened to — an
    // uncaught exception (test/faults/database-connections-killed.spec.ts; reproduced in pool-client-errors.spec.ts).
    // With this hook pg-pool keeps its own listener on until the hook has run (it then drops the dead client and the
    // request answers 503), and every client keeps one of ours for good: pg-pool and TypeORM still see every error.
    extra: { onConnect: keepErrorListener },
  };
}

/** An error listener that stays on the client for its life: an `error` event with none would be thrown at the process. */
function keepErrorListener(client: ClientBase): void {
  client.on('error', () => undefined);
}
