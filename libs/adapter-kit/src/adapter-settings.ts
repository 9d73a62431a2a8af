import { RetryPolicy } from '@hub/messaging';
import { PartnerMapping } from './partner-mapping';

export interface AdapterSettings {
  appName: string;
  // The mapping's native types are the adapter's business; the kit only passes them through.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  mapping: PartnerMapping<any, any>;
  databaseUrl: string;
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
}

export const ADAPTER_SETTINGS = Symbol('ADAPTER_SETTINGS');
