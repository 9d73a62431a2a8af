import { Logger } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { DataSource, EntityManager } from 'typeorm';
import { isDatabaseUnavailable } from '@hub/persistence';
import { logContext, spanLogContext } from '@hub/config';
import { appendDeadLetter, backoffDelayMs, DeadLetterWriter, inDeliverySpan, RetryPolicy, TopicDefinition, WakeablePause } from '@hub/messaging';
import { DeliveryKind, DeliveryRepository, PartnerDelivery } from './delivery.repository';
import { PartnerEndpointRepository } from './partner-endpoint.repository';
import { type DeliveryResult, postSignedWebhook } from './partner-endpoint.client';

export interface PartnerDeliveryWorkerOptions {
  partnerId: string;
  endpointUrl: string;
  /** Current secret first; every one signs, so a partner mid-rotation accepts the delivery. */
  secrets: string[];
  policy: RetryPolicy;
  /** A partner down longer than this has the order dead-lettered for a person to act on. */
  giveUpAfterMs: number;
  /** The topics deliveries come from, by kind, and who dead-letters them when one is given up on. */
  source: { topics: Record<DeliveryKind, TopicDefinition>; deadLetters: DeadLetterWriter };
  /** Calls to the partner in flight at once (32 when absent). */
  concurrency?: number;
  idlePollMs?: number;
  /** Runs in the transaction that marks a delivery (of any kind) done, e.g. to publish the partner's acknowledgement of an order. */
  onDelivered: (tx: EntityManager, delivery: PartnerDelivery) => Promise<void>;
  now?: () => number;
  /**
   * How long a claim holds a delivery unless renewed; renewed every third of it while the call and its record run, so only
   * a dead worker's (or one cut off from the database) lapses — and then soon.
   */
  leaseMs?: number;
  /** The circuit breaker: failed attempts in a row that open it, and its first and longest cool-down. */
  breaker?: { threshold: number; coolDownMs: number; maxCoolDownMs: number };
  /** An endpoint failing without a break for this long is disabled (Svix: 5 days); none when absent. */
  disableAfterFailingMs?: number;
  /** Runs in the transaction that disabled the endpoint: the alert for the coordinator. */
  onEndpointDisabled?: (tx: EntityManager, reason: 'gone' | 'failing', error: string) => Promise<void>;
  /** Outside dev and test: never call an endpoint that resolves to a loopback, private or link-local address (SSRF). */
  refusePrivateAddresses?: boolean;
  /** Told of every attempt once it is on record (the adapter's metrics). */
  onAttempt?: (attempt: { outcome: DeliveryResult['outcome']; durationMs: number }) => void;
}

/** Five failures in a row open the breaker for 30 s, doubling while the partner keeps failing, up to 10 minutes. */
export const DEFAULT_BREAKER = { threshold: 5, coolDownMs: 30_000, maxCoolDownMs: 10 * 60_000 } as const;

/**
 * Calls to one partner in flight at once. They hold no database connection (claim, call, record), so a partner
 * answering in 5 s still takes 32 / 5 s = 6.4 deliveries a second; a partner that cannot take that says 429.
 */
const DEFAULT_CONCURRENCY = 32;

/**
 * A claim's lease, renewed every 5 s while its worker lives: a worker that dies mid-call (SIGKILL, a node lost) leaves
 * the delivery — and the later deliveries of its case, which wait behind it — to another worker within 15 s. It was a
 * fixed 60 s lease, six times the partner call's 10 s timeout; test/faults/replicas.spec.ts waited that minute out.
 */
const DEFAULT_LEASE_MS = 15_000;

/**
 * Recording an attempt the partner has answered, again while the database is out of reach: quick at first (a killed
 * connection is replaced at once), never slower than 2 s, for as long as the claim holds (see `record`).
 */
const RECORD_RETRY: RetryPolicy = { maxAttempts: Number.MAX_SAFE_INTEGER, initialBackoffMs: 100, maxBackoffMs: 2_000, multiplier: 2 };
/** Recording stops being retried this long before the claim's lease lapses, so it never races the next claim. */
const RECORD_LEASE_MARGIN_MS = 5_000;

