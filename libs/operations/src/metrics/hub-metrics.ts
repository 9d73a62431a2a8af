import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';

/** Work an app does to refresh its gauges just before a scrape (its outbox, its partner's endpoint). */
const REFRESH_MS = 2_000;

export type ScrapeHook = () => Promise<void>;

/**
 * One app's Prometheus metrics, in a registry of its own (several apps share one process in the tests, and each must
 * answer for itself). Counters count what happened in this process; Prometheus sums the replicas. Every series has the
 * label app. Money is not a metric: yen stay in the ledger, exact.
 */
export class HubMetrics {
  readonly registry = new Registry();
  private readonly hooks: ScrapeHook[] = [];
  private refreshedAt = 0;
  private refreshing?: Promise<void>;

  readonly httpRequests: Counter<'method' | 'route' | 'status'>;
  readonly httpDuration: Histogram<'method' | 'route'>;
  readonly deliveryAttempts: Counter<'partner' | 'outcome'>;
  readonly deliveryDuration: Histogram<'partner'>;
  readonly settlements: Counter<'kind' | 'outcome'>;
  readonly ledgerBatchDecisions: Histogram;
  readonly outboxPending: Gauge;
  readonly outboxOldestAge: Gauge;
  readonly kafkaReachable: Gauge;
  readonly consumerLag: Gauge<'group' | 'topic'>;
  readonly endpointState: Gauge<'partner' | 'state'>;

  constructor(readonly appName: string) {
    this.registry.setDefaultLabels({ app: appName });
    // RSS, heap, event-loop delay, GC: the memory bounds of issue 12 are read from these.
    collectDefaultMetrics({ register: this.registry });
    const registers = [this.registry];
    this.httpRequests = new Counter({ name: 'hub_http_requests_total', help: 'HTTP requests answered, by route template and status.', labelNames: ['method', 'route', 'status'], registers });
    this.httpDuration = new Histogram({
      name: 'hub_http_request_duration_seconds',
      help: 'Time from a request reaching the app to its answer being written.',
      labelNames: ['method', 'route'],
      buckets: [0.002, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
      registers,
    });
    this.deliveryAttempts = new Counter({ name: 'hub_delivery_attempts_total', help: "Attempts to deliver to a partner's endpoint, by outcome.", labelNames: ['partner', 'outcome'], registers });
    this.deliveryDuration = new Histogram({
      name: 'hub_delivery_attempt_duration_seconds',
      help: "How long a partner's endpoint took to answer an attempt.",
      labelNames: ['partner'],
      buckets: [0.01, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30],
      registers,
    });
    this.settlements = new Counter({ name: 'hub_settlements_total', help: 'Settlement decisions committed, by kind and by what they covered (full, partial, none).', labelNames: ['kind', 'outcome'], registers });
    this.ledgerBatchDecisions = new Histogram({
      name: 'hub_ledger_batch_decisions',
      help: 'Decisions one ledger transaction took on one policy (group commit): its count is the transactions, its sum the decisions taken in them, refused ones included.',
      buckets: [1, 2, 4, 8, 16, 32, 64],
      registers,
    });
    this.outboxPending = new Gauge({ name: 'hub_outbox_pending', help: "This app's outbox messages not yet published to Kafka (counted up to 100,000).", registers });
    this.outboxOldestAge = new Gauge({ name: 'hub_outbox_oldest_age_seconds', help: 'Age of the oldest unpublished outbox message; 0 when none.', registers });
    this.kafkaReachable = new Gauge({ name: 'hub_kafka_reachable', help: "1 while the app's probe of the broker (every second) is answered, else 0.", registers });
    this.consumerLag = new Gauge({ name: 'hub_kafka_consumer_lag', help: "Messages this app's consumer group has not yet committed past, per topic.", labelNames: ['group', 'topic'], registers });
    this.endpointState = new Gauge({ name: 'hub_partner_endpoint_state', help: "1 for the state a partner's endpoint is in (closed, open, slowed, disabled), 0 for the others.", labelNames: ['partner', 'state'], registers });
  }

  /** Runs before a scrape; a hook that fails leaves its gauges as they were (the scrape still answers). */
  onScrape(hook: ScrapeHook): void {
    this.hooks.push(hook);
  }

  /**
   * The exposition text, gauges refreshed first — at most once per REFRESH_MS however often it is asked (the hooks
   * read the database and ask Kafka's admin for offsets; a scraper asks every 15 s or so, a flood of requests must not
   * turn into a flood of those). Scrapes that arrive during a refresh wait for that one.
   */
  async scrape(): Promise<string> {
    if (Date.now() - this.refreshedAt >= REFRESH_MS) {
      this.refreshing ??= Promise.allSettled(this.hooks.map((hook) => hook())).then(() => {
        this.refreshedAt = Date.now();
        this.refreshing = undefined;
      });
    }
    await this.refreshing;
    return this.registry.metrics();
  }
}
