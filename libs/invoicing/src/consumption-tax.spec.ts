import fc from 'fast-check';
import { allocateTaxToLines, computeInvoiceTax, type TaxLine, type TaxRate, taxOnAmount } from './consumption-tax';
import type { RoundingMode } from './yen';

/**
 * Worked by hand. Mixed rates:
 *   line 1: 3 × ¥1,235 @10% = ¥3,705      line 3: 2 × ¥1,234 @8% = ¥2,468
 *   line 2: 1 × ¥2,999 @10% = ¥2,999      line 4: 1 × ¥555   @8% = ¥555
 *   10%: ¥6,704 × 10% = ¥670.4            8%: ¥3,023 × 8% = ¥241.84
 *   floor: 670 + 241 = ¥911   round: 670 + 242 = ¥912   ceil: 671 + 242 = ¥913      net ¥9,727
 */
const MIXED: TaxLine[] = [
  { lineNo: 1, quantity: 3, unitPriceYen: 1235, taxRate: 10 },
  { lineNo: 2, quantity: 1, unitPriceYen: 2999, taxRate: 10 },
  { lineNo: 3, quantity: 2, unitPriceYen: 1234, taxRate: 8 },
  { lineNo: 4, quantity: 1, unitPriceYen: 555, taxRate: 8 },
];

describe('computeInvoiceTax', () => {
  it.each([
    ['floor', 670, 241, 911, 10638],
    ['round', 670, 242, 912, 10639],
    ['ceil', 671, 242, 913, 10640],
  ] as const)('mixed 10%% and 8%% lines, %s', (mode, tax10, tax8, tax, gross) => {
    expect(computeInvoiceTax(MIXED, mode)).toEqual({
      byRate: [
        { rate: 10, taxableYen: 6704, taxYen: tax10 },
        { rate: 8, taxableYen: 3023, taxYen: tax8 },
      ],
      netYen: 9727,
      taxYen: tax,
      grossYen: gross,
    });
  });

  it('rounds a half up in round mode (四捨五入); an exact value is the same in every mode', () => {
    // 10%: ¥1,005 × 10% = ¥100.5.  8%: 2.5 h × ¥500 = ¥1,250; × 8% = ¥100 exactly.
    const lines: TaxLine[] = [
      { lineNo: 1, quantity: 1, unitPriceYen: 1005, taxRate: 10 },
      { lineNo: 2, quantity: 2.5, unitPriceYen: 500, taxRate: 8 },
    ];
    const taxes = (mode: RoundingMode) => computeInvoiceTax(lines, mode).byRate.map((r) => r.taxYen);
    expect(taxes('floor')).toEqual([100, 100]);
    expect(taxes('round')).toEqual([101, 100]);
    expect(taxes('ceil')).toEqual([101, 100]);
  });

  it('rounds once per rate, not per line: per-line rounding would give a different total', () => {
    // floor per line: 370.5→370, 299.9→299, 197.44→197, 44.4→44 = ¥910; once per rate: ¥911.
    const perLineFloor = MIXED.reduce((sum, l) => sum + taxOnAmount(l.quantity * l.unitPriceYen, l.taxRate, 'floor'), 0);
    expect(perLineFloor).toBe(910);
    expect(computeInvoiceTax(MIXED, 'floor').taxYen).toBe(911);
    // ceil per line: 371 + 300 + 198 + 45 = ¥914; once per rate: ¥913.
    const perLineCeil = MIXED.reduce((sum, l) => sum + taxOnAmount(l.quantity * l.unitPriceYen, l.taxRate, 'ceil'), 0);
    expect(perLineCeil).toBe(914);
    expect(computeInvoiceTax(MIXED, 'ceil').taxYen).toBe(913);
    // The smallest case: two ¥105 lines at 10%. Per line 10.5 → 10 twice = ¥20; once: ¥210 × 10% = ¥21.
    const twin: TaxLine[] = [
      { lineNo: 1, quantity: 1, unitPriceYen: 105, taxRate: 10 },
      { lineNo: 2, quantity: 1, unitPriceYen: 105, taxRate: 10 },
    ];
    expect(computeInvoiceTax(twin, 'floor').taxYen).toBe(21);
  });

  it('lists only the rates that lines use, and is all zeros for no lines', () => {
    expect(computeInvoiceTax([{ lineNo: 1, quantity: 1, unitPriceYen: 0, taxRate: 8 }], 'ceil').byRate).toEqual([{ rate: 8, taxableYen: 0, taxYen: 0 }]);
    expect(computeInvoiceTax([], 'floor')).toEqual({ byRate: [], netYen: 0, taxYen: 0, grossYen: 0 });
  });

  it('throws on lines that break the TaxLine contract (the validator reports these as issues first)', () => {
    const line: TaxLine = { lineNo: 1, quantity: 1, unitPriceYen: 100, taxRate: 10 };
    expect(() => computeInvoiceTax([line, line], 'floor')).toThrow('lineNo appears more than once');
    expect(() => computeInvoiceTax([{ ...line, taxRate: 5 as TaxRate }], 'floor')).toThrow('tax rate must be 10 or 8');
    expect(() => computeInvoiceTax([{ ...line, quantity: 1.5, unitPriceYen: 33333 }], 'floor')).toThrow('1.5 × ¥33,333 = ¥49,999.5 is not a whole number of yen');
    expect(() => computeInvoiceTax([line], 'half-even' as RoundingMode)).toThrow('unknown rounding mode');
  });
});

