import { addDays, endOfJapanDay, monthOf } from '../jobs/business-date';

const MONTH_PATTERN = /^[0-9]{4}-(0[1-9]|1[0-2])$/;

/** A partner's month in Japan: its first day, its name (YYYY-MM), and the JST midnights that bound it. */
export interface JapanMonth {
  /** YYYY-MM-01, as partner_month_statements keys it. */
  firstDay: string;
  /** YYYY-MM, as the API and the CSV name it. */
  label: string;
  /** JST midnight at the start of its first day (inclusive). */
  from: Date;
  /** JST midnight at the start of the next month (exclusive). */
  to: Date;
}

/** The month of a business date (YYYY-MM-DD, Japan). */
export function japanMonthOf(date: string): JapanMonth {
  const firstDay = monthOf(date);
  // The first day plus 31 days always falls in the next month (months have 28 to 31 days).
  const nextFirstDay = monthOf(addDays(firstDay, 31));
  return { firstDay, label: firstDay.slice(0, 7), from: endOfJapanDay(addDays(firstDay, -1)), to: endOfJapanDay(addDays(nextFirstDay, -1)) };
}

/** The month named YYYY-MM, or undefined when the text is not one (2026-13, 2026-1, 2026-11-01). */
export function parseMonth(text: string): JapanMonth | undefined {
  return MONTH_PATTERN.test(text) ? japanMonthOf(`${text}-01`) : undefined;
}
