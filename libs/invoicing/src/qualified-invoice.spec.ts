import { type QualifiedInvoiceInput, validateQualifiedInvoice } from './qualified-invoice';

const TODAY = '2026-04-30';

// The worked MIXED case of consumption-tax.spec.ts as an invoice: floor gives 10% ¥670 (of ¥670.4), 8% ¥241 (of ¥241.84).
const invoice = (): QualifiedInvoiceInput => ({
  partnerId: 'lac',
  orderRef: '0b6f3c1e-5d7a-4c1b-9f4e-2a8d6e9b1c3f',
  invoiceNumber: 'LAC-2026-0007',
  issueDate: '2026-04-28',
  issuerRegistrationNumber: 'T7000012050002',
  lines: [
    { description: 'マルウェア解析', category: 'investigation', quantity: 3, unitPriceYen: 1235, taxRate: 10 },
    { description: '被害拡大防止 助言', category: 'damage_spread_prevention', quantity: 1, unitPriceYen: 2999, taxRate: 10 },
    { description: '見舞品', category: 'condolence', quantity: 2, unitPriceYen: 1234, taxRate: 8 },
    { description: '見舞品 送料', category: 'condolence', quantity: 1, unitPriceYen: 555, taxRate: 8 },
  ],
  roundingMode: 'floor',
  stated: { netYen: 9727, taxByRate: [{ rate: 10, taxYen: 670 }, { rate: 8, taxYen: 241 }], grossYen: 10638 },
});

const issuesOf = (input: unknown, today = TODAY) => {
  const result = validateQualifiedInvoice(input as QualifiedInvoiceInput, today);
  return result.ok ? [] : result.issues;
};

describe('validateQualifiedInvoice', () => {
  it('accepts a correct invoice and returns per-rate tax, totals and per-line amounts', () => {
    expect(validateQualifiedInvoice(invoice(), TODAY)).toEqual({
      ok: true,
      computed: {
        roundingMode: 'floor',
        tax: {
          byRate: [
            { rate: 10, taxableYen: 6704, taxYen: 670 },
            { rate: 8, taxableYen: 3023, taxYen: 241 },
          ],
          netYen: 9727,
          taxYen: 911,
          grossYen: 10638,
        },
        lines: [
          { lineNo: 1, taxRate: 10, netYen: 3705, taxYen: 370, grossYen: 4075 },
          { lineNo: 2, taxRate: 10, netYen: 2999, taxYen: 300, grossYen: 3299 },
          { lineNo: 3, taxRate: 8, netYen: 2468, taxYen: 197, grossYen: 2665 },
          { lineNo: 4, taxRate: 8, netYen: 555, taxYen: 44, grossYen: 599 },
        ],
      },
    });
  });

  it('refuses per-line rounding, saying so (per line: 370 + 299 = ¥669 at 10%)', () => {
    const input = invoice();
    input.stated = { netYen: 9727, taxByRate: [{ rate: 10, taxYen: 669 }, { rate: 8, taxYen: 241 }], grossYen: 10637 };
    expect(issuesOf(input)).toEqual([
      {
        field: 'stated.taxByRate[0].taxYen',
        reason:
          'stated tax for 10% is ¥669 but one rounding (floor, 切り捨て) of ¥6,704 × 10% = ¥670.4 gives ¥670; ' +
          'rounding each line separately gives ¥669, but a qualified invoice rounds once per tax rate',
      },
      { field: 'stated.grossYen', reason: 'stated gross is ¥10,637 but net ¥9,727 + tax ¥911 = ¥10,638' },
    ]);
  });

  it('returns every independent issue, not just the first', () => {
    const input = invoice();
    input.issuerRegistrationNumber = 't7000012050002';
    input.issueDate = '2026-05-01';
    input.partnerId = '';
    input.stated = { ...input.stated, grossYen: 1 };
    expect(issuesOf(input).map((i) => i.field)).toEqual(['partnerId', 'issueDate', 'issuerRegistrationNumber', 'stated.grossYen']);
  });

  it('reports every bad line, and compares no totals while a line is bad (they would only echo it)', () => {
    const input = invoice();
    input.lines = [
      { ...input.lines[0], taxRate: 5 },
      input.lines[1],
      { ...input.lines[2], description: '', quantity: 0 },
      input.lines[3],
    ];
    expect(issuesOf(input)).toEqual([
      { field: 'lines[0].taxRate', reason: 'must be 10 (standard) or 8 (reduced) percent (got 5)' },
      { field: 'lines[2].description', reason: 'is required and must not be empty' },
      { field: 'lines[2].quantity', reason: 'must be a number greater than 0 (e.g. 2, or 1.5 for hours)' },
    ]);
  });

  it('still checks the net when the rounding mode is unknown, but not tax or gross', () => {
    const input = { ...invoice(), roundingMode: 'bankers', stated: { ...invoice().stated, netYen: 1, grossYen: 2 } };
    expect(issuesOf(input).map((i) => i.field)).toEqual(['roundingMode', 'stated.netYen']);
  });

  it('accepts an invoice dated today and refuses one dated tomorrow', () => {
    expect(issuesOf({ ...invoice(), issueDate: TODAY })).toEqual([]);
    expect(issuesOf({ ...invoice(), issueDate: '2026-05-01' })).toEqual([
      { field: 'issueDate', reason: 'is 2026-05-01, after today (2026-04-30); an invoice cannot be dated in the future' },
    ]);
  });

  it('refuses what is not an invoice, or has no stated totals, without throwing', () => {
    expect(issuesOf(null)).toEqual([{ field: '(root)', reason: 'must be an invoice (an object)' }]);
    const { stated: _stated, ...noStated } = invoice();
    expect(issuesOf(noStated)).toEqual([{ field: 'stated', reason: 'is required: the net, the tax per rate and the gross the invoice states' }]);
    expect(issuesOf({ ...invoice(), lines: 'none' })).toEqual([{ field: 'lines', reason: 'must be a list of invoice lines' }]);
  });

  it('refuses amounts that add up beyond exact arithmetic instead of approximating', () => {
    const big = { description: 'x', category: 'investigation', quantity: 1, unitPriceYen: Number.MAX_SAFE_INTEGER - 1, taxRate: 10 };
    expect(issuesOf({ ...invoice(), lines: [big, big] })).toContainEqual({
      field: 'lines',
      reason: 'the line amounts add up to more than can be computed exactly to the yen',
    });
  });

  it('throws on an invalid today: that is the caller\'s bug, not the partner\'s', () => {
    expect(() => validateQualifiedInvoice(invoice(), '30/04/2026')).toThrow('today must be a date (YYYY-MM-DD)');
  });
});
