import { Type } from 'class-transformer';
import { IsInt, Max, Min } from 'class-validator';
import { InfrastructureConfig } from './common-config';
import { InvalidConfigError, loadConfig } from './load-config';

class PortConfig extends InfrastructureConfig {
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(65535)
  PORT = 3000;
}

describe('loadConfig', () => {
  it('takes defaults for what the environment does not say, once it names its HUB_ENV', () => {
    const config = loadConfig(PortConfig, { HUB_ENV: 'test' });
    expect(config.PORT).toBe(3000);
    expect(config.KAFKA_BROKERS).toBe('127.0.0.1:9092');
    expect(config.HUB_ENV).toBe('test');
  });

  it('has no default HUB_ENV: a silent environment fails naming it, so no app falls back to demo secrets by accident', () => {
    const attempt = () => loadConfig(PortConfig, {});
    expect(attempt).toThrow(InvalidConfigError);
    expect(attempt).toThrow(/HUB_ENV="": .*must be set/);
  });

  it('converts numbers from the environment', () => {
    expect(loadConfig(PortConfig, { HUB_ENV: 'test', PORT: '4100' }).PORT).toBe(4100);
  });

  it('takes a pool size for PostgreSQL, or leaves the app its own when unset', () => {
    expect(loadConfig(PortConfig, { HUB_ENV: 'test', DATABASE_POOL_SIZE: '4' }).DATABASE_POOL_SIZE).toBe(4);
    expect(loadConfig(PortConfig, { HUB_ENV: 'test' }).DATABASE_POOL_SIZE).toBeUndefined();
    expect(() => loadConfig(PortConfig, { HUB_ENV: 'test', DATABASE_POOL_SIZE: '2.5' })).toThrow(/DATABASE_POOL_SIZE="?2.5"?: .*whole number of connections/);
    expect(() => loadConfig(PortConfig, { HUB_ENV: 'test', DATABASE_POOL_SIZE: '0' })).toThrow(/DATABASE_POOL_SIZE="?0"?/);
  });

  it('takes how many Kafka partitions the inbox handles at once, or leaves the default when unset', () => {
    expect(loadConfig(PortConfig, { HUB_ENV: 'test', KAFKA_CONSUMER_CONCURRENCY: '8' }).KAFKA_CONSUMER_CONCURRENCY).toBe(8);
    expect(loadConfig(PortConfig, { HUB_ENV: 'test' }).KAFKA_CONSUMER_CONCURRENCY).toBeUndefined();
    expect(() => loadConfig(PortConfig, { HUB_ENV: 'test', KAFKA_CONSUMER_CONCURRENCY: '0' })).toThrow(/KAFKA_CONSUMER_CONCURRENCY="?0"?/);
    expect(() => loadConfig(PortConfig, { HUB_ENV: 'test', KAFKA_CONSUMER_CONCURRENCY: '1.5' })).toThrow(/KAFKA_CONSUMER_CONCURRENCY="?1.5"?: .*whole number of partitions/);
  });

  it('fails at once, naming every bad variable', () => {
    const attempt = () => loadConfig(PortConfig, { PORT: '70000', DATABASE_URL: 'mysql://x', KAFKA_BROKERS: 'nohost' });
    expect(attempt).toThrow(InvalidConfigError);
    expect(attempt).toThrow(/PORT="?70000"?/);
    expect(attempt).toThrow(/DATABASE_URL="mysql:\/\/x": must be a postgres:\/\/ URL/);
    expect(attempt).toThrow(/KAFKA_BROKERS="nohost": must be a comma-separated list of host:port/);
  });
});
