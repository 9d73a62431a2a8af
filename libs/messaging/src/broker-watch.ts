import { Logger } from '@nestjs/common';
import { Admin, Kafka, logLevel } from 'kafkajs';

export interface BrokerState {
  reachable: boolean;
  /** When the current state began (the app's start counts as a beginning). */
  since: Date;
  /** Why the last probe failed, while unreachable. */
  lastError?: string;
}

export interface BrokerWatchOptions {
  appName: string;
  brokers: string[];
  /** How often the broker is asked while it answers, and while it does not: the second bounds how late a recovery is seen. */
  intervalMs?: number;
  onReachable?: () => void;
}

/**
 * Asks the broker for its cluster metadata every second, on a client of its own that never retries (the apps' clients
 * retry and would hide an outage behind their back-off). The hub's own log says when an outage begins and when it
 * ends; the relay is woken the moment the broker answers again, so the backlog drains at once rather than at the next
 * step of a back-off.
 */
export class BrokerWatch {
  private readonly logger = new Logger('BrokerWatch');
  private readonly admin: Admin;
  private current: BrokerState = { reachable: false, since: new Date() };
  private everReached = false;
  private toldUnreachableAtStart = false;
  private timer?: NodeJS.Timeout;
  private probing?: Promise<void>;
  private stopped = false;

  constructor(private readonly options: BrokerWatchOptions) {
    this.admin = new Kafka({
      clientId: `${options.appName}-broker-watch`,
      brokers: options.brokers,
      connectionTimeout: 1_000,
      requestTimeout: 2_000,
      retry: { retries: 0 },
      logLevel: logLevel.NOTHING,
    }).admin();
  }

  get state(): BrokerState {
    return { ...this.current };
  }

  /** Probes once at once (so the first health answer is a real one), then keeps probing until stopped. */
  async start(): Promise<void> {
    await this.probe();
    this.schedule();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.timer);
    await this.probing;
    await this.admin.disconnect().catch(() => undefined);
  }

  private schedule(): void {
    if (this.stopped) return;
    this.timer = setTimeout(() => {
      this.probing = this.probe().finally(() => this.schedule());
    }, this.options.intervalMs ?? 1_000);
    this.timer.unref();
  }

  private async probe(): Promise<void> {
    try {
      await this.admin.connect();
      await this.admin.describeCluster();
      this.becomeReachable();
    } catch (error) {
      this.becomeUnreachable((error as Error).message);
      // A fresh connection next time: kafkajs keeps a broken one around after the broker went away.
      await this.admin.disconnect().catch(() => undefined);
    }
  }

  private becomeReachable(): void {
    if (this.current.reachable) return;
    const downFor = Date.now() - this.current.since.getTime();
    if (this.everReached) {
      this.logger.warn(`${this.options.appName}: Kafka answers again after ${(downFor / 1000).toFixed(1)} s; the outbox backlog drains now`);
    }
    this.everReached = true;
    this.current = { reachable: true, since: new Date() };
    this.options.onReachable?.();
  }

  private becomeUnreachable(reason: string): void {
    if (!this.current.reachable) {
      this.current.lastError = reason;
      if (!this.everReached && !this.toldUnreachableAtStart) {
        this.toldUnreachableAtStart = true;
        this.logger.warn(`${this.options.appName}: Kafka is unreachable at start (${reason}); HTTP serves, work is kept in the outbox until it answers`);
      }
      return;
    }
    this.logger.warn(`${this.options.appName}: Kafka is unreachable (${reason}); work is still accepted and kept in the outbox until it answers`);
    this.current = { reachable: false, since: new Date(), lastError: reason };
  }
}
