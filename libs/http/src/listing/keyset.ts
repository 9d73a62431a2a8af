import { type CursorPart, decodeCursor, encodeCursor } from './page-cursor';

/**
 * Keyset paging, newest first: a page continues strictly after the last row of the one before by (sort instant, id),
 * a position rows inserted meanwhile never take, so paging on returns every row once however the table grows — and
 * costs one index range scan however deep it goes, where OFFSET would re-read every row before the page.
 */
export interface Keyset {
  /** The row's sort instant to the microsecond, as PostgreSQL keeps it (a JavaScript Date would drop the last three digits). */
  at: string;
  id: string;
}

export interface ListPage<T> {
  items: T[];
  nextCursor: string | null;
}

export const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const INSTANT = /^(\d{4})-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{6}Z$/;

/**
 * An instant as `instantText` writes it, and one PostgreSQL reads: the calendar must hold it (no 30 February), and year
 * 0 does not exist there. A cursor is the client's to send back, so anything else is refused here, never in SQL.
 */
export function isInstantText(text: string): boolean {
  const match = INSTANT.exec(text);
  if (!match || match[1] === '0000') return false;
  const millis = text.slice(0, 23);
  const date = new Date(`${millis}Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 23) === millis;
}

/** SQL giving a timestamptz column as keyset text: UTC, microseconds, the form `isInstantText` accepts. */
export const instantText = (column: string): string => `to_char(${column} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`;

/** How one list pages: its cursor's name and the form of its ids. */
export interface KeysetList {
  cursorKind: string;
  id: CursorPart;
}

export function encodeKeyset(list: KeysetList, keyset: Keyset): string {
  return encodeCursor(list.cursorKind, [keyset.at, keyset.id]);
}

/** Where a cursor of `list` points; null when it is not one this API made for that list. */
export function decodeKeyset(list: KeysetList, cursor: string): Keyset | null {
  const parts = decodeCursor(list.cursorKind, cursor, [isInstantText, list.id]);
  return parts && { at: parts[0], id: parts[1] };
}

/**
 * The page out of rows fetched one beyond `limit`: that extra row only says another page follows, so the last page
 * says so itself (nextCursor null) rather than leaving the client to fetch an empty one.
 */
export function keysetPage<T>(rows: readonly T[], limit: number, list: KeysetList, keysetOf: (row: T) => Keyset): ListPage<T> {
  const items = rows.slice(0, limit);
  const last = items.at(-1);
  return { items, nextCursor: rows.length > limit && last !== undefined ? encodeKeyset(list, keysetOf(last)) : null };
}

/**
 * The SQL of a page, newest first by (`sort`, `id`): the keyset condition continuing after `after` and the order it
 * pages in. `param` binds a value and gives its placeholder, in whichever style the caller's query uses.
 */
export function newestFirst(sort: string, id: string, idType: 'uuid' | 'bigint', after: Keyset | undefined, param: (value: unknown) => string): { condition: string | null; orderBy: string } {
  const condition = after ? `(${sort}, ${id}) < (CAST(${param(after.at)} AS timestamptz), CAST(${param(after.id)} AS ${idType}))` : null;
  return { condition, orderBy: `${sort} DESC, ${id} DESC` };
}
