import { MessagingTables1764000000000 } from './1764000000000-messaging-tables';
import { CoreCasesAndOrders1764000000100 } from './1764000000100-core-cases-and-orders';
import { AdapterDeliveries1764000000200 } from './1764000000200-adapter-deliveries';
import { WakeUpNotifications1764000000300 } from './1764000000300-wake-up-notifications';
import { DeliverySourceMessage1764000000400 } from './1764000000400-delivery-source-message';
import { IdempotencyKeys1764000000500 } from './1764000000500-idempotency-keys';
import { Settlement1764000000600 } from './1764000000600-settlement';
import { PolicyWording1764000000700 } from './1764000000700-policy-wording';
import { DeliveryAttempts1764000000800 } from './1764000000800-delivery-attempts';
import { PartnerBreaker1764000000900 } from './1764000000900-partner-breaker';
import { DeadLetters1764000001000 } from './1764000001000-dead-letters';
import { PartnerUpdates1764000001100 } from './1764000001100-partner-updates';
import { EndpointStateAndFeed1764000001200 } from './1764000001200-endpoint-state-and-feed';
import { ScopedIdempotencyAndAudit1764000001300 } from './1764000001300-scoped-idempotency-and-audit';
import { PartnerDeliverables1764000001400 } from './1764000001400-partner-deliverables';
import { ConsoleReadIndexes1764000001500 } from './1764000001500-console-read-indexes';
import { ConsoleSessionsAndLiveEvents1764000001600 } from './1764000001600-console-sessions-and-live-events';
import { DeliveryAttemptPaging1764000001700 } from './1764000001700-delivery-attempt-paging';
import { Reconciliation1764000001800 } from './1764000001800-reconciliation';

/** Every migration, in order. New ones go at the end; applied ones are never edited. */
export const ALL_MIGRATIONS = [
  MessagingTables1764000000000,
  CoreCasesAndOrders1764000000100,
  AdapterDeliveries1764000000200,
  WakeUpNotifications1764000000300,
  DeliverySourceMessage1764000000400,
  IdempotencyKeys1764000000500,
  Settlement1764000000600,
  PolicyWording1764000000700,
  DeliveryAttempts1764000000800,
  PartnerBreaker1764000000900,
  DeadLetters1764000001000,
  PartnerUpdates1764000001100,
  EndpointStateAndFeed1764000001200,
  ScopedIdempotencyAndAudit1764000001300,
  PartnerDeliverables1764000001400,
  ConsoleReadIndexes1764000001500,
  ConsoleSessionsAndLiveEvents1764000001600,
  DeliveryAttemptPaging1764000001700,
  Reconciliation1764000001800,
];
