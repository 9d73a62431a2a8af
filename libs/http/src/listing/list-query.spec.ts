import type { CaseQueryV1 } from '@hub/contracts';
import { Refusal } from '@hub/refusals';
import { encodeKeyset, type KeysetList, UUID } from './keyset';
import { DEFAULT_PAGE_SIZE, parseListQuery } from './list-query';

const CASES: KeysetList = { cursorKind: 'cases1', id: UUID };
const ID = '1b2c3d4e-5f60-4a7b-8c9d-0e1f2a3b4c5d';
const parse = (query: unknown) => parseListQuery<CaseQueryV1>('http/core/case-query.v1', query, CASES);

function issuesOf(query: unknown): unknown {
  try {
    parse(query);
  } catch (error) {
    expect(error).toBeInstanceOf(Refusal);
    expect((error as Refusal).kind).toBe('invalid');
    return (error as Refusal).issues;
  }
  throw new Error('the query was accepted');
}

describe('parseListQuery', () => {
  it('reads the first page of 50 when nothing is asked', () => {
    expect(parse(undefined)).toEqual({ query: {}, page: { limit: DEFAULT_PAGE_SIZE, after: undefined }, range: { from: undefined, to: undefined } });
  });

  it('turns the range, the limit and the cursor into their values, and leaves the filters as asked', () => {
    const keyset = { at: '2026-11-20T02:00:00.123456Z', id: ID };
    const query = { q: 'みなと', coverage: 'confirmed', from: '2026-11-01T00:00:00+09:00', to: '2026-12-01T00:00:00+09:00', limit: '200', cursor: encodeKeyset(CASES, keyset) };
    expect(parse(query)).toEqual({
      query,
      page: { limit: 200, after: keyset },
      range: { from: new Date('2026-10-31T15:00:00Z'), to: new Date('2026-11-30T15:00:00Z') },
    });
  });

  it.each(['0', '201', '1.5', '-1', 'ten', ''])('refuses limit=%s, saying what a limit is', (limit) => {
    expect(issuesOf({ limit })).toEqual([{ field: 'limit', reason: 'must be a whole number from 1 to 200' }]);
  });

  it('refuses a misspelt filter instead of ignoring it, and a filter given twice', () => {
    expect(issuesOf({ partner: 'lac' })).toEqual([{ field: 'partner', reason: 'is not allowed' }]);
    expect(issuesOf({ coverage: ['confirmed', 'denied'] })).toContainEqual({ field: 'coverage', reason: 'must be a string' });
  });

  it('refuses a range that is not one', () => {
    expect(issuesOf({ from: '2026-11-20' })).toEqual([{ field: 'from', reason: 'must be a date-time (ISO-8601)' }]);
    expect(issuesOf({ from: '2026-11-20T00:00:00Z', to: '2026-11-20T00:00:00Z' })).toEqual([{ field: 'to', reason: 'must be later than from' }]);
  });

  it("refuses a cursor it did not make, or another list's", () => {
    expect(issuesOf({ cursor: 'bm9wZQ' })).toEqual([{ field: 'cursor', reason: 'must be a nextCursor this API returned' }]);
    const orders: KeysetList = { cursorKind: 'orders1', id: UUID };
    expect(issuesOf({ cursor: encodeKeyset(orders, { at: '2026-11-20T02:00:00.123456Z', id: ID }) })).toEqual([
      { field: 'cursor', reason: 'must be a nextCursor this API returned' },
    ]);
  });

  it('refuses search text with a control character, which PostgreSQL could not compare', () => {
    expect(issuesOf({ q: 'み\u0000なと' })).toEqual([{ field: 'q', reason: 'must not contain control characters (such as NUL)' }]);
  });
});
