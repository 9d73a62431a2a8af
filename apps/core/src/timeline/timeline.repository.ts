import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { TimelineEntryEntity } from './timeline-entry.entity';

export type NewTimelineEntry = Pick<TimelineEntryEntity, 'caseId' | 'kind' | 'actor' | 'occurredAt'> &
  Partial<Pick<TimelineEntryEntity, 'orderId' | 'fromStatus' | 'toStatus' | 'milestone' | 'note' | 'eventId'>>;

@Injectable()
export class TimelineRepository {
  async append(tx: EntityManager, entry: NewTimelineEntry): Promise<void> {
    await tx.getRepository(TimelineEntryEntity).insert({
      orderId: null,
      fromStatus: null,
      toStatus: null,
      milestone: null,
      note: null,
      eventId: null,
      ...entry,
    });
  }

  /** In the order things happened (a partner's report that arrived late sits where it happened), then as recorded. */
  listForCase(tx: EntityManager, caseId: string): Promise<TimelineEntryEntity[]> {
    return tx.getRepository(TimelineEntryEntity).find({ where: { caseId }, order: { occurredAt: 'ASC', id: 'ASC' } });
  }
}
