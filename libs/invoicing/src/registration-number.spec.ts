import fc from 'fast-check';
import { corporateNumberCheckDigit, validateRegistrationNumber } from './registration-number';

// Real corporate numbers as published on the NTA's 法人番号公表サイト (houjin-bangou.nta.go.jp).
const PUBLISHED = [
  ['国税庁 (National Tax Agency)', 'T7000012050002'],
  ['トヨタ自動車株式会社', 'T1180301018771'],
  ['ソニーグループ株式会社', 'T5010401067252'],
  ['任天堂株式会社', 'T1130001011420'],
] as const;

const reasonOf = (value: unknown): string | undefined => {
  const result = validateRegistrationNumber(value);
  return result.ok ? undefined : result.reason;
};

describe('corporateNumberCheckDigit', () => {
  it('follows the ordinance formula, worked by hand on the NTA number 7000012050002', () => {
    // base 000012050002; from the right P = 2,0,0,0,5,0,2,1,0,0,0,0; Q = 1,2,1,2,…
    // Σ = 2·1 + 5·1 + 2·1 + 1·2 = 11; 11 mod 9 = 2; 9 − 2 = 7.
    expect(corporateNumberCheckDigit('000012050002')).toBe(7);
  });

  it('gives 9, never 0, when the weighted sum is a multiple of 9', () => {
    // Σ = 9·1 (rightmost digit 9): 9 mod 9 = 0 → 9 − 0 = 9.
    expect(corporateNumberCheckDigit('000000000009')).toBe(9);
    expect(corporateNumberCheckDigit('000000000000')).toBe(9);
  });

  it('refuses a base that is not 12 digits', () => {
    expect(() => corporateNumberCheckDigit('12345678901')).toThrow(RangeError);
  });
});

describe('validateRegistrationNumber', () => {
  it.each(PUBLISHED)('accepts the published number of %s (%s)', (_name, number) => {
    expect(validateRegistrationNumber(number)).toEqual({ ok: true });
  });

  it('names the wrong and the expected check digit', () => {
    expect(reasonOf('T3000012050002')).toBe('check digit 3 does not match the corporate number (expected 7)');
  });

  it.each([
    ['12 digits', 'T700001205000', 'must be T followed by 13 digits (got 12 digits)'],
    ['14 digits', 'T70000120500021', 'must be T followed by 13 digits (got 14 digits)'],
    ['a missing T', '7000012050002', 'must be T followed by 13 digits (the T prefix is missing)'],
    ['a lower-case t', 't7000012050002', 'must be T followed by 13 digits (the T must be upper-case)'],
    ['full-width digits', 'T７０００１２０５０００２', 'must be T followed by 13 digits (full-width characters found; use half-width T and digits)'],
    ['a full-width T', 'Ｔ7000012050002', 'must be T followed by 13 digits (full-width characters found; use half-width T and digits)'],
    ['hyphens', 'T7-0000-1205-0002', 'must be T followed by 13 digits (no spaces or hyphens)'],
    ['a trailing space', 'T7000012050002 ', 'must be T followed by 13 digits (no spaces or hyphens)'],
    ['an empty string', '', 'must be T followed by 13 digits (got an empty string)'],
    ['a number', 7000012050002, 'must be T followed by 13 digits (got number)'],
    ['null', null, 'must be T followed by 13 digits (got null)'],
  ])('refuses %s', (_what, value, reason) => {
    expect(reasonOf(value)).toBe(reason);
  });

  it('refuses a check digit of 0, which the formula never produces', () => {
    expect(reasonOf('T0000012050002')).toBe('check digit 0 does not match the corporate number (expected 7)');
  });
});

describe('validateRegistrationNumber properties', () => {
  const base12 = fc.array(fc.integer({ min: 0, max: 9 }), { minLength: 12, maxLength: 12 }).map((d) => d.join(''));
  const withCheckDigit = (base: string) => `${corporateNumberCheckDigit(base)}${base}`;

  it('accepts any 12-digit base prefixed with its computed check digit', () => {
    fc.assert(fc.property(base12, (base) => validateRegistrationNumber(`T${withCheckDigit(base)}`).ok));
  });

  it('refuses any single-digit change, except a 0 ↔ 9 swap in the base, which mod 9 cannot see', () => {
    fc.assert(
      fc.property(base12, fc.integer({ min: 0, max: 12 }), fc.integer({ min: 1, max: 9 }), (base, position, shift) => {
        const digits = withCheckDigit(base).split('');
        const before = Number(digits[position]);
        const after = (before + shift) % 10;
        digits[position] = String(after);
        const undetectable = position > 0 && Math.abs(after - before) === 9;
        expect(validateRegistrationNumber(`T${digits.join('')}`).ok).toBe(undetectable);
      }),
    );
  });

  it('really cannot see a 0 ↔ 9 swap (documented limit of the NTA scheme)', () => {
    expect(validateRegistrationNumber('T7000012050002').ok).toBe(true);
    expect(validateRegistrationNumber('T7900012050002').ok).toBe(true);
  });
});
