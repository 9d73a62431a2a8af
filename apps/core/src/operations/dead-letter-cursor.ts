import { decodeCursor as decodeParts, encodeCursor as encodeParts, UUID } from '@hub/http';

/**
 * Page cursors of GET /dead-letters: the last dead letter of a page, opaque to clients so the paging can change
 * without breaking them. Paging continues after that letter's (failed_at, id), a position new letters never take.
 */
const KIND = 'dl1';

export function encodeCursor(deadLetterId: string): string {
  return encodeParts(KIND, [deadLetterId]);
}

/** The dead letter id a cursor points after, or null when it is not a cursor this API made. */
export function decodeCursor(cursor: string): string | null {
  return decodeParts(KIND, cursor, [UUID])?.[0] ?? null;
}