/**
 * Delivers pending orders to a partner endpoint, signed, retrying with backoff until the partner answers or the
 * give-up time passes — claim, call, record, like Svix's worker. A delivery is claimed with a lease in a statement
 * of its own; the partner is called with no transaction open; the attempt is then recorded (a row of its own) and
 * the delivery moved, only if the claim still holds. So a slow partner holds no database connection or lock, and a
 * worker that dies mid-call leaves the delivery to be claimed again when its lease lapses, the attempt counted.
 * A 429 or 503 slows the whole partner for its Retry-After (or the backoff), not everyone; failures in a row open
 * the partner's circuit breaker, and after its cool-down one probe at a time finds out whether the partner is back.
 * A delivery given up on is not dropped: the original order message goes to the dead-letter topic, with the last
 * error. The endpoint itself is disabled — its deliveries held, not given up, until an operator enables it — when the
 * partner says it is gone (410) or it has failed without a break for days, with an alert for the coordinator.
 */
export class PartnerDeliveryWorker {
  private readonly logger = new Logger(PartnerDeliveryWorker.name);
  private running = false;
  private dispatcher: Promise<void> = Promise.resolve();
  /** Calls to the partner under way: they hold no database connection, so there can be many. */
  private readonly inFlight = new Set<Promise<void>>();
  private readonly idle = new WakeablePause();
  private readonly slotFreed = new WakeablePause();

  constructor(
    private readonly dataSource: DataSource,
    private readonly deliveries: DeliveryRepository,
    private readonly endpoint: PartnerEndpointRepository,
    private readonly options: PartnerDeliveryWorkerOptions,
  ) {}

  start(): void {
    if (this.running) return;
    this.running = true;
    this.dispatcher = this.dispatch();
  }

  async stop(): Promise<void> {
    this.running = false;
    this.idle.wake();
    this.slotFreed.wake();
    await this.dispatcher;
  }

  /** A delivery was queued: start on it now rather than at the next poll. */
  wake(): void {
    this.idle.wake();
  }

  /** Attempts one due delivery; false when none was due. */
  async attemptOne(): Promise<boolean> {
    const claimed = await this.claimNext();
    if (!claimed) return false;
    await this.callAndRecord(claimed.delivery, claimed.token);
    return true;
  }

  private async claimNext(): Promise<{ delivery: PartnerDelivery; token: string } | null> {
    const token = randomUUID();
    const breaker = this.options.breaker ?? DEFAULT_BREAKER;
    const delivery = await this.deliveries.claim(this.dataSource.manager, this.options.partnerId, token, this.options.leaseMs ?? DEFAULT_LEASE_MS, breaker.threshold);
    return delivery ? { delivery, token } : null;
  }

  /** One attempt, in the trace (and log context) of the work that queued the delivery: see inDeliverySpan. */
  private async callAndRecord(delivery: PartnerDelivery, token: string): Promise<void> {
    // Stored as text by OrderHandOff (a row's JSON); kafkajs's header type also allows Buffers.
    const stored = delivery.sourceMessage?.headers?.traceparent;
    const traceparent = typeof stored === 'string' ? stored : undefined;
    const traced = { partnerId: delivery.partnerId, kind: delivery.kind, deliveryId: delivery.id, attempt: delivery.attempts, traceparent };
    await inDeliverySpan(traced, (span) =>
      logContext.run(spanLogContext(span, traceparent, delivery.correlationId), async () => {
        const result = await this.callAndRecordTraced(delivery, token);
        span.setAttribute('hub.delivery.outcome', result.outcome);
        if (result.status !== undefined) span.setAttribute('http.response.status_code', result.status);
      }),
    );
  }

  private async callAndRecordTraced(delivery: PartnerDelivery, token: string): Promise<DeliveryResult> {
    const { endpointUrl, secrets } = this.options;
    const startedAt = new Date();
    const lease = this.keepClaim(delivery.id, token, startedAt.getTime());
    try {
      const result = await postSignedWebhook(`${endpointUrl}${delivery.targetPath ?? ''}`, secrets, delivery.webhookId, delivery.payload, { refusePrivateAddresses: this.options.refusePrivateAddresses });
      await this.recordAttempt(delivery, token, startedAt, result, () => lease.heldUntil() - RECORD_LEASE_MARGIN_MS);
      return result;
    } finally {
      lease.stop();
    }
  }

