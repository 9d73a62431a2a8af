import { decodeCursor, encodeCursor } from './page-cursor';

describe('page cursors', () => {
  const digits = /^[0-9]+$/;

  it('give back the parts they were made from, to the list that made them', () => {
    const cursor = encodeCursor('things1', ['2026-11-20T02:00:00.123456Z', '42']);
    expect(cursor).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(decodeCursor('things1', cursor, [/^2026-/, digits])).toEqual(['2026-11-20T02:00:00.123456Z', '42']);
  });

  it.each([
    ['not base64url', 'ab+/=='],
    ['empty', ''],
    ['base64url of something else', Buffer.from('hello').toString('base64url')],
    ["another list's cursor", encodeCursor('others1', ['1', '2'])],
    ['too few parts', encodeCursor('things1', ['1'])],
    ['too many parts', encodeCursor('things1', ['1', '2', '3'])],
    ['a part its check refuses', encodeCursor('things1', ['1', 'x'])],
    ['far too long', 'A'.repeat(401)],
  ])('refuse %s', (_what, cursor) => {
    expect(decodeCursor('things1', cursor, [digits, digits])).toBeNull();
  });

  it('take a check that is a function', () => {
    const even = (part: string) => Number(part) % 2 === 0;
    expect(decodeCursor('n1', encodeCursor('n1', ['4']), [even])).toEqual(['4']);
    expect(decodeCursor('n1', encodeCursor('n1', ['5']), [even])).toBeNull();
  });
});
