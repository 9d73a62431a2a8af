/**
 * Page cursors, opaque to clients (base64url) so how a list pages can change without breaking them. Each names the
 * list that made it, so one list's cursor is refused by another instead of being read as a position in it.
 */
export type CursorPart = RegExp | ((part: string) => boolean);

const BASE64URL = /^[A-Za-z0-9_-]{1,400}$/;

export function encodeCursor(kind: string, parts: readonly string[]): string {
  return Buffer.from(`${kind}:${parts.join('|')}`, 'utf8').toString('base64url');
}

/** The parts of a cursor `kind` made, each as its check wants it; null when it is not such a cursor (never throws). */
export function decodeCursor(kind: string, cursor: string, checks: readonly CursorPart[]): string[] | null {
  if (!BASE64URL.test(cursor)) return null;
  const text = Buffer.from(cursor, 'base64url').toString('utf8');
  if (!text.startsWith(`${kind}:`)) return null;
  const parts = text.slice(kind.length + 1).split('|');
  const fits = (part: string, check: CursorPart) => (check instanceof RegExp ? check.test(part) : check(part));
  return parts.length === checks.length && parts.every((part, i) => fits(part, checks[i])) ? parts : null;
}
