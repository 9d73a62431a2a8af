import { encodeCursor } from '@hub/http';
import { decodeAfter, decodeTimelineCursor, encodeAfter, encodeOccurredCursor, laterOf } from './timeline-cursor';

describe('timeline cursors', () => {
  const watermark = { xid: '812', id: '0' };

  it('carry the page place and the first page’s watermark in the order things happened', () => {
    const cursor = encodeOccurredCursor({ at: '2026-11-20T02:00:00.123456Z', id: '41' }, watermark);
    expect(decodeTimelineCursor(cursor)).toEqual({ order: 'occurred', after: { at: '2026-11-20T02:00:00.123456Z', id: '41' }, watermark });
    // Only a nextAfter is an after.
    expect(decodeAfter(cursor)).toBeNull();
  });

  it('give back a place in the order entries were recorded, as an after and as a cursor alike', () => {
    const after = encodeAfter({ xid: '900', id: '57' });
    expect(decodeAfter(after)).toEqual({ xid: '900', id: '57' });
    expect(decodeTimelineCursor(after)).toEqual({ order: 'recorded', after: { xid: '900', id: '57' } });
  });

  it.each([
    ['not a cursor at all', 'bm9wZQ'],
    ['an xid beyond what PostgreSQL holds', encodeCursor('tl1a', ['9'.repeat(20), '1'])],
    ['a negative id', encodeCursor('tl1a', ['5', '-1'])],
    ['a leading zero', encodeCursor('tl1a', ['05', '1'])],
    ['an instant PostgreSQL would refuse', encodeCursor('tl1o', ['2026-02-30T00:00:00.000000Z', '1', '5', '0'])],
    ["a list's cursor", encodeCursor('cases1', ['2026-11-20T02:00:00.123456Z', '1b2c3d4e-5f60-4a7b-8c9d-0e1f2a3b4c5d'])],
  ])('refuse %s', (_what, cursor) => {
    expect(decodeTimelineCursor(cursor)).toBeNull();
    expect(decodeAfter(cursor)).toBeNull();
  });
});

describe('laterOf', () => {
  it('compares the transaction first, then the entry, as numbers rather than text', () => {
    expect(laterOf({ xid: '9', id: '500' }, { xid: '10', id: '0' })).toEqual({ xid: '10', id: '0' });
    expect(laterOf({ xid: '10', id: '9' }, { xid: '10', id: '10' })).toEqual({ xid: '10', id: '10' });
    expect(laterOf({ xid: '11', id: '0' }, { xid: '10', id: '99' })).toEqual({ xid: '11', id: '0' });
  });
});