describe('allocateTaxToLines', () => {
  it('shares each rate\'s tax by largest remainder (worked: MIXED, floor)', () => {
    // 10%, T = ¥670: line 1 670·3705/6704 = 370.28, line 2 670·2999/6704 = 299.72 → floors 669, the spare yen to line 2.
    // 8%,  T = ¥241: line 3 241·2468/3023 = 196.75, line 4 241·555/3023 = 44.25   → floors 240, the spare yen to line 3.
    expect(allocateTaxToLines(MIXED, 'floor')).toEqual([
      { lineNo: 1, taxRate: 10, netYen: 3705, taxYen: 370, grossYen: 4075 },
      { lineNo: 2, taxRate: 10, netYen: 2999, taxYen: 300, grossYen: 3299 },
      { lineNo: 3, taxRate: 8, netYen: 2468, taxYen: 197, grossYen: 2665 },
      { lineNo: 4, taxRate: 8, netYen: 555, taxYen: 44, grossYen: 599 },
    ]);
  });

  it('breaks a tie by the lower lineNo, whatever the order of the lines', () => {
    // ¥21 over two ¥105 lines: 10.5 each; the spare yen goes to line 1.
    const twin: TaxLine[] = [
      { lineNo: 2, quantity: 1, unitPriceYen: 105, taxRate: 10 },
      { lineNo: 1, quantity: 1, unitPriceYen: 105, taxRate: 10 },
    ];
    expect(allocateTaxToLines(twin, 'floor').map((l) => [l.lineNo, l.taxYen])).toEqual([
      [2, 10],
      [1, 11],
    ]);
  });

  it('gives ¥0 lines no tax', () => {
    const lines: TaxLine[] = [
      { lineNo: 1, quantity: 1, unitPriceYen: 0, taxRate: 10 },
      { lineNo: 2, quantity: 1, unitPriceYen: 999, taxRate: 10 },
    ];
    expect(allocateTaxToLines(lines, 'ceil').map((l) => l.taxYen)).toEqual([0, 100]);
  });
});

