import 'reflect-metadata';
import { DataSource } from 'typeorm';
import { createKafka, OutboxRelay, RenewableProducer } from '@hub/messaging';
import { postgresOptions } from '@hub/persistence';

/**
 * A relay in a process of its own, so a test can kill it for real (HUB_FAULT_POINT makes it SIGKILL
 * itself at a named point). Publishes until the outbox of RELAY_SOURCE_APP is empty, then exits 0.
 */
async function main(): Promise<void> {
  const dataSource = await new DataSource(postgresOptions(process.env.DATABASE_URL as string)).initialize();
  const kafka = createKafka((process.env.KAFKA_BROKERS as string).split(','), 'relay-once');
  const producer = new RenewableProducer(() => kafka.producer({ idempotent: true, maxInFlightRequests: 1 }));
  await producer.connect();
  const relay = new OutboxRelay(dataSource, producer, { sourceApp: process.env.RELAY_SOURCE_APP as string, hubEnv: process.env.HUB_ENV ?? 'test' });
  while ((await relay.publishBatch()) > 0) {
    // keep going until the outbox is drained
  }
  await producer.disconnect();
  await dataSource.destroy();
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
