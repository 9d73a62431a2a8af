/**
 * Dates as Zengin files write them. Statements use 和暦 YYMMDD with no era marker (research §4), so the era is
 * inferred; the transfer header has only MMDD. Dates in the codec's API are ISO 'YYYY-MM-DD' strings (JST dates,
 * no time zone arithmetic, no Date objects), validated as real calendar dates.
 */
import { ZenginFormatError } from './errors';

/** How a bank writes YYMMDD: 和暦 (the published default) or the AD year's last two digits, if a portal offers it. */
export type DateMode = 'wareki' | 'seireki';

const REIWA_START = '2019-05-01';
const HEISEI_START = '1989-01-08';
const HEISEI_END = '2019-04-30';
const DEFAULT_FIELD = '日付 (date)';

interface CalendarDate {
  year: number;
  month: number;
  day: number;
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

function isRealDate({ year, month, day }: CalendarDate): boolean {
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

const two = (value: number) => String(value).padStart(2, '0');
const iso = ({ year, month, day }: CalendarDate) => `${String(year).padStart(4, '0')}-${two(month)}-${two(day)}`;

/** 'YYYY-MM-DD' → its parts, refusing anything that is not a real date (no 02-30, no 2026-2-3). */
export function parseIsoDate(date: string, field = DEFAULT_FIELD): CalendarDate {
  const match = /^([0-9]{4})-([0-9]{2})-([0-9]{2})$/.exec(date);
  const parts = match && { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) };
  if (!parts || !isRealDate(parts)) throw new ZenginFormatError(undefined, field, `must be a real date YYYY-MM-DD, got ${JSON.stringify(date)}`);
  return parts;
}

function parseYYMMDD(yymmdd: string, field: string): CalendarDate {
  if (!/^[0-9]{6}$/.test(yymmdd)) throw new ZenginFormatError(undefined, field, `must be 6 digits YYMMDD, got ${JSON.stringify(yymmdd)}`);
  return { year: Number(yymmdd.slice(0, 2)), month: Number(yymmdd.slice(2, 4)), day: Number(yymmdd.slice(4, 6)) };
}

/** 2026-11-27 → '081127' (令和8年); 2019-04-30 → '310430' (平成31年). Dates before 平成 cannot be written. */
export function toWarekiYYMMDD(date: string, field = DEFAULT_FIELD): string {
  const { year, month, day } = parseIsoDate(date, field);
  if (date < HEISEI_START) throw new ZenginFormatError(undefined, field, `${date} is before 平成 (${HEISEI_START}); a Zengin date cannot hold it`);
  const eraYear = date >= REIWA_START ? year - 2018 : year - 1988;
  return `${two(eraYear)}${two(month)}${two(day)}`;
}

/** The same day one year on, as text for comparison ('2024-02-29' → '2025-02-29', which still compares correctly). */
function oneYearAfter(today: string, field: string): string {
  const { year, month, day } = parseIsoDate(today, field);
  return iso({ year: year + 1, month, day });
}

/**
 * '081127' → '2026-11-27'. The era is inferred: 令和 when the date is a real 令和 date no later than one year
 * after `today` (a JST date), otherwise 平成 when it is a real 平成 date, otherwise an error.
 */
export function fromWarekiYYMMDD(yymmdd: string, today: string, field = DEFAULT_FIELD): string {
  const parts = parseYYMMDD(yymmdd, field);
  const latest = oneYearAfter(today, 'today');
  const reiwa = { ...parts, year: parts.year + 2018 };
  if (parts.year >= 1 && isRealDate(reiwa) && iso(reiwa) >= REIWA_START && iso(reiwa) <= latest) return iso(reiwa);
  const heisei = { ...parts, year: parts.year + 1988 };
  if (parts.year >= 1 && isRealDate(heisei) && iso(heisei) >= HEISEI_START && iso(heisei) <= HEISEI_END) return iso(heisei);
  const reason = `${JSON.stringify(yymmdd)} is neither a 令和 date up to ${latest} nor a 平成 date (${HEISEI_START} to ${HEISEI_END})`;
  throw new ZenginFormatError(undefined, field, reason);
}

/** 2026-11-27 → '261127', for banks that write the AD year. */
export function toSeirekiYYMMDD(date: string, field = DEFAULT_FIELD): string {
  const { year, month, day } = parseIsoDate(date, field);
  if (year < 1950 || year > 2049) throw new ZenginFormatError(undefined, field, `${date} is outside 1950–2049, which YY can name`);
  return `${two(year % 100)}${two(month)}${two(day)}`;
}

/** '261127' → '2026-11-27': 20YY unless that is more than a year after `today`, then 19YY. */
export function fromSeirekiYYMMDD(yymmdd: string, today: string, field = DEFAULT_FIELD): string {
  const parts = parseYYMMDD(yymmdd, field);
  const latest = oneYearAfter(today, 'today');
  const thisCentury = { ...parts, year: 2000 + parts.year };
  const candidate = iso(thisCentury) <= latest ? thisCentury : { ...parts, year: 1900 + parts.year };
  if (!isRealDate(candidate)) throw new ZenginFormatError(undefined, field, `${JSON.stringify(yymmdd)} is not a real date`);
  return iso(candidate);
}

export function toYYMMDD(date: string, mode: DateMode, field?: string): string {
  return mode === 'wareki' ? toWarekiYYMMDD(date, field) : toSeirekiYYMMDD(date, field);
}

export function fromYYMMDD(yymmdd: string, mode: DateMode, today: string, field?: string): string {
  return mode === 'wareki' ? fromWarekiYYMMDD(yymmdd, today, field) : fromSeirekiYYMMDD(yymmdd, today, field);
}

/** 2026-11-27 → '1127', the 総合振込 振込指定日 (the year is implied). */
export function toMMDD(date: string, field = DEFAULT_FIELD): string {
  const { month, day } = parseIsoDate(date, field);
  return `${two(month)}${two(day)}`;
}

/** Checks an MMDD that some year has (0229 included). */
export function checkMMDD(mmdd: string, field = DEFAULT_FIELD): string {
  const parts = /^[0-9]{4}$/.test(mmdd) ? { year: 2000, month: Number(mmdd.slice(0, 2)), day: Number(mmdd.slice(2)) } : undefined;
  if (!parts || !isRealDate(parts)) throw new ZenginFormatError(undefined, field, `must be a real month and day MMDD, got ${JSON.stringify(mmdd)}`);
  return mmdd;
}

/** The first date on or after `today` that falls on `mmdd` ('0229' waits for a leap year). */
export function nextOccurrence(mmdd: string, today: string, field = DEFAULT_FIELD): string {
  checkMMDD(mmdd, field);
  const start = parseIsoDate(today, 'today');
  for (let year = start.year; year <= start.year + 8; year += 1) {
    const candidate = { year, month: Number(mmdd.slice(0, 2)), day: Number(mmdd.slice(2)) };
    if (isRealDate(candidate) && iso(candidate) >= today) return iso(candidate);
  }
  throw new ZenginFormatError(undefined, field, `${mmdd} has no occurrence after ${today}`);
}
