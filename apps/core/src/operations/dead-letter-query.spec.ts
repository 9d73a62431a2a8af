import { Refusal } from '@hub/refusals';
import { DEFAULT_PAGE_SIZE } from '@hub/http';
import { parseDeadLetterQuery } from './dead-letter-query';
import { encodeCursor } from './dead-letter-cursor';

function issuesOf(query: unknown): unknown {
  try {
    parseDeadLetterQuery(query);
  } catch (error) {
    expect(error).toBeInstanceOf(Refusal);
    expect((error as Refusal).kind).toBe('invalid');
    return (error as Refusal).issues;
  }
  throw new Error('the query was accepted');
}

describe('parseDeadLetterQuery', () => {
  it('pages 50 at a time from the start when nothing is asked', () => {
    expect(parseDeadLetterQuery({})).toEqual({ filter: {}, limit: DEFAULT_PAGE_SIZE, afterId: undefined });
  });

  it('turns every filter, the limit and the cursor into their values', () => {
    const id = '1b2c3d4e-5f60-4a7b-8c9d-0e1f2a3b4c5d';
    const parsed = parseDeadLetterQuery({
      state: 'open', partnerId: 'lac', topic: 'hub.order.issued.v1', consumerGroup: 'test.adapter-lac',
      since: '2026-07-04T09:00:00+09:00', limit: '200', cursor: encodeCursor(id),
    });
    expect(parsed).toEqual({
      filter: { state: 'open', partnerId: 'lac', topic: 'hub.order.issued.v1', consumerGroup: 'test.adapter-lac', since: new Date('2026-07-04T00:00:00Z') },
      limit: 200,
      afterId: id,
    });
  });

  it.each(['0', '201', '1.5', '-1', 'ten'])('refuses limit=%s, saying what a limit is', (limit) => {
    expect(issuesOf({ limit })).toEqual([{ field: 'limit', reason: 'must be a whole number from 1 to 200' }]);
  });

  it('refuses a misspelt filter instead of ignoring it', () => {
    expect(issuesOf({ partner: 'lac' })).toEqual([{ field: 'partner', reason: 'is not allowed' }]);
  });

  it('refuses a filter given twice', () => {
    expect(issuesOf({ state: ['open', 'replayed'] })).toContainEqual({ field: 'state', reason: 'must be a string' });
  });

  it('refuses a since that is not an instant, and a cursor it did not make', () => {
    expect(issuesOf({ since: '2026-07-04' })).toEqual([{ field: 'since', reason: 'must be a date-time (ISO-8601)' }]);
    expect(issuesOf({ cursor: 'bm9wZQ' })).toEqual([{ field: 'cursor', reason: 'must be a nextCursor this API returned' }]);
  });
});
