/**
 * Business dates are days in Japan (JST, UTC+9, no daylight saving): the insurer's books, the bank's value dates and the
 * partners' months are all Japanese days, whatever the server's time zone.
 */
const JST_OFFSET_MS = 9 * 60 * 60 * 1000;
const DAY_MS = 24 * 60 * 60 * 1000;
const DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A real calendar day written YYYY-MM-DD (no 2026-02-30). */
export function isBusinessDate(text: string): boolean {
  const match = DATE_PATTERN.exec(text);
  if (!match) return false;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return date.toISOString().slice(0, 10) === text;
}

/** The Japanese day an instant falls on. */
export function japanDateOf(instant: Date): string {
  return new Date(instant.getTime() + JST_OFFSET_MS).toISOString().slice(0, 10);
}

export function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}

/** Midnight in Japan at the end of the day: what was late by then is late on that day. */
export function endOfJapanDay(date: string): Date {
  return new Date(Date.parse(`${addDays(date, 1)}T00:00:00Z`) - JST_OFFSET_MS);
}

/** The first day of the date's month. */
export function monthOf(date: string): string {
  return `${date.slice(0, 7)}-01`;
}
