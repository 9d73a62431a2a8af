import { Logger, OnApplicationShutdown } from '@nestjs/common';
import { Subject } from 'rxjs';
import { PgNotificationListener } from '@hub/persistence';

/** A live event as PostgreSQL announces it: a new timeline entry, or a dead letter written or replayed. Ids only. */
export type LiveEvent =
  | { type: 'timeline'; id: string; caseId: string; orderId: string | null; kind: string }
  | { type: 'dead_letter'; id: string; caseId: string | null; partnerId: string | null; state: string };

export const LIVE_CHANNEL = 'hub_console_live';

/**
 * Every live event of the hub, heard on this replica's own LISTEN connection (migration 1764000001600's triggers), so
 * every replica of the console sees every event. A notification lost while the connection is down is made good by
 * the browser, which refetches what it shows whenever its event stream reconnects.
 */
export class LiveEvents implements OnApplicationShutdown {
  private readonly logger = new Logger(LiveEvents.name);
  readonly events = new Subject<LiveEvent>();
  private readonly listener: PgNotificationListener;

  constructor(databaseUrl: string) {
    this.listener = new PgNotificationListener(databaseUrl, 'console').on(LIVE_CHANNEL, (payload) => this.announce(payload));
  }

  start(): Promise<void> {
    return this.listener.start();
  }

  async onApplicationShutdown(): Promise<void> {
    this.events.complete();
    await this.listener.close();
  }

  private announce(payload: string): void {
    try {
      this.events.next(JSON.parse(payload) as LiveEvent);
    } catch (error) {
      this.logger.warn(`an unreadable live notification was dropped: ${(error as Error).message}`);
    }
  }
}