  /**
   * Renews the claim every third of its lease until stopped. `heldUntil` is how long it surely holds: counted from when
   * the last renewal that found the claim was sent. A renewal the database does not answer is not retried here: the claim
   * then lapses as it would for a dead worker, and `record` stops retrying before it does.
   */
  private keepClaim(id: string, token: string, claimedAt: number): { heldUntil: () => number; stop: () => void } {
    const leaseMs = this.options.leaseMs ?? DEFAULT_LEASE_MS;
    let heldUntil = claimedAt + leaseMs;
    const timer = setInterval(() => {
      const asked = Date.now();
      this.deliveries.renewClaim(this.dataSource.manager, id, token, leaseMs).then(
        (held) => {
          if (held) heldUntil = Math.max(heldUntil, asked + leaseMs);
        },
        () => undefined,
      );
    }, leaseMs / 3);
    timer.unref();
    return { heldUntil: () => heldUntil, stop: () => clearInterval(timer) };
  }

  private async recordAttempt(delivery: PartnerDelivery, token: string, startedAt: Date, result: DeliveryResult, until: () => number): Promise<void> {
    const { partnerId } = this.options;
    await this.record(until, async () => {
      await this.dataSource.transaction(async (tx) => {
        await this.deliveries.recordAttempt(tx, {
          deliveryId: delivery.id, partnerId, orderId: delivery.orderId, attemptNo: delivery.attempts, startedAt, durationMs: result.durationMs,
          httpStatus: result.status, outcome: result.outcome, error: result.error, excerpt: result.excerpt,
        });
        // A lease that ran out passed the delivery on: whoever holds it now decides, this attempt is only on record.
        if (!(await this.deliveries.lockClaimed(tx, delivery.id, token))) return;
        await this.settle(tx, delivery, result);
      });
    });
    this.options.onAttempt?.({ outcome: result.outcome, durationMs: result.durationMs });
  }

  /**
   * Runs the transaction that records an attempt, again while the database is out of reach, until `until` (before the
   * lease lapses). The partner has answered by then and only this process knows what it said: a connection killed
   * under the transaction (a failover, pg_terminate_backend) used to leave the delivery claimed until its lease lapsed —
   * a minute — then sent it again, the answered attempt never on record (test/faults/database-connections-killed.spec.ts
   * found orders acknowledged 60 s late). Retrying is safe: the attempt's insert is keyed by its number, and once the
   * delivery is settled (or the claim passed on) `lockClaimed` no longer holds, so a transaction that did commit before
   * its answer was lost changes nothing the second time.
   */
  private async record(until: () => number, transaction: () => Promise<void>): Promise<void> {
    for (let failures = 1; ; failures += 1) {
      try {
        return await transaction();
      } catch (error) {
        const delay = backoffDelayMs(RECORD_RETRY, failures);
        if (!this.running || !isDatabaseUnavailable(error) || Date.now() + delay >= until()) throw error;
        this.logger.warn(`delivery to ${this.options.partnerId}: the database failed recording an answered attempt (${(error as Error).message}); retrying in ${delay} ms`);
        await new Promise((resolve) => setTimeout(resolve, delay));
      }
    }
  }

  private async settle(tx: EntityManager, delivery: PartnerDelivery, result: DeliveryResult): Promise<void> {
    const { policy, partnerId } = this.options;
    const attempt = delivery.attempts;
    if (result.outcome === 'delivered') {
      await this.deliveries.markDelivered(tx, delivery.id);
      await this.endpoint.partnerAnswered(tx, partnerId);
      await this.options.onDelivered(tx, delivery);
      return;
    }
    if (result.outcome === 'gone') {
      // The partner says the endpoint no longer exists: every delivery to it would fail the same way, so hold them all.
      await this.disableEndpoint(tx, 'gone', result.error ?? 'HTTP 410 Gone');
      await this.deliveries.scheduleRetry(tx, delivery.id, 0, result.error ?? 'gone');
      return;
    }
    // An outage counts toward the breaker (and the run of failures that disables the endpoint); a partner asking us to
    // slow down, or refusing this request, does not.
    if (result.outcome === 'failed' || result.outcome === 'unreachable') {
      const breaker = this.options.breaker ?? DEFAULT_BREAKER;
      const { failures, failingForMs } = await this.endpoint.partnerFailed(tx, partnerId, breaker.threshold, breaker.coolDownMs, breaker.maxCoolDownMs);
      if (failures === breaker.threshold) this.logger.warn(`${partnerId}: ${failures} failed attempts in a row; deliveries paused (circuit breaker open)`);
      const disableAfter = this.options.disableAfterFailingMs;
      if (disableAfter !== undefined && failingForMs >= disableAfter) {
        await this.disableEndpoint(tx, 'failing', `failing for ${Math.round(failingForMs / 1000)} s without a break; last: ${result.error ?? result.outcome}`);
        await this.deliveries.scheduleRetry(tx, delivery.id, 0, result.error ?? result.outcome);
        return;
      }
    } else if (result.outcome === 'refused') {
      // It answered this request on its merits: the endpoint works. (An overloaded partner neither fails nor recovers.)
      await this.endpoint.partnerAnswered(tx, partnerId);
    }
    const error = result.error ?? result.outcome;
    const now = this.options.now?.() ?? Date.now();
    const delay = result.outcome === 'overloaded' && result.retryAfterMs !== undefined ? result.retryAfterMs : backoffDelayMs(policy, attempt, Math.random());
    const withinTime = now + delay - delivery.createdAt.getTime() < this.options.giveUpAfterMs;
    if (result.outcome !== 'refused' && withinTime && attempt < policy.maxAttempts) {
      this.logger.warn(`${delivery.kind} of order ${delivery.orderId} to ${partnerId}: attempt ${attempt} ${result.outcome}, retry in ${delay} ms: ${error}`);
      // An overloaded partner is slowed as a whole: its other deliveries wait too, everyone else's do not.
      if (result.outcome === 'overloaded') await this.endpoint.slowDown(tx, partnerId, delay);
      await this.deliveries.scheduleRetry(tx, delivery.id, delay, error);
      return;
    }
    this.logger.error(`${delivery.kind} of order ${delivery.orderId} to ${partnerId} given up after ${attempt} attempt(s): ${error}`);
    await this.deliveries.markFailed(tx, delivery.id, error);
    await this.deadLetter(tx, delivery, error, attempt);
  }

