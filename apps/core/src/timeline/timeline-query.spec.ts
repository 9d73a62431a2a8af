import { Refusal } from '@hub/refusals';
import { encodeAfter, encodeOccurredCursor } from './timeline-cursor';
import { DEFAULT_TIMELINE_PAGE, parseTimelineQuery } from './timeline-query';

function issuesOf(query: unknown): unknown {
  try {
    parseTimelineQuery(query);
  } catch (error) {
    expect(error).toBeInstanceOf(Refusal);
    return (error as Refusal).issues;
  }
  throw new Error('the query was accepted');
}

describe('parseTimelineQuery', () => {
  it('reads the first 200 entries in the order things happened when nothing is asked', () => {
    expect(parseTimelineQuery({})).toEqual({ limit: DEFAULT_TIMELINE_PAGE, order: 'occurred' });
  });

  it('continues a reading from its cursor, and a live view from its after', () => {
    const watermark = { xid: '812', id: '0' };
    const cursor = encodeOccurredCursor({ at: '2026-11-20T02:00:00.123456Z', id: '41' }, watermark);
    expect(parseTimelineQuery({ cursor, limit: '1000' })).toEqual({ limit: 1000, order: 'occurred', after: { at: '2026-11-20T02:00:00.123456Z', id: '41' }, watermark });
    expect(parseTimelineQuery({ after: encodeAfter(watermark) })).toEqual({ limit: DEFAULT_TIMELINE_PAGE, order: 'recorded', after: watermark });
  });

  it('refuses what it cannot read, naming the parameter', () => {
    expect(issuesOf({ limit: '1001' })).toEqual([{ field: 'limit', reason: 'must be a whole number from 1 to 1000' }]);
    expect(issuesOf({ since: '2026-11-20T00:00:00Z' })).toEqual([{ field: 'since', reason: 'is not allowed' }]);
    expect(issuesOf({ after: '57' })).toEqual([{ field: 'after', reason: 'must be a nextAfter this API returned' }]);
    expect(issuesOf({ cursor: 'bm9wZQ' })).toEqual([{ field: 'cursor', reason: 'must be a nextCursor this API returned' }]);
    const after = encodeAfter({ xid: '812', id: '0' });
    expect(issuesOf({ after, cursor: after })).toEqual([{ field: 'after', reason: 'cannot be given together with cursor' }]);
  });
});
