import { decodeCursor, encodeCursor, isInstantText } from '@hub/http';

/**
 * A place in the order entries were recorded: (the transaction that wrote the entry, its id). Transaction ids, unlike
 * entry ids, let a reader know when nothing more can appear before a place (migration 1500 says why).
 */
export interface RecordedPosition {
  xid: string;
  id: string;
}

/** A place in the order things happened: (occurred_at to the microsecond, id). */
export interface OccurredPosition {
  at: string;
  id: string;
}

export type TimelineCursor = { order: 'occurred'; after: OccurredPosition; watermark: RecordedPosition } | { order: 'recorded'; after: RecordedPosition };

// Both stay far below what xid8 and bigint hold, so a forged value never reaches PostgreSQL out of range.
const XID = /^(?:0|[1-9][0-9]{0,17})$/;
const ENTRY_ID = /^(?:0|[1-9][0-9]{0,17})$/;
const OCCURRED = 'tl1o';
const RECORDED = 'tl1a';

export function encodeAfter(position: RecordedPosition): string {
  return encodeCursor(RECORDED, [position.xid, position.id]);
}

/**
 * The next page in the order things happened. It carries the first page's watermark, so every page of one reading
 * gives the same nextAfter: an entry recorded while the pages were read, at a place already passed, comes after it.
 */
export function encodeOccurredCursor(after: OccurredPosition, watermark: RecordedPosition): string {
  return encodeCursor(OCCURRED, [after.at, after.id, watermark.xid, watermark.id]);
}

/** Where an `after` points; null when it is not a nextAfter (or a recorded-order nextCursor) this API made. */
export function decodeAfter(after: string): RecordedPosition | null {
  const parts = decodeCursor(RECORDED, after, [XID, ENTRY_ID]);
  return parts && { xid: parts[0], id: parts[1] };
}

export function decodeTimelineCursor(cursor: string): TimelineCursor | null {
  const recorded = decodeAfter(cursor);
  if (recorded) return { order: 'recorded', after: recorded };
  const parts = decodeCursor(OCCURRED, cursor, [isInstantText, ENTRY_ID, XID, ENTRY_ID]);
  return parts && { order: 'occurred', after: { at: parts[0], id: parts[1] }, watermark: { xid: parts[2], id: parts[3] } };
}

/** The later of two places: a reader's place only ever moves forward. */
export function laterOf(a: RecordedPosition, b: RecordedPosition): RecordedPosition {
  const [ax, bx] = [BigInt(a.xid), BigInt(b.xid)];
  if (ax !== bx) return ax > bx ? a : b;
  return BigInt(a.id) >= BigInt(b.id) ? a : b;
}
