/**
 * Calendar dates as ISO-8601 `YYYY-MM-DD` strings (JST calendar days, as the contracts exchange them).
 * Pure arithmetic, no `Date`: a policy's answer must not depend on the host clock or time zone.
 * Two valid ISO dates compare correctly as strings, which the settlement relies on.
 */
export type IsoDate = string;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** A real calendar date in `YYYY-MM-DD` form (rejects 2026-02-30, 2026-4-1, timestamps). */
export function isIsoDate(value: unknown): value is IsoDate {
  if (typeof value !== 'string') return false;
  const match = ISO_DATE.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

/**
 * The same calendar date `years` later; 29 Feb rolls back to 28 Feb in a common year, as policy
 * anniversaries do. The caller passes a valid ISO date.
 */
export function addYears(isoDate: IsoDate, years: number): IsoDate {
  const [year, month, day] = isoDate.split('-').map(Number);
  const targetYear = year + years;
  const targetDay = Math.min(day, daysInMonth(targetYear, month));
  return `${String(targetYear).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(targetDay).padStart(2, '0')}`;
}
