/**
 * Integer-yen arithmetic. Money never passes through floating point as a fraction: every amount is a safe
 * integer, every product and sum is checked to be safe, and every division is an integer division with an
 * explicit rounding.
 *
 * Why the checks are sound: a float product (or sum) of two integers is exact whenever the true result is a
 * safe integer (|x| ≤ 2^53 − 1), and a true result beyond that always rounds to an unsafe value, so
 * `Number.isSafeInteger(a * b)` is true exactly when `a * b` was computed exactly.
 */

/** How a fraction of a yen is resolved: 切り捨て (floor), 四捨五入 (round half up), 切り上げ (ceil). */
export type RoundingMode = 'floor' | 'round' | 'ceil';

export const ROUNDING_MODES: readonly RoundingMode[] = ['floor', 'round', 'ceil'];

/** The names a Japanese invoice uses for each mode, for reasons a partner's accountant recognises. */
export const ROUNDING_LABELS: Readonly<Record<RoundingMode, string>> = { floor: '切り捨て', round: '四捨五入', ceil: '切り上げ' };

export function isRoundingMode(value: unknown): value is RoundingMode {
  return typeof value === 'string' && (ROUNDING_MODES as readonly string[]).includes(value);
}

/** An amount beyond exact integer arithmetic (over ¥9,007,199,254,740,991): refused, never approximated. */
export class YenOverflowError extends RangeError {
  override readonly name = 'YenOverflowError';
}

/** A whole, non-negative number of yen that JS can hold exactly. */
export function isYen(value: unknown): value is number {
  return typeof value === 'number' && Number.isSafeInteger(value) && value >= 0;
}

export function addYen(a: number, b: number): number {
  return checked(a + b, () => `${a} + ${b}`);
}

export function multiplyExact(a: number, b: number): number {
  return checked(a * b, () => `${a} × ${b}`);
}

function checked(result: number, expression: () => string): number {
  if (!Number.isSafeInteger(result)) throw new YenOverflowError(`${expression()} is beyond exact integer arithmetic`);
  return result;
}

/**
 * `numerator / denominator` for non-negative safe integers, rounded once by `mode`. `Math.floor(n / d)` is not
 * used: a float quotient near an integer can round across it. `n % d` is exact for integers, and `(n − r) / d`
 * is an exact integer quotient, so no step here is ever inexact.
 */
export function divideRounded(numerator: number, denominator: number, mode: RoundingMode): number {
  if (!isYen(numerator)) throw new RangeError(`numerator must be a non-negative safe integer (got ${numerator})`);
  if (!Number.isSafeInteger(denominator) || denominator <= 0) {
    throw new RangeError(`denominator must be a positive safe integer (got ${denominator})`);
  }
  const remainder = numerator % denominator;
  const quotient = (numerator - remainder) / denominator;
  if (remainder === 0 || mode === 'floor') return quotient;
  if (mode === 'ceil') return quotient + 1;
  // 四捨五入: a half or more rounds up. `remainder >= denominator - remainder` is 2r ≥ d without overflow.
  return remainder >= denominator - remainder ? quotient + 1 : quotient;
}

/** `30001` → `30,001` (grouping by hand, so the text does not depend on the runtime's locale data). */
export function groupDigits(value: number): string {
  return String(value).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

/** `30001` → `¥30,001`. */
export function formatYen(value: number): string {
  return `¥${groupDigits(value)}`;
}

/**
 * An exact quotient `numerator / denominator` (denominator a power of ten) as decimal text without
 * trailing zeros: (3000150, 100) → `30,001.5`. Used to show the unrounded tax in a reason.
 */
export function formatExactQuotient(numerator: number, denominator: number): string {
  const remainder = numerator % denominator;
  const whole = groupDigits((numerator - remainder) / denominator);
  if (remainder === 0) return whole;
  const places = String(denominator).length - 1;
  return `${whole}.${String(remainder).padStart(places, '0').replace(/0+$/, '')}`;
}

/**
 * `divideRounded` in BigInt, for products that can pass 2^53 (an amount × a tax rate on a very large
 * invoice, where the quotient still fits a safe integer). Same three modes, same half-up rule.
 */
export function divideRoundedBig(numerator: bigint, denominator: bigint, mode: RoundingMode): bigint {
  if (numerator < 0n || denominator <= 0n) throw new RangeError(`divideRoundedBig needs n ≥ 0 and d > 0 (got ${numerator} / ${denominator})`);
  const remainder = numerator % denominator;
  const quotient = numerator / denominator;
  if (remainder === 0n || mode === 'floor') return quotient;
  if (mode === 'ceil') return quotient + 1n;
  return remainder >= denominator - remainder ? quotient + 1n : quotient;
}

/**
 * `numerator / denominator` as text for a reason, to two decimal places, with `…` when it goes on:
 * (67040, 100) → `670.4`, (1105 × 10, 110) → `100.45…`, (1100 × 10, 110) → `100`. Unrounded on purpose: it
 * shows the partner the value before the one rounding the invoice applies.
 */
export function formatQuotient(numerator: bigint, denominator: bigint): string {
  const whole = numerator / denominator;
  const hundredths = ((numerator % denominator) * 100n) / denominator;
  const rest = ((numerator % denominator) * 100n) % denominator;
  const wholeText = whole.toString().replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  const decimals = `.${hundredths.toString().padStart(2, '0')}`;
  if (rest !== 0n) return `${wholeText}${decimals}…`;
  return `${wholeText}${decimals.replace(/\.?0+$/, '')}`;
}
