import { Injectable, Logger, OnApplicationBootstrap, BeforeApplicationShutdown } from '@nestjs/common';
import { Kafka, Producer } from 'kafkajs';
import { DataSource, EntityManager } from 'typeorm';
import { PgNotificationListener } from '@hub/persistence';
import { Envelope } from './envelope';
import { createKafka } from './kafka-client';
import { OutboxRelay } from './outbox/outbox-relay';
import { appendToOutbox } from './outbox/outbox-writer';
import { ensureTopics } from './topic-admin';
import { TopicDefinition } from './topic-catalog';

export interface MessagingRuntimeOptions {
  appName: string;
  hubEnv: string;
  brokers: string[];
  /** Topics this app publishes; created at boot so the relay never writes to a missing topic. */
  produces: TopicDefinition[];
  /** Dead-letter topics are written by this app's relay too. */
  relayPollMs?: number;
}

/**
 * One app's connection to Kafka: the idempotent producer and the outbox relay that feeds it. Use cases
 * never talk to Kafka directly; they call `publish` inside their transaction.
 */
@Injectable()
export class MessagingRuntime implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger(MessagingRuntime.name);
  readonly kafka: Kafka;
  private readonly producer: Producer;
  private readonly relay: OutboxRelay;
  private readonly outboxCommits: PgNotificationListener;

  constructor(
    private readonly options: MessagingRuntimeOptions,
    dataSource: DataSource,
  ) {
    this.kafka = createKafka(options.brokers, options.appName);
    this.producer = this.kafka.producer({ idempotent: true, maxInFlightRequests: 1 });
    this.relay = new OutboxRelay(dataSource, this.producer, {
      sourceApp: options.appName,
      hubEnv: options.hubEnv,
      idlePollMs: options.relayPollMs,
    });
    // The outbox trigger notifies on every commit that adds rows; the relay publishes them at once.
    this.outboxCommits = new PgNotificationListener(postgresUrl(dataSource), options.appName).on('hub_outbox', (sourceApp) => {
      if (sourceApp === options.appName) this.relay.wake();
    });
  }

  get appName(): string {
    return this.options.appName;
  }

  /** Writes the message to the outbox in the caller's transaction; the relay publishes it after commit. */
  publish<P>(tx: EntityManager, topic: TopicDefinition<P>, envelope: Envelope<P>): Promise<void> {
    return appendToOutbox(tx, this.options.appName, topic, envelope);
  }

  async onApplicationBootstrap(): Promise<void> {
    await ensureTopics(this.kafka, this.options.produces);
    await this.producer.connect();
    await this.outboxCommits.start();
    this.relay.start();
    this.logger.log(`outbox relay for ${this.options.appName} started`);
  }

  // Before TypeORM closes its pool (it does so on application shutdown), so no tick runs without a database.
  async beforeApplicationShutdown(): Promise<void> {
    await this.outboxCommits.close();
    await this.relay.stop();
    await this.producer.disconnect();
  }
}

function postgresUrl(dataSource: DataSource): string {
  const url = (dataSource.options as { url?: string }).url;
  if (!url) throw new Error('MessagingRuntime needs a DataSource configured by URL (see postgresOptions)');
  return url;
}
