/**
 * Money in this library is integer yen held in a JS number. Every amount entering the library is checked
 * with `Number.isSafeInteger` so that sums and differences stay exact; nothing here ever multiplies money
 * by a fraction (the only division, the サイバーLite default sublimit, is `Math.floor(x / 10)`).
 */
export type Yen = number;

/** A non-negative, exactly representable yen amount. */
export function isYen(value: unknown): value is Yen {
  return typeof value === 'number' && Number.isSafeInteger(value) && value >= 0;
}

/** A positive yen amount: limits must leave something to pay. */
export function isPositiveYen(value: unknown): value is Yen {
  return isYen(value) && value > 0;
}

/** What is left of a limit; a counter already at or past it leaves nothing (never a negative remainder). */
export function remaining(limitYen: Yen, usedYen: Yen): Yen {
  return Math.max(0, limitYen - usedYen);
}

/** The yen format people read in reasons (¥30,000,000), independent of the host's locale. */
export function formatYen(yen: Yen): string {
  return `¥${String(yen).replace(/\B(?=(\d{3})+(?!\d))/g, ',')}`;
}