  private async disableEndpoint(tx: EntityManager, reason: 'gone' | 'failing', error: string): Promise<void> {
    if (!(await this.endpoint.disable(tx, this.options.partnerId, reason, error))) return;
    this.logger.error(`${this.options.partnerId}: endpoint disabled (${reason}): ${error}; deliveries held until an operator enables it`);
    await this.options.onEndpointDisabled?.(tx, reason, error);
  }

  private async deadLetter(tx: EntityManager, delivery: PartnerDelivery, error: string, attempts: number): Promise<void> {
    if (!delivery.sourceMessage) return; // queued before source messages were kept; the failed row says it all
    const { topics, deadLetters } = this.options.source;
    const failure = Object.assign(new Error(`${delivery.kind} delivery to ${this.options.partnerId} given up: ${error}`), { name: 'PartnerDeliveryFailed' });
    // One dead letter per delivery: an order may have several reviews, each its own subject.
    const subject = delivery.subject ? `:${delivery.subject}` : '';
    const eventKey = delivery.kind === 'order' ? `delivery-failed:${delivery.orderId}` : `${delivery.kind}-delivery-failed:${delivery.orderId}${subject}`;
    await appendDeadLetter(tx, deadLetters, topics[delivery.kind], { ...delivery.sourceMessage, eventKey }, failure, attempts);
  }

  /**
   * Claims due deliveries while calls are free, and starts each call without waiting for it: a slow partner then
   * holds calls in flight, not the loop, and one idle poll serves however many calls the partner may take at once.
   */
  private async dispatch(): Promise<void> {
    const concurrency = this.options.concurrency ?? DEFAULT_CONCURRENCY;
    while (this.running) {
      if (this.inFlight.size >= concurrency) {
        await this.slotFreed.pause(this.options.idlePollMs ?? 500);
        continue;
      }
      let claimed: Awaited<ReturnType<PartnerDeliveryWorker['claimNext']>> = null;
      try {
        claimed = await this.claimNext();
      } catch (error) {
        this.logger.warn(`delivery worker for ${this.options.partnerId}: ${(error as Error).message}`);
      }
      // Retries fall due with time, not with a commit, so an idle worker still looks now and then.
      if (!claimed) {
        await this.idle.pause(this.options.idlePollMs ?? 500);
        continue;
      }
      const call: Promise<void> = this.callAndRecord(claimed.delivery, claimed.token)
        .catch((error: unknown) => this.logger.warn(`delivery to ${this.options.partnerId}: ${(error as Error).message}`))
        .finally(() => {
          this.inFlight.delete(call);
          this.slotFreed.wake();
          // A finished call may let the next delivery of its case (or its cancellation) go.
          this.idle.wake();
        });
      this.inFlight.add(call);
    }
    await Promise.all(this.inFlight);
  }
}
