import { MAX_INVOICE_GROSS_YEN, type QualifiedInvoiceV2Input, validateQualifiedInvoiceV2 } from './qualified-invoice-v2';

const TODAY = '2026-04-30';

/**
 * Worked by hand (税抜, floor):
 *   10%: 3 × ¥450,000 + 2.5 × ¥30,002 = ¥1,425,005; × 10% = ¥142,500.5 → ¥142,500
 *   8%:  120 × ¥1,083 = ¥129,960; × 8% = ¥10,396.8 → ¥10,396
 *   not subject to consumption tax: gift cards ¥120,000 (非課税) + condolence money ¥100,000 + stamp duty ¥200
 *     + reimbursed fares ¥58,000 (不課税) = ¥278,200
 *   net of the taxable lines 1,425,005 + 129,960 = ¥1,554,965; tax 142,500 + 10,396 = ¥152,896
 *   gross = 1,554,965 + 152,896 + 278,200 = ¥1,986,061
 */
const invoice = (): QualifiedInvoiceV2Input => ({
  partnerId: 'lac',
  orderRef: '0b6f3c1e-5d7a-4c1b-9f4e-2a8d6e9b1c3f',
  invoiceNumber: 'LAC-INV-0042',
  issueDate: '2026-04-28',
  issuerName: '株式会社ラック',
  issuerRegistrationNumber: 'T4010401099123',
  recipientName: '株式会社サンプル商事',
  supplyPeriod: { from: '2026-04-01', to: '2026-04-25' },
  pricing: 'tax_exclusive',
  roundingMode: 'floor',
  lines: [
    { description: 'フォレンジック調査（PC 3台）', category: 'investigation', quantity: 3, unitPriceYen: 450000, taxCategory: 'taxable', taxRate: 10 },
    { description: '事故査定 面談（時間）', category: 'investigation', quantity: 2.5, unitPriceYen: 30002, taxCategory: 'taxable', taxRate: 10 },
    { description: '見舞品（菓子折り）', category: 'condolence', quantity: 120, unitPriceYen: 1083, taxCategory: 'taxable', taxRate: 8 },
    { description: '見舞品（QUOカード）', category: 'condolence', quantity: 120, unitPriceYen: 1000, taxCategory: 'non_taxable' },
    { description: '見舞金（法人被害者）', category: 'condolence', quantity: 2, unitPriceYen: 50000, taxCategory: 'out_of_scope' },
    { description: '収入印紙（業務委託契約書）', category: 'investigation', quantity: 1, unitPriceYen: 200, taxCategory: 'out_of_scope' },
    { description: '立替交通費（新幹線 東京⇔新大阪 往復）', category: 'investigation', quantity: 2, unitPriceYen: 29000, taxCategory: 'out_of_scope' },
  ],
  stated: {
    byRate: [
      { rate: 10, amountYen: 1425005, taxYen: 142500 },
      { rate: 8, amountYen: 129960, taxYen: 10396 },
    ],
    nonTaxableYen: 278200,
    grossYen: 1986061,
  },
});

const issuesOf = (input: unknown, today = TODAY) => {
  const result = validateQualifiedInvoiceV2(input as QualifiedInvoiceV2Input, today);
  return result.ok ? [] : result.issues;
};
const fieldsOf = (input: unknown) => issuesOf(input).map((issue) => issue.field);

