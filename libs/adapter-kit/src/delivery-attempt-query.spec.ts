import { Refusal } from '@hub/refusals';
import { encodeAttemptCursor } from './delivery-attempt-cursor';
import { DEFAULT_ATTEMPT_PAGE_SIZE, parseDeliveryAttemptQuery } from './delivery-attempt-query';

const ORDER = '0b6f3c1e-5d7a-4c1b-9f4e-2a8d6e9b1c3f';

function issuesOf(query: unknown): unknown {
  try {
    parseDeliveryAttemptQuery(query);
  } catch (error) {
    expect(error).toBeInstanceOf(Refusal);
    expect((error as Refusal).code).toBe('validation_failed');
    return (error as Refusal).issues;
  }
  throw new Error('the query was accepted');
}

describe('parseDeliveryAttemptQuery', () => {
  it('reads the first page of 50, unfiltered, when nothing is asked', () => {
    expect(parseDeliveryAttemptQuery(undefined)).toEqual({
      filter: { orderId: undefined, kind: undefined, outcome: undefined, channel: undefined, from: undefined, to: undefined },
      page: { limit: DEFAULT_ATTEMPT_PAGE_SIZE, after: undefined },
    });
  });

  it('turns every filter, the range, the limit and the cursor into their values', () => {
    const after = { startedAt: '2026-11-27T01:00:00.123456Z', id: '4182' };
    const query = { orderId: ORDER, kind: 'cancellation', outcome: 'unreachable', channel: 'push', from: '2026-11-27T00:00:00+09:00', to: '2026-11-28T00:00:00+09:00', limit: '200', cursor: encodeAttemptCursor(after) };
    expect(parseDeliveryAttemptQuery(query)).toEqual({
      filter: { orderId: ORDER, kind: 'cancellation', outcome: 'unreachable', channel: 'push', from: new Date('2026-11-26T15:00:00Z'), to: new Date('2026-11-27T15:00:00Z') },
      page: { limit: 200, after },
    });
  });

  it.each(['0', '201', '500', '1.5', '-1', 'ten', '', '050'])('refuses limit=%s, saying what a limit is', (limit) => {
    expect(issuesOf({ limit })).toEqual([{ field: 'limit', reason: 'must be a whole number from 1 to 200' }]);
  });

  it('refuses a misspelt parameter instead of ignoring it, and one given twice', () => {
    expect(issuesOf({ partnerId: 'aos' })).toEqual([{ field: 'partnerId', reason: 'is not allowed' }]);
    expect(issuesOf({ outcomes: 'failed' })).toEqual([{ field: 'outcomes', reason: 'is not allowed' }]);
    expect(issuesOf({ kind: ['order', 'cancellation'] })).toContainEqual({ field: 'kind', reason: 'must be a string' });
    expect(issuesOf({ limit: ['10', '20'] })).toContainEqual({ field: 'limit', reason: 'must be a string' });
  });

  it('refuses values outside their contract, naming each field', () => {
    expect(issuesOf({ orderId: 'LAC-2026-000123' })).toEqual([{ field: 'orderId', reason: 'must be a UUID' }]);
    expect(issuesOf({ kind: 'invoice' })).toEqual([{ field: 'kind', reason: 'must be one of: order, cancellation, review' }]);
    expect(issuesOf({ outcome: 'timeout', channel: 'webhook' })).toEqual([
      { field: 'outcome', reason: 'must be one of: delivered, overloaded, failed, refused, unreachable, gone' },
      { field: 'channel', reason: 'must be one of: push, poll' },
    ]);
  });

  it('refuses a range that is not one: a date without a time, or to not after from', () => {
    expect(issuesOf({ from: '2026-11-27' })).toEqual([{ field: 'from', reason: 'must be a date-time (ISO-8601)' }]);
    expect(issuesOf({ to: '2026-11-27T25:00:00Z' })).toEqual([{ field: 'to', reason: 'must be a date-time (ISO-8601)' }]);
    expect(issuesOf({ from: '2026-11-27T00:00:00Z', to: '2026-11-27T09:00:00+09:00' })).toEqual([{ field: 'to', reason: 'must be later than from' }]);
    expect(issuesOf({ from: '2026-11-28T00:00:00Z', to: '2026-11-27T00:00:00Z' })).toEqual([{ field: 'to', reason: 'must be later than from' }]);
  });

  it('refuses a cursor it did not make', () => {
    const refused = [{ field: 'cursor', reason: 'must be a nextCursor this API returned' }];
    expect(issuesOf({ cursor: 'bm9wZQ' })).toEqual(refused);
    expect(issuesOf({ cursor: Buffer.from('cases1:2026-11-27T01:00:00.123456Z|7d9f6a1e-4b2c-4f3d-8e5a-0c1b2d3e4f50').toString('base64url') })).toEqual(refused);
    expect(issuesOf({ cursor: '' })).toEqual([{ field: 'cursor', reason: 'must not be empty' }]);
  });
});
