import { IsIn, IsNotEmpty, IsString, Matches } from 'class-validator';

/** Variables every app that talks to Kafka and PostgreSQL needs. */
export class InfrastructureConfig {
  @Matches(/^postgres(ql)?:\/\/.+/, { message: 'must be a postgres:// URL' })
  DATABASE_URL = 'postgres://postgres@127.0.0.1:5432/hub';

  @Matches(/^[^,\s]+:\d+(,[^,\s]+:\d+)*$/, { message: 'must be a comma-separated list of host:port' })
  KAFKA_BROKERS = '127.0.0.1:9092';

  /** Prefixes consumer group ids so a test run and a demo on one broker do not steal each other's messages. */
  @IsString()
  @IsNotEmpty()
  @Matches(/^[a-z0-9-]+$/, { message: 'must be lower-case letters, digits and dashes' })
  HUB_ENV = 'dev';

  @IsIn(['error', 'warn', 'log', 'debug', 'verbose'])
  LOG_LEVEL = 'log';
}

export function kafkaBrokerList(config: InfrastructureConfig): string[] {
  return config.KAFKA_BROKERS.split(',');
}