describe('validateQualifiedInvoiceV2', () => {
  it('accepts taxable 10% and 8% lines with gift cards, condolence money, stamp duty and fares beside them', () => {
    const result = validateQualifiedInvoiceV2(invoice(), TODAY);
    expect(result.ok && result.computed).toMatchObject({
      pricing: 'tax_exclusive',
      roundingMode: 'floor',
      byRate: [
        { rate: 10, amountYen: 1425005, netYen: 1425005, taxYen: 142500, grossYen: 1567505 },
        { rate: 8, amountYen: 129960, netYen: 129960, taxYen: 10396, grossYen: 140356 },
      ],
      nonTaxableYen: 278200,
      netYen: 1833165,
      taxYen: 152896,
      grossYen: 1986061,
    });
    expect(result.ok && result.computed.lines.map((l) => [l.taxRate, l.taxYen, l.grossYen])).toEqual([
      [10, 135000, 1485000],
      [10, 7500, 82505],
      [8, 10396, 140356],
      [null, 0, 120000],
      [null, 0, 100000],
      [null, 0, 200],
      [null, 0, 58000],
    ]);
  });

  it('returns every independent issue, not just the first', () => {
    const input = { ...invoice(), issuerName: '', recipientName: undefined, issueDate: '2026-05-01', supplyPeriod: undefined };
    input.stated = { ...input.stated, grossYen: 1 };
    expect(issuesOf(input)).toEqual([
      { field: 'issueDate', reason: 'is 2026-05-01, after today (2026-04-30); an invoice cannot be dated in the future' },
      { field: 'issuerName', reason: 'is required: 適格請求書発行事業者の氏名又は名称, the issuer\'s name (消費税法第57条の4第1項第1号)' },
      {
        field: 'recipientName',
        reason: 'is required: 書類の交付を受ける事業者の氏名又は名称, the name of the business the invoice is addressed to (消費税法第57条の4第1項第6号)',
      },
      {
        field: 'supplyDate',
        reason: 'is required (取引年月日, 消費税法第57条の4第1項第2号): give supplyDate for work done on one day, or supplyPeriod { from, to } for work over a period',
      },
      { field: 'stated.grossYen', reason: 'stated gross is ¥1 but net ¥1,554,965 + tax ¥152,896 + not subject to consumption tax ¥278,200 = ¥1,986,061' },
    ]);
  });

  describe('supply date or period', () => {
    it('allows a period that ends after the issue date but not after today (month-end invoicing)', () => {
      expect(issuesOf({ ...invoice(), supplyPeriod: { from: '2026-04-01', to: '2026-04-30' } })).toEqual([]);
      expect(issuesOf({ ...invoice(), supplyPeriod: undefined, supplyDate: '2026-04-30' })).toEqual([]);
    });

    it.each([
      ['both', { supplyDate: '2026-04-20' }, 'supplyDate', 'give either supplyDate (one day) or supplyPeriod (from–to), not both'],
      ['a period ending after today', { supplyPeriod: { from: '2026-04-01', to: '2026-05-31' } }, 'supplyPeriod.to', 'is 2026-05-31, after today (2026-04-30)'],
      ['a reversed period', { supplyPeriod: { from: '2026-04-25', to: '2026-04-01' } }, 'supplyPeriod.to', 'is 2026-04-01, before the period\'s start 2026-04-25'],
      ['a period without from', { supplyPeriod: { to: '2026-04-01' } }, 'supplyPeriod.from', 'must be a date (YYYY-MM-DD) (got nothing)'],
      ['a supply before qualified invoices', { supplyPeriod: undefined, supplyDate: '2023-09-30' }, 'supplyDate', 'before 2023-10-01'],
      ['a supply date that is not a date', { supplyPeriod: undefined, supplyDate: '2026-02-29' }, 'supplyDate', 'must be a date (YYYY-MM-DD) (got "2026-02-29")'],
    ])('refuses %s', (_what, change, field, reason) => {
      expect(issuesOf({ ...invoice(), ...change })).toContainEqual({ field, reason: expect.stringContaining(reason) });
    });
  });

  describe('lines', () => {
    it('refuses a rate on a line not subject to consumption tax, a taxable line without one, and an unknown category', () => {
      const input = invoice();
      input.lines = [
        { ...input.lines[0], taxRate: undefined },
        input.lines[1],
        input.lines[2],
        { ...input.lines[3], taxRate: 10 },
        { ...input.lines[4], taxCategory: 'exempt' },
        input.lines[5],
        input.lines[6],
      ];
      expect(issuesOf(input)).toEqual([
        { field: 'lines[0].taxRate', reason: 'is required on a taxable (課税) line: 10 (standard) or 8 (reduced) percent' },
        {
          field: 'lines[3].taxRate',
          reason: 'must be left out (got 10): the line is non_taxable (非課税), which bears no consumption tax and so has no rate; a line taxed at 10% or 8% is taxable (課税)',
        },
        {
          field: 'lines[4].taxCategory',
          reason:
            'must be one of: taxable (課税), non_taxable (非課税, e.g. gift cards, postage stamps), out_of_scope (不課税, e.g. condolence money, stamp duty, reimbursed fares), zero_rated (免税, exports) (got "exempt")',
        },
      ]);
    });

    it('says how the unit price is priced', () => {
      const input = { ...invoice(), pricing: 'tax_inclusive' };
      input.lines = [{ ...input.lines[0], unitPriceYen: -1 }];
      expect(issuesOf(input)).toContainEqual({ field: 'lines[0].unitPriceYen', reason: 'must be a whole number of yen, 0 or more, tax-inclusive (税込) (got -1)' });
    });
  });

  describe('stated totals', () => {
    it('refuses a rate with no lines and a rate used but not stated', () => {
      const input = invoice();
      input.stated = { ...input.stated, byRate: [{ rate: 8, amountYen: 129960, taxYen: 10396 }, { rate: 8, amountYen: 1, taxYen: 1 }] };
      expect(issuesOf(input)).toEqual([
        { field: 'stated.byRate[1].rate', reason: '8% is stated more than once (also at stated.byRate[0])' },
        { field: 'stated.byRate', reason: 'no amount and tax are stated for 10%, but lines[0] and lines[1] are taxable at 10% (amount ¥1,425,005)' },
      ]);
      const allTen = invoice();
      allTen.lines = allTen.lines.slice(0, 2);
      allTen.stated = { byRate: [{ rate: 10, amountYen: 1425005, taxYen: 142500 }, { rate: 8, amountYen: 0, taxYen: 0 }], nonTaxableYen: 0, grossYen: 1567505 };
      expect(issuesOf(allTen)).toEqual([{ field: 'stated.byRate[1].rate', reason: '8% is stated but no line is taxable at 8%' }]);
    });

    it('says when the non-taxable lines were lumped into a rate\'s amount, or left out of the gross', () => {
      const input = invoice();
      input.stated = { ...input.stated, byRate: [{ rate: 10, amountYen: 1703205, taxYen: 142500 }, input.stated.byRate[1]], grossYen: 1707861 };
      expect(issuesOf(input)).toEqual([
        {
          field: 'stated.byRate[0].amountYen',
          reason:
            'stated amount for 10% is ¥1,703,205 but the 10% lines add up to ¥1,425,005 tax-exclusive (税抜); that includes the ¥278,200 not subject to consumption tax (lines[3], lines[4], lines[5] and lines[6] are not taxable), which belongs in nonTaxableYen, not in the 10% total',
        },
        {
          field: 'stated.grossYen',
          reason:
            'stated gross is ¥1,707,861 but net ¥1,554,965 + tax ¥152,896 + not subject to consumption tax ¥278,200 = ¥1,986,061; the ¥278,200 not subject to consumption tax is part of the gross too',
        },
      ]);
    });

    it('says when nonTaxableYen counts only some of the categories', () => {
      const input = invoice();
      input.stated = { ...input.stated, nonTaxableYen: 120000 };
      expect(issuesOf(input)).toEqual([
        {
          field: 'stated.nonTaxableYen',
          reason:
            'stated total not subject to consumption tax is ¥120,000 but lines[3], lines[4], lines[5] and lines[6] are not subject to it, totalling ¥278,200; ¥120,000 counts only the non_taxable (非課税) lines, but nonTaxableYen covers every line not subject to consumption tax: non_taxable (非課税), out_of_scope (不課税) and zero_rated (免税)',
        },
      ]);
    });

    it('still checks amounts and the non-taxable total when pricing is unknown, but not tax or gross', () => {
      const input = { ...invoice(), pricing: 'net' };
      input.stated = { ...input.stated, nonTaxableYen: 1, grossYen: 2, byRate: [{ rate: 10, amountYen: 3, taxYen: 4 }, input.stated.byRate[1]] };
      expect(fieldsOf(input)).toEqual(['pricing', 'stated.byRate[0].amountYen', 'stated.nonTaxableYen']);
    });
  });

  it('accepts an invoice whose lines are all not subject to consumption tax, with byRate []', () => {
    const input = { ...invoice(), lines: invoice().lines.slice(3), stated: { byRate: [], nonTaxableYen: 278200, grossYen: 278200 } };
    const result = validateQualifiedInvoiceV2(input, TODAY);
    expect(result.ok && result.computed).toMatchObject({ byRate: [], nonTaxableYen: 278200, netYen: 278200, taxYen: 0, grossYen: 278200 });
  });

  it('refuses an invoice number with no letter or digit, and accepts one in full width', () => {
    expect(issuesOf({ ...invoice(), invoiceNumber: '－ー－' })).toEqual([{ field: 'invoiceNumber', reason: 'must contain at least one letter or digit (got "－ー－")' }]);
    expect(issuesOf({ ...invoice(), invoiceNumber: 'ＬＡＣ－ＩＮＶ－００４２' })).toEqual([]);
  });

  it('refuses what is not an invoice, or has no stated totals, without throwing', () => {
    expect(issuesOf(null)).toEqual([{ field: '(root)', reason: 'must be an invoice (an object)' }]);
    expect(issuesOf({ ...invoice(), stated: undefined })).toEqual([
      { field: 'stated', reason: 'is required: per rate the amount and tax, the total not subject to consumption tax, and the gross' },
    ]);
    expect(issuesOf({ ...invoice(), lines: [] })).toContainEqual({ field: 'lines', reason: 'must have at least one line' });
  });

  it('refuses amounts that add up beyond exact arithmetic instead of approximating', () => {
    const big = { description: 'x', category: 'investigation', quantity: 1, unitPriceYen: Number.MAX_SAFE_INTEGER - 1, taxCategory: 'out_of_scope' };
    expect(issuesOf({ ...invoice(), lines: [big, big] })).toContainEqual({ field: 'lines', reason: 'the line amounts add up to more than can be computed exactly to the yen' });
  });

  it('refuses an invoice of more than ¥1,000,000,000,000, and takes one of exactly that', () => {
    const line = (unitPriceYen: number) => ({ description: '調査費', category: 'investigation', quantity: 1, unitPriceYen, taxCategory: 'out_of_scope' });
    const totalling = (yen: number) => ({ ...invoice(), lines: [line(yen)], stated: { byRate: [], nonTaxableYen: yen, grossYen: yen } });
    expect(issuesOf(totalling(MAX_INVOICE_GROSS_YEN))).toEqual([]);
    expect(issuesOf(totalling(MAX_INVOICE_GROSS_YEN + 1))).toEqual([
      { field: 'stated.grossYen', reason: "is ¥1,000,000,000,001 by its lines; an invoice may total at most ¥1,000,000,000,000, more than any policy's limit: check the amounts' unit" },
    ]);
    // What the fuzz had accepted, one near 2^53: refused the same way.
    expect(fieldsOf(totalling(9_007_199_254_416_000))).toEqual(['stated.grossYen']);
  });

  it('throws on an invalid today: that is the caller\'s bug, not the partner\'s', () => {
    expect(() => validateQualifiedInvoiceV2(invoice(), '30/04/2026')).toThrow('today must be a date (YYYY-MM-DD)');
  });
});
