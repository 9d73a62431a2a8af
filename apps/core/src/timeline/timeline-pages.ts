import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import type { CaseTimelineV2 } from '@hub/contracts';
import { timelineEntryView } from '../views';
import { encodeAfter, encodeOccurredCursor, laterOf, type RecordedPosition } from './timeline-cursor';
import type { TimelineRequest } from './timeline-query';
import { TimelineRepository } from './timeline.repository';

/**
 * The pages of a case's timeline (GET /cases/{caseId}/timeline). Read in the order things happened, a page at a time;
 * or, for a live view, what was recorded after the place a previous answer gave (nextAfter). Every answer gives such a
 * place, so a view that loaded the timeline can follow it from there without missing an entry.
 */
@Injectable()
export class TimelinePages {
  constructor(private readonly timeline: TimelineRepository) {}

  async read(tx: EntityManager, caseId: string, request: TimelineRequest): Promise<CaseTimelineV2> {
    // One row beyond the page only says another page follows.
    if (request.order === 'recorded') {
      const read = await this.timeline.recordedAfter(tx, caseId, request.after, request.limit + 1);
      const entries = read.entries.slice(0, request.limit);
      const last = entries.at(-1);
      const more = read.entries.length > request.limit && last !== undefined;
      // Caught up, the place moves to the line no transaction can commit behind any more: everything before it was read.
      const next: RecordedPosition = more ? { xid: last.recordedXid, id: last.id } : laterOf(request.after, { xid: read.xmin, id: '0' });
      return { caseId, entries: entries.map(timelineEntryView), nextCursor: more ? encodeAfter(next) : null, nextAfter: encodeAfter(next) };
    }
    const read = await this.timeline.inOccurredOrder(tx, caseId, request.after, request.limit + 1);
    const entries = read.entries.slice(0, request.limit);
    const last = entries.at(-1);
    const watermark = request.watermark ?? { xid: read.xmin, id: '0' };
    return {
      caseId,
      entries: entries.map(timelineEntryView),
      nextCursor: read.entries.length > request.limit && last ? encodeOccurredCursor({ at: last.occurredText, id: last.id }, watermark) : null,
      nextAfter: encodeAfter(watermark),
    };
  }
}
