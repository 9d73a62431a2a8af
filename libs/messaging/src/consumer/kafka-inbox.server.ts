import { Logger } from '@nestjs/common';
import { CustomTransportStrategy, MessageHandler, Server } from '@nestjs/microservices';
import { Consumer, EachMessagePayload, Kafka } from 'kafkajs';
import { lastValueFrom } from 'rxjs';
import { DataSource, EntityManager } from 'typeorm';
import { backoffDelayMs, RELAY_FAILURE_BACKOFF } from '../retry-policy';
import { WakeablePause } from '../wakeable-pause';
import { ensureTopics } from '../topic-admin';
import { HUB_ENV_HEADER } from '../envelope';
import { findTopic, TopicDefinition } from '../topic-catalog';
import { appendDeadLetter, FailedMessage } from './dead-letter';
import { CrashLoopError, NonRetryableError } from './errors';
import { InboxAttempts } from './inbox-attempts';
import { InboundMessageMeta, InboxContext } from './inbox-context';
import { parseInbound } from './parse-inbound';
import { headerText, inConsumerSpan, markFailed } from '../message-tracing';
import { trace } from '@opentelemetry/api';
import { logContext, spanLogContext } from '@hub/config';
import { isDatabaseUnavailable } from '@hub/persistence';
import { Refusal } from '@hub/refusals';

export interface KafkaInboxOptions {
  appName: string;
  /** This deployment's name: the consumer group is `<hubEnv>.<appName>`, and messages another environment stamped are skipped. */
  hubEnv: string;
  /** Overrides the consumer group id (tests use throwaway groups). */
  groupId?: string;
  kafka: Kafka;
  dataSource: DataSource;
  /** The topics this app consumes; each needs exactly one `@ConsumesTopic(topic)` handler. */
  consumes: TopicDefinition[];
  /**
   * Where a brand-new consumer group starts. Apps start at the earliest message so nothing produced
   * before their first boot is missed; a throwaway probe may start at the latest.
   */
  fromBeginning?: boolean;
  /** How long boot waits for the consumer to join its group. */
  joinTimeoutMs?: number;
  /**
   * How long the broker waits for a silent member before it gives its partitions to the others (default 10 s).
   * A member that died holds its partitions that long; tests that kill consumers on purpose shorten it.
   */
  sessionTimeoutMs?: number;
  /** Partitions handled at once (KAFKA_CONSUMER_CONCURRENCY; default DEFAULT_PARTITIONS_IN_PARALLEL). */
  partitionsInParallel?: number;
}

/**
 * Partitions an inbox handles at once. One partition's messages are always handled one after another, in order — what
 * per-case order needs, since a case's messages share its key and so its partition. kafkajs (2.2.4) hands over what one
 * fetch from a broker brought, batch by partition: up to this many are handled in parallel, each in its own transaction
 * on its own connection, and that broker's next fetch waits for the slowest of them. So a burst over many cases (a
 * backlog after a restart, 200 orders a second) is worked off several partitions at a time instead of one; a message
 * that takes long still holds up its broker's next fetch. Each partition in flight holds a database connection: keep
 * this well below DATABASE_POOL_SIZE, which the HTTP side shares. Across topics there was never an order to keep (an
 * order and its cancellation travel on two topics): handlers take them in either order (OrderHandOff holds a
 * cancellation until its order has reached the partner).
 */
export const DEFAULT_PARTITIONS_IN_PARALLEL = 4;

/**
 * A Nest microservice transport that consumes Kafka with exactly-once effects: each message is
 * validated against its contract, claimed in `processed_events` and handled in ONE transaction, retried
 * with the topic's backoff, and dead-lettered (through the outbox) when it still fails. Attempts are counted
 * in the database before each one runs (InboxAttempts), so a message that crashes the process stops after
 * its topic's maxAttempts too. Handlers are
 * `@ConsumesTopic(topic)` methods; the catalog check at boot fails on a missing or duplicate handler.
 */
/**
 * A member that died (or whose consumer crashed and rejoined under a new member id during a broker outage) holds its
 * partitions this long; the broker's floor is 6 s (group.min.session.timeout.ms). Kafka's client default is 30 s.
 */
const CONSUMER_SESSION_TIMEOUT_MS = 10_000;

/**
 * The consumer's own patience with a broker that is away: back-off capped at 1 s, so it notices the broker's return
 * within a second, and enough steps (about five minutes) that an outage of minutes does not crash it — a crashed
 * consumer rejoins under a new member id and waits for the old one's session to expire.
 */
const CONSUMER_RETRY = { initialRetryTime: 100, maxRetryTime: 1_000, retries: 300 };

export class KafkaInboxServer extends Server implements CustomTransportStrategy {
  protected override readonly logger = new Logger('KafkaInbox');
  private consumer?: Consumer;
  private readonly attempts: InboxAttempts;
  private readonly foreignEnvsSeen = new Set<string>();
  private readonly retryPause = new WakeablePause();
  private closed = false;

  constructor(private readonly options: KafkaInboxOptions) {
    super();
    this.attempts = new InboxAttempts(options.dataSource, this.groupId);
  }

