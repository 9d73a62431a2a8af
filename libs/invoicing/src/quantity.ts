import { formatExactQuotient, formatYen, groupDigits, isYen } from './yen';

/**
 * Quantities. Partners bill hours in fractions (1.5 h, 0.25 h), so a quantity may have up to three decimal
 * places. It is held as an integer number of thousandths (1.5 → 1500), converted from the number's own
 * decimal text — `String(1.5)` is the shortest text that reads back as the same number, i.e. what the JSON
 * said — never by multiplying a float by 1000 (0.1 × 1000 is fine, but 1.005 × 1000 is 1004.9999999999999).
 *
 * A line's amount, quantity × unit price, must come out in whole yen. 1.5 × ¥33,333 = ¥49,999.5 would need
 * a rounding of its own that the invoice does not state (and a second rounding is what the qualified-invoice
 * rule is there to avoid), so such a line is refused with that arithmetic in the reason, never guessed.
 */
export const QUANTITY_SCALE = 1000;

export type QuantityResult = { ok: true; milli: number } | { ok: false; reason: string };
export type LineNetResult = { ok: true; yen: number } | { ok: false; reason: string };

const QUANTITY_TEXT = /^(\d+)(?:\.(\d{1,3}))?$/;

/** Reads a quantity (a JSON number such as 2 or 1.5) into thousandths. */
export function parseQuantity(value: unknown): QuantityResult {
  if (typeof value !== 'number' || !Number.isFinite(value) || value <= 0) {
    return { ok: false, reason: 'must be a number greater than 0 (e.g. 2, or 1.5 for hours)' };
  }
  const match = QUANTITY_TEXT.exec(String(value));
  if (!match) return { ok: false, reason: `must have at most 3 decimal places (got ${String(value)})` };
  const whole = Number(match[1]);
  const thousandths = Number((match[2] ?? '').padEnd(3, '0'));
  const milli = whole * QUANTITY_SCALE + thousandths;
  if (!Number.isSafeInteger(milli)) return { ok: false, reason: `is too large (got ${String(value)})` };
  return { ok: true, milli };
}

/** Thousandths back to the quantity's text: 1500 → `1.5`. */
export function formatQuantity(milli: number): string {
  return formatExactQuotient(milli, QUANTITY_SCALE);
}

/**
 * quantity × unit price in whole yen, or why not. The product is taken in BigInt: in thousandths it is 1000
 * times the yen amount, so it can pass 2^53 while the amount itself is still a safe integer.
 */
export function lineNetYen(quantityMilli: number, unitPriceYen: number): LineNetResult {
  if (!isYen(unitPriceYen)) return { ok: false, reason: `unit price must be a whole number of yen, 0 or more (got ${unitPriceYen})` };
  const expression = `${formatQuantity(quantityMilli)} × ${formatYen(unitPriceYen)}`;
  const scaled = BigInt(quantityMilli) * BigInt(unitPriceYen);
  const scale = BigInt(QUANTITY_SCALE);
  if (scaled % scale !== 0n) {
    const whole = groupDigits(Number(scaled / scale));
    const fraction = String(scaled % scale).padStart(3, '0').replace(/0+$/, '');
    return { ok: false, reason: `${expression} = ¥${whole}.${fraction} is not a whole number of yen` };
  }
  const yen = scaled / scale;
  if (yen > BigInt(Number.MAX_SAFE_INTEGER)) return { ok: false, reason: `${expression} is too large to compute exactly` };
  return { ok: true, yen: Number(yen) };
}
