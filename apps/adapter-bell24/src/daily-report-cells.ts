/** One cell read, or why it cannot be. */
export type CellRead<T> = { ok: true; value: T } | { ok: false; reason: string };

/** The charset parameter of a Content-Type, lower-cased and unquoted; undefined when there is none. */
export function mediaTypeCharset(contentType: string): string | undefined {
  const match = /;\s*charset\s*=\s*"?([^";\s]+)"?/i.exec(contentType);
  return match ? match[1].toLowerCase() : undefined;
}

/**
 * A count as Excel users type it: half- or full-width digits (１２０), with or without thousands separators (1,200).
 * Figures are compared and summed, so anything else is refused rather than guessed at.
 */
export function readCount(cell: string, unit: string, max: number): CellRead<number> {
  const text = cell.normalize('NFKC').trim();
  if (text === '') return { ok: false, reason: 'is required' };
  if (!/^(\d+|\d{1,3}(,\d{3})+)$/.test(text)) return { ok: false, reason: `must be a whole number of ${unit}, 0 or more (not ${JSON.stringify(cell)})` };
  const value = Number(text.replace(/,/g, ''));
  if (value > max) return { ok: false, reason: `must be at most ${max.toLocaleString('en')} ${unit} (not ${value})` };
  return { ok: true, value };
}

/**
 * 受付日 as Bell24's reporting tool and Excel write it (2026/11/24, 2026/1/5, 2026-11-24, full-width digits too), as an
 * ISO date; a day that does not exist, or one after `today`, is refused.
 */
export function readReportDate(cell: string, today: string): CellRead<string> {
  const text = cell.normalize('NFKC').trim();
  const match = /^(\d{4})[/-](\d{1,2})[/-](\d{1,2})$/.exec(text);
  if (!match) return { ok: false, reason: `must be a date written YYYY/MM/DD (not ${JSON.stringify(cell)})` };
  const [year, month, day] = match.slice(1).map(Number);
  const iso = `${match[1]}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  const parsed = new Date(`${iso}T00:00:00Z`);
  if (Number.isNaN(parsed.getTime()) || parsed.getUTCFullYear() !== year || parsed.getUTCMonth() + 1 !== month || parsed.getUTCDate() !== day) {
    return { ok: false, reason: `is not a day of the calendar (${text})` };
  }
  if (iso > today) return { ok: false, reason: `must not be after today (${today}, JST): a report is of a day that has begun` };
  return { ok: true, value: iso };
}

/** The calendar date in Japan at `at` (YYYY-MM-DD). */
export function tokyoDate(at: Date): string {
  return new Date(at.getTime() + 9 * 3600_000).toISOString().slice(0, 10);
}
