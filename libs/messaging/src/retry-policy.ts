/**
 * How often and how patiently a failing message is retried before it is dead-lettered. Named policies
 * live beside the topic catalog so a topic's patience is read in one place, not in scattered literals.
 */
export interface RetryPolicy {
  readonly maxAttempts: number;
  readonly initialBackoffMs: number;
  readonly maxBackoffMs: number;
  readonly multiplier: number;
}

export const RETRY_POLICIES = {
  /** Core state changes: a few quick retries ride out a lock timeout or a database failover. */
  stateChange: { maxAttempts: 5, initialBackoffMs: 200, maxBackoffMs: 5_000, multiplier: 3 },
  /** Handing an order to an adapter only writes a delivery row; the partner call retries on its own. */
  handOff: { maxAttempts: 4, initialBackoffMs: 200, maxBackoffMs: 2_000, multiplier: 3 },
} as const satisfies Record<string, RetryPolicy>;

/**
 * Delivery of an order to a partner endpoint that may be down for hours: patient, capped at 10 minutes
 * between attempts, jittered, and bounded by time rather than by count (PARTNER_DELIVERY_GIVE_UP_AFTER_MS).
 */
export const PARTNER_DELIVERY_POLICY: RetryPolicy = {
  maxAttempts: Number.MAX_SAFE_INTEGER,
  initialBackoffMs: 1_000,
  maxBackoffMs: 10 * 60_000,
  multiplier: 2,
};

/** A partner unreachable for three days (a long weekend) has its order dead-lettered for a person to act on. */
export const PARTNER_DELIVERY_GIVE_UP_AFTER_MS = 72 * 60 * 60_000;

/** The outbox relay's wait after Kafka or PostgreSQL failed it: short at first, never long (the broker watch also wakes it when Kafka answers again). */
export const RELAY_FAILURE_BACKOFF: RetryPolicy = {
  maxAttempts: Number.MAX_SAFE_INTEGER,
  initialBackoffMs: 400,
  maxBackoffMs: 5_000,
  multiplier: 2,
};

/** Delay before attempt `attempt + 1`, after `attempt` failures (1-based). `jitter` in [0, 1) spreads retries. */
export function backoffDelayMs(policy: RetryPolicy, attempt: number, jitter = 0): number {
  const exponential = policy.initialBackoffMs * Math.pow(policy.multiplier, Math.max(0, attempt - 1));
  const capped = Math.min(policy.maxBackoffMs, exponential);
  return Math.round(capped * (1 - 0.5 * jitter));
}
