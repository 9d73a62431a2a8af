import 'reflect-metadata';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsNotEmpty, IsOptional, IsString, Matches, Max, Min } from 'class-validator';

/** Variables every app that talks to Kafka and PostgreSQL needs. */
export class InfrastructureConfig {
  @Matches(/^postgres(ql)?:\/\/.+/, { message: 'must be a postgres:// URL' })
  DATABASE_URL = 'postgres://postgres@127.0.0.1:5432/hub';

  @Matches(/^[^,\s]+:\d+(,[^,\s]+:\d+)*$/, { message: 'must be a comma-separated list of host:port' })
  KAFKA_BROKERS = '127.0.0.1:9092';

  /**
   * Connections the app's PostgreSQL pool may hold (unset: the app's own default — core and adapters 10, the reconciler
   * 6, the console 5). Every replica of every app draws on the server's max_connections (100 by default): ten apps at 10
   * and a replica or two reach it. Size it against the server, or put PgBouncer in front (deploy/README.md).
   */
  @IsOptional()
  @Type(() => Number)
  @IsInt({ message: 'must be a whole number of connections' })
  @Min(1)
  @Max(500)
  DATABASE_POOL_SIZE?: number;

  /**
   * Kafka partitions the app's inbox handles at once (core and the adapters; unset: 4). A partition's messages go one
   * after another, in order, whatever this is; more drains a burst over many cases on more connections at once. Each
   * holds a database connection while it runs: keep it well below DATABASE_POOL_SIZE.
   */
  @IsOptional()
  @Type(() => Number)
  @IsInt({ message: 'must be a whole number of partitions' })
  @Min(1)
  @Max(64)
  KAFKA_CONSUMER_CONCURRENCY?: number;

  /** Prefixes consumer group ids so a test run and a demo on one broker do not steal each other's messages. */
  @IsString()
  @IsNotEmpty({ message: 'must be set (dev, test, test-<name>, or the name of your environment): with no default, an app never falls back to demo secrets by accident' })
  @Matches(/^[a-z0-9-]+$/, { message: 'must be lower-case letters, digits and dashes' })
  HUB_ENV = '';

  @IsIn(['error', 'warn', 'log', 'debug', 'verbose'])
  LOG_LEVEL = 'log';
}

export function kafkaBrokerList(config: InfrastructureConfig): string[] {
  return config.KAFKA_BROKERS.split(',');
}

/** dev, test, and test-<name> (parallel test runs on one broker, each with its own consumer groups) may use demo secrets. */
export const isDemoEnvironment = (hubEnv: string): boolean => hubEnv === 'dev' || hubEnv === 'test' || hubEnv.startsWith('test-');
