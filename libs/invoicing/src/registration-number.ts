/**
 * Qualified-invoice issuer registration number (適格請求書発行事業者登録番号): `T` + 13 digits.
 *
 * For a corporation the 13 digits are its corporate number (法人番号): a check digit followed by a 12-digit
 * base (基礎番号; for a registered company, its 会社法人等番号). The check digit is defined by the Ministry of
 * Finance ordinance on corporate numbers (平成26年財務省令第70号, 第2条), as published by the National Tax Agency:
 *
 *   check digit = 9 − ((Σ_{n=1..12} P_n × Q_n) mod 9)
 *   P_n = the n-th digit of the base counted from the RIGHT (n = 1 is the last digit)
 *   Q_n = 1 when n is odd, 2 when n is even
 *
 * so it is always 1–9, never 0. Checked by hand on the National Tax Agency's own number 7000012050002:
 * base 000012050002, from the right P = 2,0,0,0,5,0,2,1,0,0,0,0; Σ = 2·1 + 5·1 + 2·1 + 1·2 = 11;
 * 11 mod 9 = 2; 9 − 2 = 7 ✓. (The spec also checks Toyota, Sony Group and Nintendo.)
 *
 * Limits of the check, on purpose or by nature:
 * - Mod 9 cannot see a 0 ↔ 9 substitution in the base (9 ≡ 0 and 2·9 ≡ 0 mod 9); every other single-digit
 *   error is caught.
 * - Sole proprietors and unincorporated associations get 13 digits that are NOT a corporate number (the NTA
 *   says only that they are unique and not the individual's My Number). Issue 3 says to validate the
 *   corporate-number check digit, so this does; a sole proprietor whose number does not satisfy it would be
 *   refused and needs a decision (e.g. an allow-list) if one ever partners with the hub.
 * - Format and check digit only: whether the number is actually registered (and was on the invoice date) is
 *   a lookup on the NTA publication site, which is I/O and belongs elsewhere.
 * - No normalisation: full-width digits, a lower-case t, spaces or hyphens are refused with a reason. An adapter
 *   that receives such text from a partner normalises it before it reaches the canonical invoice.
 */

export type RegistrationNumberCheck = { ok: true } | { ok: false; reason: string };

const FORMAT = 'must be T followed by 13 digits';
const REGISTRATION_NUMBER = /^T(\d)(\d{12})$/;
// Full-width ASCII variants (Ｔ, ０–９, ｔ …) and the ideographic space, which Japanese input methods produce.
const FULL_WIDTH = /[\uFF01-\uFF5E\u3000]/;

/** The check digit (1–9) for a 12-digit corporate-number base. */
export function corporateNumberCheckDigit(base: string): number {
  if (!/^\d{12}$/.test(base)) throw new RangeError(`a corporate-number base is 12 digits (got ${JSON.stringify(base)})`);
  let sum = 0;
  for (let n = 1; n <= 12; n++) {
    const digit = Number(base[12 - n]);
    sum += digit * (n % 2 === 1 ? 1 : 2);
  }
  return 9 - (sum % 9);
}

/** Validates an issuer registration number; the reason says what is wrong in terms a partner can fix. */
export function validateRegistrationNumber(value: unknown): RegistrationNumberCheck {
  if (typeof value !== 'string') return { ok: false, reason: `${FORMAT} (got ${value === null ? 'null' : typeof value})` };
  const match = REGISTRATION_NUMBER.exec(value);
  if (!match) return { ok: false, reason: `${FORMAT} (${formatProblem(value)})` };
  const [, checkDigit, base] = match;
  const expected = corporateNumberCheckDigit(base);
  if (Number(checkDigit) !== expected) {
    return { ok: false, reason: `check digit ${checkDigit} does not match the corporate number (expected ${expected})` };
  }
  return { ok: true };
}

/** The most specific thing wrong with text that is not `T` + 13 ASCII digits. */
function formatProblem(value: string): string {
  if (value === '') return 'got an empty string';
  if (FULL_WIDTH.test(value)) return 'full-width characters found; use half-width T and digits';
  if (/^t\d{13}$/.test(value)) return 'the T must be upper-case';
  if (/^\d{13}$/.test(value)) return 'the T prefix is missing';
  if (/^T\d+$/.test(value)) return `got ${value.length - 1} digits`;
  if (/\s|-/.test(value)) return 'no spaces or hyphens';
  return `got ${JSON.stringify(value)}`;
}
