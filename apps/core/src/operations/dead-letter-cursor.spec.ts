import { decodeCursor, encodeCursor } from './dead-letter-cursor';

describe('dead letter cursors', () => {
  it('gives back the id it was made from', () => {
    const id = '1b2c3d4e-5f60-4a7b-8c9d-0e1f2a3b4c5d';
    expect(decodeCursor(encodeCursor(id))).toBe(id);
  });

  it.each([
    ['not base64url', 'ab+/=='],
    ['base64url of something else', Buffer.from('hello').toString('base64url')],
    ['the right prefix and no UUID', Buffer.from('dl1:42').toString('base64url')],
    ['a bare UUID', '1b2c3d4e-5f60-4a7b-8c9d-0e1f2a3b4c5d'],
  ])('refuses %s', (_what, cursor) => {
    expect(decodeCursor(cursor)).toBeNull();
  });
});
