import { decodeKeyset, encodeKeyset, isInstantText, type KeysetList, keysetPage, newestFirst, UUID } from './keyset';
import { encodeCursor } from './page-cursor';

const LIST: KeysetList = { cursorKind: 'things1', id: UUID };
const ID = '1b2c3d4e-5f60-4a7b-8c9d-0e1f2a3b4c5d';

describe('keyset instants', () => {
  it.each(['2026-11-20T02:00:00.123456Z', '0001-01-01T00:00:00.000000Z', '2028-02-29T23:59:59.999999Z'])('takes %s', (text) => {
    expect(isInstantText(text)).toBe(true);
  });

  it.each([
    ['milliseconds only', '2026-11-20T02:00:00.123Z'],
    ['an offset instead of Z', '2026-11-20T11:00:00.123456+09:00'],
    ['30 February', '2026-02-30T00:00:00.000000Z'],
    ['a 25th hour', '2026-11-20T25:00:00.000000Z'],
    ['year 0, which PostgreSQL does not have', '0000-01-01T00:00:00.000000Z'],
    ['a leap second', '2026-12-31T23:59:60.000000Z'],
  ])('refuses %s', (_what, text) => {
    expect(isInstantText(text)).toBe(false);
  });
});

describe('keyset cursors', () => {
  it('give back the row they point after', () => {
    const keyset = { at: '2026-11-20T02:00:00.123456Z', id: ID };
    expect(decodeKeyset(LIST, encodeKeyset(LIST, keyset))).toEqual(keyset);
  });

  it.each([
    ['an id of the wrong form', encodeCursor('things1', ['2026-11-20T02:00:00.123456Z', '42'])],
    ['an instant PostgreSQL would refuse', encodeCursor('things1', ['2026-02-30T00:00:00.000000Z', ID])],
    ["another list's", encodeCursor('others1', ['2026-11-20T02:00:00.123456Z', ID])],
  ])('refuse %s', (_what, cursor) => {
    expect(decodeKeyset(LIST, cursor)).toBeNull();
  });
});

describe('keysetPage', () => {
  const rows = [1, 2, 3].map((n) => ({ n, at: `2026-11-20T02:00:0${n}.000000Z`, id: ID.replace(/.$/, String(n)) }));

  it('says no page follows when the rows fit', () => {
    expect(keysetPage(rows, 3, LIST, (r) => r)).toEqual({ items: rows, nextCursor: null });
  });

  it('points the next page after the last row it keeps when one more row came back', () => {
    const page = keysetPage(rows, 2, LIST, (r) => r);
    expect(page.items).toEqual(rows.slice(0, 2));
    expect(decodeKeyset(LIST, page.nextCursor as string)).toEqual({ at: rows[1].at, id: rows[1].id });
  });

  it('gives an empty page for no rows', () => {
    expect(keysetPage([], 50, LIST, () => ({ at: '', id: '' }))).toEqual({ items: [], nextCursor: null });
  });
});

describe('newestFirst', () => {
  it('orders by the sort column then the id, both descending, and starts nowhere on the first page', () => {
    const bound: unknown[] = [];
    expect(newestFirst('o.issued_at', 'o.id', 'uuid', undefined, (v) => `$${bound.push(v)}`)).toEqual({ condition: null, orderBy: 'o.issued_at DESC, o.id DESC' });
    expect(bound).toEqual([]);
  });

  it('continues strictly after the keyset, binding both its values', () => {
    const bound: unknown[] = [];
    const { condition } = newestFirst('o.issued_at', 'o.id', 'uuid', { at: '2026-11-20T02:00:00.123456Z', id: ID }, (v) => `$${bound.push(v)}`);
    expect(condition).toBe('(o.issued_at, o.id) < (CAST($1 AS timestamptz), CAST($2 AS uuid))');
    expect(bound).toEqual(['2026-11-20T02:00:00.123456Z', ID]);
  });
});
