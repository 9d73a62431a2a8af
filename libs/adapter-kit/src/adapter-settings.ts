import { RetryPolicy } from '@hub/messaging';
import { NativeVersion } from './define-adapter';

/** What the kit runs for one partner, from its definition and its loaded config (see adapter-config.ts). */
export interface AdapterSettings {
  appName: string;
  partnerId: string;
  /** The native version orders are sent in. */
  outbound: NativeVersion;
  /** Every native version whose callbacks are accepted. */
  versions: NativeVersion[];
  databaseUrl: string;
  /** DATABASE_POOL_SIZE; the pool's default (10) when unset. */
  databasePoolSize?: number;
  brokers: string[];
  hubEnv: string;
  endpointUrl: string;
  /** Current secret first; a previous one may follow while the partner rotates. */
  secrets: string[];
  timestampToleranceSeconds: number;
  deliveryPolicy: RetryPolicy;
  deliveryGiveUpAfterMs: number;
  /** The partner's circuit breaker; the kit's default when absent. */
  breaker?: { threshold: number; coolDownMs: number; maxCoolDownMs: number };
  /** An endpoint failing without a break this long is disabled, with an alert; never when absent. */
  disableAfterFailingMs?: number;
  /** push: the adapter calls the partner's endpoint; poll: the partner fetches its deliveries from the feed. */
  channel: 'push' | 'poll';
}

export const ADAPTER_SETTINGS = Symbol('ADAPTER_SETTINGS');
