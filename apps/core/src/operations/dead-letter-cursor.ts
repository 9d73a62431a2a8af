/**
 * Page cursors of GET /dead-letters: the last dead letter of a page, opaque to clients so the paging can change
 * without breaking them. Paging continues after that letter's (failed_at, id), a position new letters never take.
 */
const PREFIX = 'dl1:';
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

export function encodeCursor(deadLetterId: string): string {
  return Buffer.from(`${PREFIX}${deadLetterId}`, 'utf8').toString('base64url');
}

/** The dead letter id a cursor points after, or null when it is not a cursor this API made. */
export function decodeCursor(cursor: string): string | null {
  if (!/^[A-Za-z0-9_-]+$/.test(cursor)) return null;
  const text = Buffer.from(cursor, 'base64url').toString('utf8');
  const id = text.startsWith(PREFIX) ? text.slice(PREFIX.length) : '';
  return UUID.test(id) ? id : null;
}
