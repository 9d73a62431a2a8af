import fc from 'fast-check';
import { formatQuantity, lineNetYen, parseQuantity } from './quantity';
import { addYen, divideRounded, formatExactQuotient, formatYen, YenOverflowError } from './yen';

describe('divideRounded', () => {
  it.each([
    [1004, 'floor', 10], [1004, 'round', 10], [1004, 'ceil', 11],
    [1050, 'floor', 10], [1050, 'round', 11], [1050, 'ceil', 11],
    [1000, 'floor', 10], [1000, 'round', 10], [1000, 'ceil', 10],
  ] as const)('%i / 100 (%s) = %i', (n, mode, q) => {
    expect(divideRounded(n, 100, mode)).toBe(q);
  });

  it('agrees with BigInt division for any safe integers (exact by construction, not by float luck)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: Number.MAX_SAFE_INTEGER }), fc.integer({ min: 1, max: Number.MAX_SAFE_INTEGER }), (n, d) => {
        const floor = BigInt(n) / BigInt(d);
        const rem = BigInt(n) % BigInt(d);
        expect(BigInt(divideRounded(n, d, 'floor'))).toBe(floor);
        expect(BigInt(divideRounded(n, d, 'ceil'))).toBe(rem === 0n ? floor : floor + 1n);
        expect(BigInt(divideRounded(n, d, 'round'))).toBe(2n * rem >= BigInt(d) ? floor + 1n : floor);
      }),
    );
  });

  it('refuses negative or unsafe numerators', () => {
    expect(() => divideRounded(-1, 100, 'floor')).toThrow(RangeError);
    expect(() => divideRounded(2 ** 53, 100, 'floor')).toThrow(RangeError);
  });
});

describe('yen helpers', () => {
  it('formats yen and exact quotients', () => {
    expect(formatYen(30001)).toBe('¥30,001');
    expect(formatYen(0)).toBe('¥0');
    expect(formatExactQuotient(3000150, 100)).toBe('30,001.5');
    expect(formatExactQuotient(24184, 100)).toBe('241.84');
    expect(formatExactQuotient(67040, 100)).toBe('670.4');
  });

  it('refuses a sum beyond exact arithmetic', () => {
    expect(() => addYen(Number.MAX_SAFE_INTEGER, 1)).toThrow(YenOverflowError);
  });
});

describe('quantities', () => {
  it.each([
    [2, 2000], [1.5, 1500], [0.25, 250], [1.005, 1005], [0.001, 1],
  ])('reads %p as %i thousandths, from its text, not by float multiplication', (q, milli) => {
    expect(parseQuantity(q)).toEqual({ ok: true, milli });
  });

  it.each([
    [0, 'must be a number greater than 0'], [-1, 'must be a number greater than 0'], ['2', 'must be a number greater than 0'],
    [Number.NaN, 'must be a number greater than 0'], [1.0005, 'must have at most 3 decimal places (got 1.0005)'],
    [1e21, 'must have at most 3 decimal places (got 1e+21)'],
  ])('refuses %p', (q, reason) => {
    expect(parseQuantity(q)).toEqual({ ok: false, reason: expect.stringContaining(reason) });
  });

  it('computes whole-yen line amounts and refuses fractional yen', () => {
    expect(lineNetYen(1500, 20000)).toEqual({ ok: true, yen: 30000 });
    expect(lineNetYen(1500, 33333)).toEqual({ ok: false, reason: '1.5 × ¥33,333 = ¥49,999.5 is not a whole number of yen' });
    expect(formatQuantity(1005)).toBe('1.005');
  });

  it('round-trips any thousandths through a JSON number', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1e12 }), (milli) => {
        expect(parseQuantity(JSON.parse(JSON.stringify(milli / 1000)))).toEqual({ ok: true, milli });
      }),
    );
  });
});
