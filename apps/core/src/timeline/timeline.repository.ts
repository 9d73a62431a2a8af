import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { instantText, PositionalParams, whereAll } from '@hub/http';
import { TimelineEntryEntity } from './timeline-entry.entity';
import type { OccurredPosition, RecordedPosition } from './timeline-cursor';

export type NewTimelineEntry = Pick<TimelineEntryEntity, 'caseId' | 'kind' | 'actor' | 'occurredAt'> &
  Partial<Pick<TimelineEntryEntity, 'orderId' | 'fromStatus' | 'toStatus' | 'milestone' | 'note' | 'eventId'>>;

/** An entry as a page reads it: with where it stands in either order. */
export interface ReadTimelineEntry extends TimelineEntryEntity {
  occurredText: string;
  recordedXid: string;
}

/** A page of entries, and the oldest transaction still running when it was read (none older can commit any more). */
export interface TimelineRead {
  entries: ReadTimelineEntry[];
  xmin: string;
}

interface Row {
  snapshot_xmin: string;
  id: string | null;
  case_id: string;
  order_id: string | null;
  kind: string;
  from_status: TimelineEntryEntity['fromStatus'];
  to_status: TimelineEntryEntity['toStatus'];
  milestone: string | null;
  note: string | null;
  actor: string;
  event_id: string | null;
  occurred_at: Date;
  recorded_at: Date;
  occurred_text: string;
  recorded_xid: string;
}

/**
 * One statement reads the page and the snapshot it was read in (pg_current_snapshot is the statement's own), so the
 * xmin given back is the line this very page saw everything behind. `order` names the columns the page is sorted by.
 */
function pageSql(params: PositionalParams, caseId: string, condition: string | null, order: readonly string[], limit: number): string {
  const by = (alias: string) => order.map((column) => `${alias}.${column}`).join(', ');
  return `
    WITH snapshot AS (SELECT pg_snapshot_xmin(pg_current_snapshot()) AS xmin)
    SELECT s.xmin::text AS snapshot_xmin, e.*
      FROM snapshot s
      LEFT JOIN LATERAL (
        SELECT t.id, t.case_id, t.order_id, t.kind, t.from_status, t.to_status, t.milestone, t.note, t.actor, t.event_id, t.occurred_at, t.recorded_at,
               ${instantText('t.occurred_at')} AS occurred_text, t.recorded_xid::text AS recorded_xid
          FROM case_timeline t
         ${whereAll([`t.case_id = ${params.bind(caseId)}`, condition])}
         ORDER BY ${by('t')}
         LIMIT ${params.bind(limit)}) e ON true
     ORDER BY ${by('e')}`;
}

const toRead = (rows: Row[]): TimelineRead => ({
  xmin: rows[0].snapshot_xmin,
  entries: rows
    .filter((r) => r.id !== null)
    .map((r) => ({
      id: r.id as string,
      caseId: r.case_id,
      orderId: r.order_id,
      kind: r.kind,
      fromStatus: r.from_status,
      toStatus: r.to_status,
      milestone: r.milestone,
      note: r.note,
      actor: r.actor,
      eventId: r.event_id,
      occurredAt: r.occurred_at,
      recordedAt: r.recorded_at,
      occurredText: r.occurred_text,
      recordedXid: r.recorded_xid,
    })),
});

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
   * arrive: one line on the timeline however many it counts. Its event id names what it counts. Brought up to date, it
   * counts as recorded again, so a live view reading what was recorded since sees the new count.
   */
  async upsertCount(tx: EntityManager, entry: NewTimelineEntry & { eventId: string }): Promise<void> {
    await tx.query(
      `INSERT INTO case_timeline (case_id, order_id, kind, milestone, note, actor, event_id, occurred_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
       ON CONFLICT (event_id) DO UPDATE SET note = EXCLUDED.note, recorded_xid = pg_current_xact_id()`,
      [entry.caseId, entry.orderId ?? null, entry.kind, entry.milestone ?? null, entry.note ?? null, entry.actor, entry.eventId, entry.occurredAt],
    );
  }

  /** In the order things happened (a partner's report that arrived late sits where it happened), then as recorded. */
  async inOccurredOrder(tx: EntityManager, caseId: string, after: OccurredPosition | undefined, limit: number): Promise<TimelineRead> {
    const params = new PositionalParams();
    const condition = after ? `(t.occurred_at, t.id) > (${params.bind(after.at)}::timestamptz, ${params.bind(after.id)}::bigint)` : null;
    const rows: Row[] = await tx.query(pageSql(params, caseId, condition, ['occurred_at', 'id'], limit), params.values);
    return toRead(rows);
  }

  /**
   * What was recorded after `after`, in the order it was recorded, up to the oldest transaction still running: one of
   * those may yet commit an entry, and a later reader must still find it after the place this page gives.
   */
  async recordedAfter(tx: EntityManager, caseId: string, after: RecordedPosition, limit: number): Promise<TimelineRead> {
    const params = new PositionalParams();
    const condition = `(t.recorded_xid, t.id) > (${params.bind(after.xid)}::xid8, ${params.bind(after.id)}::bigint) AND t.recorded_xid < s.xmin`;
    const rows: Row[] = await tx.query(pageSql(params, caseId, condition, ['recorded_xid', 'id'], limit), params.values);
    return toRead(rows);
  }
}