  listen(callback: (error?: unknown) => void): void {
    this.start().then(() => callback(), callback);
  }

  async close(): Promise<void> {
    this.closed = true;
    this.retryPause.wake();
    await this.consumer?.disconnect();
    this.consumer = undefined;
  }

  on(): never {
    throw new Error('KafkaInboxServer does not emit transport events');
  }

  unwrap<T>(): T {
    return this.consumer as T;
  }

  /**
   * Joins the consumer group, trying again until it has (a broker away at start is waited for, not fatal: the app
   * serves HTTP meanwhile). A wrong handler catalog is a programming error and fails at once.
   */
  private async start(): Promise<void> {
    const handlers = this.checkHandlerCatalog();
    for (let attempt = 1; !this.closed; attempt += 1) {
      try {
        await this.joinOnce(handlers);
        if (attempt > 1) this.logger.log(`${this.groupId} joined its consumer group after ${attempt} attempts`);
        return;
      } catch (error) {
        await this.consumer?.disconnect().catch(() => undefined);
        this.consumer = undefined;
        if (attempt === 1) this.logger.warn(`${this.groupId} cannot join its consumer group yet (${(error as Error).message}); retrying until Kafka answers`);
        await this.retryPause.pause(backoffDelayMs(RELAY_FAILURE_BACKOFF, attempt));
      }
    }
  }

  private async joinOnce(handlers: Map<string, MessageHandler>): Promise<void> {
    const { kafka, consumes } = this.options;
    const groupId = this.groupId;
    await ensureTopics(kafka, consumes);
    const sessionTimeout = this.options.sessionTimeoutMs ?? CONSUMER_SESSION_TIMEOUT_MS;
    const consumer = kafka.consumer({
      groupId,
      maxWaitTimeInMs: 100,
      sessionTimeout,
      heartbeatInterval: Math.min(3_000, Math.floor(sessionTimeout / 3)),
      retry: CONSUMER_RETRY,
    });
    this.consumer = consumer;
    const joined = new Promise<void>((resolve) => consumer.on(consumer.events.GROUP_JOIN, () => resolve()));
    await consumer.connect();
    await consumer.subscribe({ topics: consumes.map((t) => t.name), fromBeginning: this.options.fromBeginning ?? true });
    await consumer.run({
      partitionsConsumedConcurrently: this.options.partitionsInParallel ?? DEFAULT_PARTITIONS_IN_PARALLEL,
      eachMessage: (payload) => this.handle(payload, handlers),
    });
    await withTimeout(joined, this.options.joinTimeoutMs ?? 60_000, `${groupId} did not join its consumer group`);
  }

  /** Typed catalog check at boot: every consumed topic has exactly one event handler and nothing else has one. */
  private checkHandlerCatalog(): Map<string, MessageHandler> {
    const declared = new Set(this.options.consumes.map((t) => t.name));
    const problems: string[] = [];
    for (const pattern of this.messageHandlers.keys()) {
      if (!findTopic(pattern)) problems.push(`handler for "${pattern}", which is not in the topic catalog`);
      else if (!declared.has(pattern)) problems.push(`handler for "${pattern}", which ${this.options.appName} does not declare it consumes`);
    }
    for (const topic of this.options.consumes) {
      const handler = this.messageHandlers.get(topic.name);
      if (!handler) problems.push(`no handler for consumed topic "${topic.name}"`);
      else if (!handler.isEventHandler) problems.push(`"${topic.name}" needs an @ConsumesTopic (event) handler, not @MessagePattern`);
      else if (handler.next) problems.push(`more than one handler for "${topic.name}"`);
    }
    if (problems.length > 0) {
      throw new Error(`${this.options.appName}: Kafka handler catalog is wrong:\n  ${problems.join('\n  ')}`);
    }
    return new Map(this.options.consumes.map((t) => [t.name, this.messageHandlers.get(t.name) as MessageHandler]));
  }

  get groupId(): string {
    return this.options.groupId ?? `${this.options.hubEnv}.${this.options.appName}`;
  }

  /**
   * A message of this environment is handled in a CONSUMER span continuing the trace that published it (its traceparent
   * header), and in the log context of that span, under the correlation id of its case's work; another environment's is
   * skipped without either.
   */
  private async handle(payload: EachMessagePayload, handlers: Map<string, MessageHandler>): Promise<void> {
    const { topic, partition, message } = payload;
    const producedIn = headerText(message.headers, HUB_ENV_HEADER);
    if (producedIn !== undefined && producedIn !== this.options.hubEnv) return this.skipForeign(topic, producedIn);
    await inConsumerSpan({ topic, partition, offset: message.offset, headers: message.headers }, this.groupId, (span) => {
      const work = spanLogContext(span, headerText(message.headers, 'traceparent'), headerText(message.headers, 'correlation-id'));
      return logContext.run(work, () => this.process(payload, handlers));
    });
  }

