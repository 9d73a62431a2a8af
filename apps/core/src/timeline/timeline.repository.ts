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

  /**
   * A counting entry (bulk deliverables per order, kind and hour), written once and its note brought up to date as more
   * arrive: one line on the timeline however many it counts. Its event id names what it counts.
   */
  async upsertCount(tx: EntityManager, entry: NewTimelineEntry & { eventId: string }): Promise<void> {
    await tx.query(
      `INSERT INTO case_timeline (case_id, order_id, kind, milestone, note, actor, event_id, occurred_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
       ON CONFLICT (event_id) DO UPDATE SET note = EXCLUDED.note`,
      [entry.caseId, entry.orderId ?? null, entry.kind, entry.milestone ?? null, entry.note ?? null, entry.actor, entry.eventId, entry.occurredAt],
    );
  }

  /** In the order things happened (a partner's report that arrived late sits where it happened), then as recorded. */
  listForCase(tx: EntityManager, caseId: string): Promise<TimelineEntryEntity[]> {
    return tx.getRepository(TimelineEntryEntity).find({ where: { caseId }, order: { occurredAt: 'ASC', id: 'ASC' } });
  }
}