describe('tax properties', () => {
  const mode = fc.constantFrom<RoundingMode>('floor', 'round', 'ceil');
  const rate = fc.constantFrom<TaxRate>(10, 8);
  // Fractional quantities (thousandths) with a unit price that keeps the line in whole yen.
  const fractionalLine = fc
    .record({ milli: fc.integer({ min: 1, max: 100_000 }), price: fc.integer({ min: 0, max: 1_000_000 }), rate })
    .map(({ milli, price, rate: r }) => ({ quantity: milli / 1000, unitPriceYen: price * (1000 / gcd(milli, 1000)), taxRate: r }));
  // Large amounts, so T × net goes beyond 2^53 and the BigInt path is exercised.
  const largeLine = fc.record({ quantity: fc.integer({ min: 1, max: 10 }), unitPriceYen: fc.integer({ min: 0, max: 1e12 }), taxRate: rate });
  const lines = fc
    .array(fc.oneof(fractionalLine, largeLine), { minLength: 1, maxLength: 20 })
    .map((ls) => ls.map((l, i): TaxLine => ({ ...l, lineNo: i + 1 })));

  it('per-line gross adds up exactly to the invoice gross, and each rate\'s line taxes to its tax', () => {
    fc.assert(
      fc.property(lines, mode, (ls, m) => {
        const tax = computeInvoiceTax(ls, m);
        const allocated = allocateTaxToLines(ls, m);
        expect(allocated.reduce((s, l) => s + l.grossYen, 0)).toBe(tax.grossYen);
        for (const r of tax.byRate) {
          expect(allocated.filter((l) => l.taxRate === r.rate).reduce((s, l) => s + l.taxYen, 0)).toBe(r.taxYen);
        }
      }),
    );
  });

  it('tax per rate lies within [floor, ceil] of the exact rational value, on the side its mode says', () => {
    fc.assert(
      fc.property(lines, mode, (ls, m) => {
        for (const r of computeInvoiceTax(ls, m).byRate) {
          const exact100 = BigInt(r.taxableYen) * BigInt(r.rate); // 100 × the exact tax
          const diff = BigInt(r.taxYen) * 100n - exact100; // 100 × (rounded − exact)
          expect(diff > -100n && diff < 100n).toBe(true);
          if (m === 'floor') expect(diff <= 0n).toBe(true);
          if (m === 'ceil') expect(diff >= 0n).toBe(true);
          // Half up: a half goes up, so rounded − exact lies in (−½, +½].
          if (m === 'round') expect(diff > -50n && diff <= 50n).toBe(true);
        }
      }),
    );
  });

  it('gives each line the floor or the ceiling of its exact share', () => {
    fc.assert(
      fc.property(lines, mode, (ls, m) => {
        const byRate = new Map(computeInvoiceTax(ls, m).byRate.map((r) => [r.rate, r]));
        for (const l of allocateTaxToLines(ls, m)) {
          const { taxYen, taxableYen } = byRate.get(l.taxRate) as { taxYen: number; taxableYen: number };
          if (taxableYen === 0) continue;
          const shareFloor = (BigInt(taxYen) * BigInt(l.netYen)) / BigInt(taxableYen);
          expect(BigInt(l.taxYen) - shareFloor >= 0n && BigInt(l.taxYen) - shareFloor <= 1n).toBe(true);
        }
      }),
    );
  });

  it('is deterministic: the same lines in any order get the same allocation', () => {
    fc.assert(
      fc.property(
        lines.chain((ls) => fc.tuple(fc.constant(ls), fc.shuffledSubarray(ls, { minLength: ls.length, maxLength: ls.length }))),
        mode,
        ([ls, shuffled], m) => {
          const byLineNo = (xs: TaxLine[]) => [...allocateTaxToLines(xs, m)].sort((a, b) => a.lineNo - b.lineNo);
          expect(byLineNo(shuffled)).toEqual(byLineNo(ls));
          expect(computeInvoiceTax(shuffled, m)).toEqual(computeInvoiceTax(ls, m));
        },
      ),
    );
  });
});

function gcd(a: number, b: number): number {
  return b === 0 ? a : gcd(b, a % b);
}
