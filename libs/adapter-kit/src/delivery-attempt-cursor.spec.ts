import { decodeAttemptCursor, encodeAttemptCursor, isInstantText } from './delivery-attempt-cursor';

const cursorOf = (text: string) => Buffer.from(text, 'utf8').toString('base64url');

describe('delivery attempt cursors', () => {
  it('give back the attempt they point after, and are opaque base64url', () => {
    const keyset = { startedAt: '2026-11-27T01:00:00.123456Z', id: '4182' };
    const cursor = encodeAttemptCursor(keyset);
    expect(cursor).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(decodeAttemptCursor(cursor)).toEqual(keyset);
  });

  it('take the largest id PostgreSQL keeps', () => {
    const keyset = { startedAt: '2026-11-27T01:00:00.000000Z', id: '9223372036854775807' };
    expect(decodeAttemptCursor(encodeAttemptCursor(keyset))).toEqual(keyset);
  });

  it.each([
    ['not base64url', 'ab+/=='],
    ['empty', ''],
    ['far too long', 'A'.repeat(201)],
    ['base64url of something else', cursorOf('hello')],
    ["another list's cursor", cursorOf('cases1:2026-11-27T01:00:00.123456Z|7d9f6a1e-4b2c-4f3d-8e5a-0c1b2d3e4f50')],
    ['an id that is not a whole number', cursorOf('deliveryAttempts1:2026-11-27T01:00:00.123456Z|4182.5')],
    ['an id of 0', cursorOf('deliveryAttempts1:2026-11-27T01:00:00.123456Z|0')],
    ['an id beyond bigint, which SQL would fail on', cursorOf('deliveryAttempts1:2026-11-27T01:00:00.123456Z|9223372036854775808')],
    ['an instant PostgreSQL would refuse', cursorOf('deliveryAttempts1:2026-02-30T00:00:00.000000Z|4182')],
    ['too many parts', cursorOf('deliveryAttempts1:2026-11-27T01:00:00.123456Z|4182|1')],
    ['too few parts', cursorOf('deliveryAttempts1:2026-11-27T01:00:00.123456Z')],
  ])('refuse %s', (_what, cursor) => {
    expect(decodeAttemptCursor(cursor)).toBeNull();
  });
});

describe('cursor instants', () => {
  it.each(['2026-11-27T01:00:00.123456Z', '0001-01-01T00:00:00.000000Z', '2028-02-29T23:59:59.999999Z'])('take %s', (text) => {
    expect(isInstantText(text)).toBe(true);
  });

  it.each([
    ['milliseconds only', '2026-11-27T01:00:00.123Z'],
    ['an offset instead of Z', '2026-11-27T10:00:00.123456+09:00'],
    ['30 February', '2026-02-30T00:00:00.000000Z'],
    ['a 25th hour', '2026-11-27T25:00:00.000000Z'],
    ['year 0, which PostgreSQL does not have', '0000-01-01T00:00:00.000000Z'],
    ['a leap second', '2026-12-31T23:59:60.000000Z'],
  ])('refuse %s', (_what, text) => {
    expect(isInstantText(text)).toBe(false);
  });
});
