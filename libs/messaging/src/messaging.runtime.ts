import { Injectable, Logger, OnApplicationBootstrap, BeforeApplicationShutdown } from '@nestjs/common';
import { Kafka } from 'kafkajs';
import { DataSource, EntityManager } from 'typeorm';
import { PgNotificationListener } from '@hub/persistence';
import { BrokerState, BrokerWatch } from './broker-watch';
import { Envelope } from './envelope';
import { createKafka } from './kafka-client';
import { backoffDelayMs, RELAY_FAILURE_BACKOFF } from './retry-policy';
import { OutboxBacklog, OutboxBacklogState } from './outbox/outbox-backlog';
import { OutboxRelay } from './outbox/outbox-relay';
import { RenewableProducer } from './outbox/renewable-producer';
import { WakeablePause } from './wakeable-pause';
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
  /** The outbox counts as lagging (health: degraded) once its oldest unpublished row is older than this. */
  outboxLaggingAfterMs?: number;
}

/** What the health probes and the metrics read of an app's messaging. */
export interface MessagingHealth {
  /** The producer is connected and the relay runs (false from start until Kafka first answers). */
  connected: boolean;
  broker: BrokerState;
  outbox: OutboxBacklogState;
}

/**
 * One app's connection to Kafka: the idempotent producer and the outbox relay that feeds it. Use cases
 * never talk to Kafka directly; they call `publish` inside their transaction.
 */
@Injectable()
export class MessagingRuntime implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger(MessagingRuntime.name);
  readonly kafka: Kafka;
  private readonly producer: RenewableProducer;
  private readonly relay: OutboxRelay;
  private readonly outboxCommits: PgNotificationListener;
  private readonly brokerWatch: BrokerWatch;
  private readonly backlog: OutboxBacklog;
  private readonly connectRetry = new WakeablePause();
  private connecting?: Promise<void>;
  private isConnected = false;
  private stopping = false;
  private readonly connectedSignal: Promise<void>;
  private signalConnected!: () => void;

  constructor(
    private readonly options: MessagingRuntimeOptions,
    dataSource: DataSource,
  ) {
    this.kafka = createKafka(options.brokers, options.appName);
    this.producer = new RenewableProducer(() => this.kafka.producer({ idempotent: true, maxInFlightRequests: 1 }));
    this.relay = new OutboxRelay(dataSource, this.producer, {
      sourceApp: options.appName,
      hubEnv: options.hubEnv,
      idlePollMs: options.relayPollMs,
    });
    // The outbox trigger notifies on every commit that adds rows; the relay publishes them at once.
    this.outboxCommits = new PgNotificationListener(postgresUrl(dataSource), options.appName).on('hub_outbox', (sourceApp) => {
      if (sourceApp === options.appName) this.relay.wake();
    });
    this.backlog = new OutboxBacklog(dataSource, { sourceApp: options.appName, laggingAfterMs: options.outboxLaggingAfterMs ?? 10_000 });
    this.brokerWatch = new BrokerWatch({
      appName: options.appName,
      brokers: options.brokers,
      // The broker is back: connect now if never connected, and publish the backlog now rather than at the relay's next back-off step.
      onReachable: () => {
        this.connectRetry.wake();
        this.relay.wake();
      },
    });
    this.connectedSignal = new Promise((resolve) => (this.signalConnected = resolve));
  }

  get appName(): string {
    return this.options.appName;
  }

  get hubEnv(): string {
    return this.options.hubEnv;
  }

  /** Writes the message to the outbox in the caller's transaction; the relay publishes it after commit. */
  publish<P>(tx: EntityManager, topic: TopicDefinition<P>, envelope: Envelope<P>): Promise<void> {
    return appendToOutbox(tx, this.options.appName, topic, envelope);
  }

  /**
   * Needs only the database: Kafka is connected in the background, so the app serves HTTP (and keeps what it accepts
   * in the outbox) while the broker is away at start. `whenConnected` resolves once the relay publishes.
   */
  async onApplicationBootstrap(): Promise<void> {
    await this.outboxCommits.start();
    this.backlog.start();
    await this.brokerWatch.start();
    this.connecting = this.connectKafka();
  }

  /** Resolves once the producer is connected and the relay runs; tests and scripts wait for it, the app does not. */
  whenConnected(): Promise<void> {
    return this.connectedSignal;
  }

  /** The broker as last probed, the outbox backlog read now. */
  async health(): Promise<MessagingHealth> {
    return { connected: this.isConnected, broker: this.brokerWatch.state, outbox: await this.backlog.check() };
  }

  private async connectKafka(): Promise<void> {
    for (let attempt = 1; !this.stopping; attempt += 1) {
      try {
        await ensureTopics(this.kafka, this.options.produces);
        await this.producer.connect();
        if (this.stopping) return;
        this.relay.start();
        this.isConnected = true;
        this.signalConnected();
        this.logger.log(`outbox relay for ${this.options.appName} started`);
        return;
      } catch (error) {
        if (attempt === 1) this.logger.warn(`${this.options.appName}: cannot connect to Kafka yet (${(error as Error).message}); retrying until it answers`);
        await this.connectRetry.pause(backoffDelayMs(RELAY_FAILURE_BACKOFF, attempt));
      }
    }
  }

  // Before TypeORM closes its pool (it does so on application shutdown), so no tick runs without a database.
  async beforeApplicationShutdown(): Promise<void> {
    this.stopping = true;
    this.connectRetry.wake();
    await this.connecting;
    await this.brokerWatch.stop();
    await this.backlog.stop();
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