  private async process({ topic, partition, message, heartbeat }: EachMessagePayload, handlers: Map<string, MessageHandler>) {
    const definition = findTopic(topic) as TopicDefinition;
    const meta: InboundMessageMeta = { topic, partition, offset: message.offset, key: message.key?.toString() ?? null };
    const raw = message.value?.toString('utf8') ?? '';
    const failed = { raw, meta, headers: message.headers };
    let envelope;
    try {
      envelope = parseInbound(definition, raw);
    } catch (error) {
      return this.deadLetter(definition, { ...failed, eventKey: `${topic}:${partition}:${message.offset}` }, error, 1);
    }
    const handler = handlers.get(topic) as MessageHandler;
    const { maxAttempts } = definition.retry;
    const eventKey = envelope.eventId;
    const asFailed = { ...failed, eventKey, eventId: envelope.eventId };
    for (;;) {
      // Counted and committed before the handler runs; if PostgreSQL fails here, kafkajs redelivers the message.
      const attempt = await this.attempts.begin(eventKey, topic);
      if (attempt > maxAttempts) {
        // Every attempt allowed was counted and none settled the message: the process died during the last one.
        return this.deadLetter(definition, asFailed, new CrashLoopError(attempt - 1), attempt - 1);
      }
      try {
        await this.handleWhileDatabaseAnswers(eventKey, topic, heartbeat, async () => {
          await this.options.dataSource.transaction(async (tx) => {
            await this.attempts.forget(tx, eventKey);
            if (await this.claim(tx, eventKey, topic)) {
              const result = await handler(envelope, new InboxContext([tx, meta]));
              await lastValueFrom(this.transformToObservable(result), { defaultValue: undefined });
            }
          });
        });
        return;
      } catch (error) {
        // A refusal of the domain (an illegal transition, another partner's order) is the same answer on every attempt.
        if (error instanceof NonRetryableError || error instanceof Refusal || attempt >= maxAttempts) {
          return this.deadLetter(definition, asFailed, error, attempt);
        }
        // A failed attempt that is retried is an event of the message's span; a dead letter marks the span failed.
        trace.getActiveSpan()?.recordException(error as Error);
        this.logger.warn(`${topic} ${eventKey} attempt ${attempt}/${maxAttempts} failed: ${(error as Error).message}`);
        await sleep(backoffDelayMs(definition.retry, attempt));
        await heartbeat();
      }
    }
  }

  /**
   * Runs one attempt's transaction again, as the same attempt, for as long as it fails because the database is out of
   * reach (down, restarting, our connection killed): that says nothing about the message, so it must not use up its
   * attempts — four failures during a failover would otherwise dead-letter a good message. The transaction rolled
   * back, so running it again is safe. Any other failure is the attempt's own, and is returned to the caller.
   */
  private async handleWhileDatabaseAnswers(eventKey: string, topic: string, heartbeat: () => Promise<void>, transaction: () => Promise<void>): Promise<void> {
    for (let outage = 1; ; outage += 1) {
      try {
        return await transaction();
      } catch (error) {
        if (this.closed || !isDatabaseUnavailable(error)) throw error;
        if (outage === 1) this.logger.warn(`${topic} ${eventKey}: the database is out of reach (${(error as Error).message}); trying again, not counted as an attempt`);
        await sleep(backoffDelayMs(RELAY_FAILURE_BACKOFF, outage));
        // A heartbeat refused (a rebalance) is left to kafkajs: were the partition moved, its new owner's claim of the
        // event finds it settled or settles it once (processed_events), whichever of us gets there first.
        await heartbeat().catch(() => undefined);
      }
    }
  }

  /** Loud once per environment: in production a mismatch means a misconfigured HUB_ENV, not a shared broker. */
  private skipForeign(topic: string, producedIn: string): void {
    if (this.foreignEnvsSeen.has(producedIn)) return;
    this.foreignEnvsSeen.add(producedIn);
    this.logger.warn(`${this.groupId} skips ${topic} messages from HUB_ENV=${producedIn} (this is ${this.options.hubEnv})`);
  }

  /** Records the event as processed by this group; false when it already was (a redelivery). */
  private async claim(tx: EntityManager, eventKey: string, topic: string): Promise<boolean> {
    const rows: unknown[] = await tx.query(
      `INSERT INTO processed_events (consumer_group, event_key, topic, outcome) VALUES ($1, $2, $3, 'handled')
       ON CONFLICT DO NOTHING RETURNING event_key`,
      [this.groupId, eventKey, topic],
    );
    return rows.length === 1;
  }

  private async deadLetter(definition: TopicDefinition, failed: FailedMessage, error: unknown, attempts: number): Promise<void> {
    this.logger.error(`${definition.name} ${failed.eventKey} dead-lettered after ${attempts} attempt(s): ${(error as Error).message}`);
    markFailed(trace.getActiveSpan(), error, `dead-lettered after ${attempts} attempt(s)`);
    const writer = { appName: this.options.appName, groupId: this.groupId };
    await this.options.dataSource.transaction(async (tx) => {
      await this.attempts.forget(tx, failed.eventKey);
      await appendDeadLetter(tx, writer, definition, failed, error, attempts);
    });
  }
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

function withTimeout<T>(promise: Promise<T>, ms: number, message: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(message)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}
