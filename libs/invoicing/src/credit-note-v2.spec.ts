import { type CreditNoteLineV2Input, type CreditNoteV2Input, validateCreditNoteV2 } from './credit-note-v2';

const TODAY = '2026-04-30';

const line = (unitPriceYen: number, change: Partial<CreditNoteLineV2Input> = {}): CreditNoteLineV2Input => ({
  invoiceLineNo: 2,
  description: '事故査定 面談 減額',
  quantity: 1,
  unitPriceYen,
  taxCategory: 'taxable',
  taxRate: 10,
  ...change,
});

/** A bare 税込 credit: no issuer name, registration number, rounding mode or stated totals. */
const bare = (unitPriceYen: number): CreditNoteV2Input => ({
  partnerId: 'lac',
  creditNoteNumber: 'LAC-CN-0007',
  invoiceNumber: 'LAC-INV-0042',
  issueDate: '2026-04-28',
  pricing: 'tax_inclusive',
  lines: [line(unitPriceYen)],
});

/** ¥110,005 税抜 at 10% (¥11,000.5 → ¥11,000 floor) and 10 × ¥1,083 = ¥10,830 at 8% (¥866.4 → ¥866). */
const full = (): CreditNoteV2Input => ({
  ...bare(0),
  issuerName: '株式会社ラック',
  issuerRegistrationNumber: 'T4010401099123',
  pricing: 'tax_exclusive',
  roundingMode: 'floor',
  lines: [line(110005, { invoiceLineNo: 1 }), line(1083, { invoiceLineNo: 3, quantity: 10, taxRate: 8, description: '見舞品 返品' })],
  stated: {
    byRate: [
      { rate: 10, amountYen: 110005, taxYen: 11000 },
      { rate: 8, amountYen: 10830, taxYen: 866 },
    ],
    nonTaxableYen: 0,
    grossYen: 132701,
  },
});

const issuesOf = (input: unknown) => {
  const result = validateCreditNoteV2(input as CreditNoteV2Input, TODAY);
  return result.ok ? [] : result.issues;
};

