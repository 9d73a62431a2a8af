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
  };
}
