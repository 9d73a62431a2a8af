import type { TimelineQueryV1 } from '@hub/contracts';
import { checkQuery, cursorRefused, invalidInput } from '@hub/http';
import { decodeAfter, decodeTimelineCursor, type TimelineCursor } from './timeline-cursor';

/** A case with 300 orders had a 622 kB timeline: 200 entries a page keeps an answer small and the first paint quick. */
export const DEFAULT_TIMELINE_PAGE = 200;
const MAX_TIMELINE_PAGE = 1000;

export type TimelineRequest = { limit: number } & (TimelineCursor | { order: 'occurred'; after?: undefined; watermark?: undefined });

/** GET /cases/{caseId}/timeline's query, checked against its contract and turned into the page to read. */
export function parseTimelineQuery(query: unknown): TimelineRequest {
  const q = checkQuery<TimelineQueryV1>('http/core/timeline-query.v1', query, MAX_TIMELINE_PAGE);
  const limit = q.limit === undefined ? DEFAULT_TIMELINE_PAGE : Number(q.limit);
  if (q.after !== undefined && q.cursor !== undefined) {
    throw invalidInput('after and cursor cannot be given together', [{ field: 'after', reason: 'cannot be given together with cursor' }]);
  }
  if (q.after !== undefined) {
    const after = decodeAfter(q.after);
    if (!after) throw cursorRefused('after', 'must be a nextAfter this API returned');
    return { limit, order: 'recorded', after };
  }
  if (q.cursor !== undefined) {
    const cursor = decodeTimelineCursor(q.cursor);
    if (!cursor) throw cursorRefused();
    return { limit, ...cursor };
  }
  return { limit, order: 'occurred' };
}