describe('validateCreditNoteV2', () => {
  it('accepts a ¥9,999 credit without the return-invoice items (少額な返還インボイス), floor assumed', () => {
    // ¥9,999 × 10/110 = ¥909 exactly; net ¥9,090.
    expect(validateCreditNoteV2(bare(9999), TODAY)).toMatchObject({
      ok: true,
      returnInvoice: false,
      computed: { pricing: 'tax_inclusive', roundingMode: 'floor', byRate: [{ rate: 10, amountYen: 9999, netYen: 9090, taxYen: 909, grossYen: 9999 }], grossYen: 9999 },
    });
  });

  it('refuses a ¥10,000 credit without them, naming each missing item', () => {
    const reason =
      'is required: this credit is ¥10,000 including consumption tax, so it must be a return invoice (適格返還請求書, 消費税法第57条の4第3項); ' +
      'only credits under ¥10,000 are exempt (施行令第70条の9第3項第2号)';
    expect(issuesOf(bare(10000))).toEqual([
      { field: 'issuerName', reason },
      { field: 'issuerRegistrationNumber', reason },
      { field: 'roundingMode', reason },
      { field: 'stated', reason: reason.replace('is required', 'is required (per rate the amount and tax, the total not subject to consumption tax, and the gross)') },
    ]);
  });

  it('accepts a full return invoice, checked like an invoice', () => {
    const result = validateCreditNoteV2(full(), TODAY);
    expect(result).toMatchObject({ ok: true, returnInvoice: true, computed: { netYen: 120835, taxYen: 11866, grossYen: 132701 } });
    const wrong = full();
    wrong.stated = { ...(wrong.stated as NonNullable<CreditNoteV2Input['stated']>), grossYen: 132700 };
    expect(issuesOf(wrong)).toEqual([{ field: 'stated.grossYen', reason: 'stated gross is ¥132,700 but net ¥120,835 + tax ¥11,866 = ¥132,701' }]);
  });

  it('counts only the taxable part against ¥10,000: reimbursed fares carry no tax to return', () => {
    const note = bare(5000);
    note.lines = [line(5000), line(50000, { invoiceLineNo: 7, taxCategory: 'out_of_scope', taxRate: undefined, description: '立替交通費 取消' })];
    expect(validateCreditNoteV2(note, TODAY)).toMatchObject({ ok: true, returnInvoice: false, computed: { nonTaxableYen: 50000, grossYen: 55000 } });
  });

  it('under ¥10,000, still checks what is given', () => {
    expect(issuesOf({ ...bare(9999), issuerRegistrationNumber: 'T123' })).toEqual([
      { field: 'issuerRegistrationNumber', reason: 'must be T followed by 13 digits (got 3 digits)' },
    ]);
    expect(issuesOf({ ...bare(9999), issuerName: ' ' })[0].field).toBe('issuerName');
    // ¥9,998 × 10/110 = ¥908.90…: floor (assumed) ¥908; ¥909 is round's.
    expect(issuesOf({ ...bare(9998), stated: { byRate: [{ rate: 10, amountYen: 9998, taxYen: 909 }], nonTaxableYen: 0, grossYen: 9998 } })).toEqual([
      {
        field: 'stated.byRate[0].taxYen',
        reason:
          'stated tax for 10% is ¥909 but one rounding (floor, 切り捨て) of ¥9,998 × 10/110 = ¥908.90… gives ¥908; ' +
          '¥909 is what round (四捨五入) gives, but no roundingMode is stated, so floor (切り捨て) is assumed: state roundingMode "round"',
      },
    ]);
  });

  it('decides ¥10,000 with the stated rounding mode on a 税抜 credit', () => {
    // 8%: ¥9,259 × 8% = ¥740.72: floor ¥740 → ¥9,999 (exempt); ceil ¥741 → ¥10,000 (a return invoice).
    const note = { ...bare(9259), pricing: 'tax_exclusive', lines: [line(9259, { taxRate: 8 })] };
    expect(validateCreditNoteV2(note, TODAY)).toMatchObject({ ok: true, returnInvoice: false, computed: { grossYen: 9999 } });
    expect(issuesOf({ ...note, roundingMode: 'ceil' }).map((i) => i.field)).toEqual(['issuerName', 'issuerRegistrationNumber', 'stated']);
  });

  it('is a return invoice under ¥10,000 too when it carries every item', () => {
    const note: CreditNoteV2Input = {
      ...bare(9999),
      issuerName: '株式会社ラック',
      issuerRegistrationNumber: 'T4010401099123',
      roundingMode: 'floor',
      stated: { byRate: [{ rate: 10, amountYen: 9999, taxYen: 909 }], nonTaxableYen: 0, grossYen: 9999 },
    };
    expect(validateCreditNoteV2(note, TODAY)).toMatchObject({ ok: true, returnInvoice: true });
  });

  it('refuses a repeated or invalid invoice line number, and the line rules of an invoice', () => {
    const note = bare(1000);
    note.lines = [line(1000), line(2000), line(3000, { invoiceLineNo: 0 }), line(10, { taxCategory: 'non_taxable' })];
    expect(issuesOf(note)).toEqual([
      { field: 'lines[2].invoiceLineNo', reason: 'must be the number of the credited invoice line, a whole number from 1 (got 0)' },
      {
        field: 'lines[3].taxRate',
        reason: 'must be left out (got 10): the line is non_taxable (非課税), which bears no consumption tax and so has no rate; a line taxed at 10% or 8% is taxable (課税)',
      },
      { field: 'lines[1].invoiceLineNo', reason: 'invoice line 2 is already credited at lines[0]; credit each invoice line on one line of the note' },
      { field: 'lines[3].invoiceLineNo', reason: 'invoice line 2 is already credited at lines[0]; credit each invoice line on one line of the note' },
    ]);
  });

  it('refuses numbers with no letter or digit, an unknown pricing and a bad rounding mode', () => {
    expect(issuesOf({ ...bare(100), creditNoteNumber: '#', invoiceNumber: '', pricing: 'gross', roundingMode: 'up' }).map((i) => i.field)).toEqual([
      'creditNoteNumber',
      'invoiceNumber',
      'pricing',
      'roundingMode',
    ]);
  });

  it('refuses what is not a credit note without throwing, and throws on an invalid today', () => {
    expect(issuesOf([])).toEqual([{ field: '(root)', reason: 'must be a credit note (an object)' }]);
    expect(() => validateCreditNoteV2(bare(1), '2026-4-30')).toThrow('today must be a date');
  });
});
