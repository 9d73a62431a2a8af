/**
 * Where a page of GET /deliveries ends, as a cursor opaque to clients (base64url), so how the list pages can change
 * without breaking them. It names the list that made it: anything else is refused, never read as a position.
 *
 * Core pages its lists the same way (apps/core/src/listing); a library may not import an app, so the adapter kit keeps
 * this small equivalent rather than a second copy of core's general listing helpers.
 */
export interface AttemptKeyset {
  /** The attempt's startedAt to the microsecond, as PostgreSQL keeps it (a JavaScript Date would drop the last three digits). */
  startedAt: string;
  /** The attempt's id (bigserial), as text. */
  id: string;
}

const CURSOR_KIND = 'deliveryAttempts1';
const BASE64URL = /^[A-Za-z0-9_-]{1,200}$/;
const INSTANT = /^(\d{4})-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{6}Z$/;
const ID = /^[1-9][0-9]{0,18}$/;
/** PostgreSQL's bigint: a larger id would fail in SQL with a 500 instead of being refused here. */
const MAX_BIGINT = 2n ** 63n - 1n;

/** SQL giving a timestamptz column as a cursor's instant: UTC, microseconds, the form `isInstantText` accepts. */
export const instantText = (column: string): string => `to_char(${column} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`;

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

const isAttemptId = (text: string): boolean => ID.test(text) && BigInt(text) <= MAX_BIGINT;

export function encodeAttemptCursor(keyset: AttemptKeyset): string {
  return Buffer.from(`${CURSOR_KIND}:${keyset.startedAt}|${keyset.id}`, 'utf8').toString('base64url');
}

/** Where a cursor points; null when it is not one GET /deliveries made (never throws). */
export function decodeAttemptCursor(cursor: string): AttemptKeyset | null {
  if (!BASE64URL.test(cursor)) return null;
  const text = Buffer.from(cursor, 'base64url').toString('utf8');
  if (!text.startsWith(`${CURSOR_KIND}:`)) return null;
  const parts = text.slice(CURSOR_KIND.length + 1).split('|');
  if (parts.length !== 2) return null;
  const [startedAt, id] = parts as [string, string];
  return isInstantText(startedAt) && isAttemptId(id) ? { startedAt, id } : null;
}
