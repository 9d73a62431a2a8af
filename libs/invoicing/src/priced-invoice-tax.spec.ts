import { computeInvoiceV2, type PricedLine, taxForRate } from './priced-invoice-tax';

const taxable = (lineNo: number, amountYen: number, taxRate: 10 | 8): PricedLine => ({ lineNo, taxCategory: 'taxable', taxRate, amountYen });

describe('taxForRate', () => {
  it.each([
    // 税抜: ¥6,704 × 10% = ¥670.4.
    [6704, 10, 'tax_exclusive', 'floor', 670],
    [6704, 10, 'tax_exclusive', 'ceil', 671],
    // 税込: ¥220,012 × 10/110 = ¥20,001.09…; ¥129,960 × 8/108 = ¥9,626.66…
    [220012, 10, 'tax_inclusive', 'floor', 20001],
    [220012, 10, 'tax_inclusive', 'round', 20001],
    [129960, 8, 'tax_inclusive', 'round', 9627],
    [129960, 8, 'tax_inclusive', 'floor', 9626],
    // ¥1,100 税込 contains exactly ¥100.
    [1100, 10, 'tax_inclusive', 'ceil', 100],
  ] as const)('¥%i at %i%% %s, %s → ¥%i', (amount, rate, pricing, mode, tax) => {
    expect(taxForRate(amount, rate, pricing, mode)).toBe(tax);
  });

  it('is exact where amount × rate passes 2^53', () => {
    // ¥9,007,199,254,740,991 × 10 is past 2^53; the tax (floor of a tenth) still fits.
    expect(taxForRate(Number.MAX_SAFE_INTEGER, 10, 'tax_exclusive', 'floor')).toBe(900719925474099);
    expect(taxForRate(Number.MAX_SAFE_INTEGER, 10, 'tax_inclusive', 'floor')).toBe(Number((BigInt(Number.MAX_SAFE_INTEGER) * 10n) / 110n));
  });
});

describe('computeInvoiceV2', () => {
  it('税込: derives the tax once per rate from the rate\'s gross and allocates it by gross', () => {
    // 10%: ¥220,012 × 10/110 = ¥20,001.09… → ¥20,001 (per line it would be 5,000 + 15,000 = ¥20,000).
    //      Shares: 20,001 × 55,006/220,012 = 5,000.52…, 20,001 × 165,006/220,012 = 15,000.47… → the spare yen to line 1.
    // 8%:  ¥129,960 × 8/108 = ¥9,626.66… → ¥9,626.  Non-taxable postage ¥55,000.
    const lines: PricedLine[] = [
      taxable(1, 55006, 10),
      taxable(2, 165006, 10),
      taxable(3, 129960, 8),
      { lineNo: 4, taxCategory: 'non_taxable', taxRate: null, amountYen: 55000 },
    ];
    expect(computeInvoiceV2(lines, 'tax_inclusive', 'floor')).toEqual({
      pricing: 'tax_inclusive',
      roundingMode: 'floor',
      byRate: [
        { rate: 10, amountYen: 220012, netYen: 200011, taxYen: 20001, grossYen: 220012 },
        { rate: 8, amountYen: 129960, netYen: 120334, taxYen: 9626, grossYen: 129960 },
      ],
      nonTaxableYen: 55000,
      netYen: 375345,
      taxYen: 29627,
      grossYen: 404972,
      lines: [
        { lineNo: 1, taxCategory: 'taxable', taxRate: 10, netYen: 50005, taxYen: 5001, grossYen: 55006 },
        { lineNo: 2, taxCategory: 'taxable', taxRate: 10, netYen: 150006, taxYen: 15000, grossYen: 165006 },
        { lineNo: 3, taxCategory: 'taxable', taxRate: 8, netYen: 120334, taxYen: 9626, grossYen: 129960 },
        { lineNo: 4, taxCategory: 'non_taxable', taxRate: null, netYen: 55000, taxYen: 0, grossYen: 55000 },
      ],
    });
  });

  it('税抜: the same totals as v1 for taxable lines, plus non-taxable amounts', () => {
    // v1's MIXED case, floor: 10% ¥6,704 → ¥670, 8% ¥3,023 → ¥241; plus ¥50,000 condolence money (不課税).
    const lines: PricedLine[] = [
      taxable(1, 3705, 10),
      taxable(2, 2999, 10),
      taxable(3, 2468, 8),
      taxable(4, 555, 8),
      { lineNo: 5, taxCategory: 'out_of_scope', taxRate: null, amountYen: 50000 },
    ];
    const computed = computeInvoiceV2(lines, 'tax_exclusive', 'floor');
    expect(computed.byRate).toEqual([
      { rate: 10, amountYen: 6704, netYen: 6704, taxYen: 670, grossYen: 7374 },
      { rate: 8, amountYen: 3023, netYen: 3023, taxYen: 241, grossYen: 3264 },
    ]);
    expect([computed.nonTaxableYen, computed.netYen, computed.taxYen, computed.grossYen]).toEqual([50000, 59727, 911, 60638]);
    expect(computed.lines.map((l) => l.taxYen)).toEqual([370, 300, 197, 44, 0]);
  });

  it('gives an all-non-taxable invoice no rates and no tax', () => {
    const lines: PricedLine[] = [
      { lineNo: 1, taxCategory: 'out_of_scope', taxRate: null, amountYen: 29000 },
      { lineNo: 2, taxCategory: 'zero_rated', taxRate: null, amountYen: 1000 },
    ];
    const computed = computeInvoiceV2(lines, 'tax_inclusive', 'ceil');
    expect(computed).toMatchObject({ byRate: [], nonTaxableYen: 30000, netYen: 30000, taxYen: 0, grossYen: 30000 });
  });

  it('throws on lines that break the PricedLine contract (the validators report these as issues first)', () => {
    expect(() => computeInvoiceV2([taxable(1, 1, 10), taxable(1, 1, 10)], 'tax_exclusive', 'floor')).toThrow('lineNo appears more than once');
    expect(() => computeInvoiceV2([{ lineNo: 1, taxCategory: 'taxable', taxRate: null, amountYen: 1 }], 'tax_exclusive', 'floor')).toThrow('needs a rate');
    expect(() => computeInvoiceV2([{ lineNo: 1, taxCategory: 'non_taxable', taxRate: 10, amountYen: 1 }], 'tax_exclusive', 'floor')).toThrow('has no tax rate');
    expect(() => computeInvoiceV2([taxable(1, 1, 10)], 'gross' as 'tax_exclusive', 'floor')).toThrow('unknown pricing');
  });
});
