import { type QualifiedInvoiceV2Input, validateQualifiedInvoiceV2 } from './qualified-invoice-v2';

const TODAY = '2026-04-30';

/**
 * A 税込 invoice, floor, worked by hand:
 *   10%: ¥55,006 + ¥165,006 = ¥220,012; × 10/110 = ¥20,001.09… → ¥20,001 (net ¥200,011)
 *        per line: ¥5,000.54… → 5,000 and ¥15,000.54… → 15,000, together ¥20,000: one yen less
 *   8%:  120 × ¥1,083 = ¥129,960; × 8/108 = ¥9,626.66… → ¥9,626 (round and ceil: ¥9,627)
 *   postage stamps (非課税) 500 × ¥110 = ¥55,000;  gross 220,012 + 129,960 + 55,000 = ¥404,972
 */
const taxInclusive = (): QualifiedInvoiceV2Input => ({
  partnerId: 'prap',
  orderRef: '9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d',
  invoiceNumber: 'PRAP-7731',
  issueDate: '2026-04-15',
  issuerName: '株式会社プラップジャパン',
  issuerRegistrationNumber: 'T8011001045678',
  recipientName: '株式会社サンプル商事',
  supplyDate: '2026-04-10',
  pricing: 'tax_inclusive',
  roundingMode: 'floor',
  lines: [
    { description: 'プレスリリース作成支援', category: 'public_notices_press', quantity: 1, unitPriceYen: 55006, taxCategory: 'taxable', taxRate: 10 },
    { description: '記者会見運営', category: 'public_notices_press', quantity: 1, unitPriceYen: 165006, taxCategory: 'taxable', taxRate: 10 },
    { description: '見舞品（菓子折り）', category: 'condolence', quantity: 120, unitPriceYen: 1083, taxCategory: 'taxable', taxRate: 8 },
    { description: 'お詫び状 郵便切手', category: 'apology_letters', quantity: 500, unitPriceYen: 110, taxCategory: 'non_taxable' },
  ],
  stated: {
    byRate: [
      { rate: 10, amountYen: 220012, taxYen: 20001 },
      { rate: 8, amountYen: 129960, taxYen: 9626 },
    ],
    nonTaxableYen: 55000,
    grossYen: 404972,
  },
});

const withRate = (index: number, change: object): QualifiedInvoiceV2Input => {
  const input = taxInclusive();
  input.stated = { ...input.stated, byRate: input.stated.byRate.map((r, i) => (i === index ? { ...r, ...change } : r)) };
  return input;
};

const issuesOf = (input: QualifiedInvoiceV2Input) => {
  const result = validateQualifiedInvoiceV2(input, TODAY);
  return result.ok ? [] : result.issues;
};

describe('reasons for stated totals that do not match', () => {
  it('accepts the base invoice', () => {
    expect(issuesOf(taxInclusive())).toEqual([]);
  });

  it('recognises the tax derived line by line on a 税込 invoice', () => {
    expect(issuesOf(withRate(0, { taxYen: 20000 }))).toEqual([
      {
        field: 'stated.byRate[0].taxYen',
        reason:
          'stated tax for 10% is ¥20,000 but one rounding (floor, 切り捨て) of ¥220,012 × 10/110 = ¥20,001.09… gives ¥20,001; ' +
          'deriving the tax from each line separately gives ¥20,000, but a qualified invoice rounds once per tax rate (消費税法施行令第70条の10)',
      },
    ]);
  });

  it('recognises another rounding mode', () => {
    expect(issuesOf(withRate(1, { taxYen: 9627 }))).toEqual([
      {
        field: 'stated.byRate[1].taxYen',
        reason:
          'stated tax for 8% is ¥9,627 but one rounding (floor, 切り捨て) of ¥129,960 × 8/108 = ¥9,626.66… gives ¥9,626; ' +
          '¥9,627 is what round (四捨五入) gives, but the invoice\'s rounding mode is floor',
      },
    ]);
  });

  it('recognises 10% of a tax-inclusive amount', () => {
    expect(issuesOf(withRate(0, { taxYen: 22001 }))[0].reason).toBe(
      'stated tax for 10% is ¥22,001 but one rounding (floor, 切り捨て) of ¥220,012 × 10/110 = ¥20,001.09… gives ¥20,001; ' +
        '¥22,001 is 10% of ¥220,012, but this invoice is tax-inclusive (税込): the amount already contains the tax, which is 10/110 of it',
    );
  });

  it('recognises the tax-exclusive total stated on a 税込 invoice', () => {
    expect(issuesOf(withRate(0, { amountYen: 200011 }))).toEqual([
      {
        field: 'stated.byRate[0].amountYen',
        reason:
          'stated amount for 10% is ¥200,011 but the 10% lines add up to ¥220,012 tax-inclusive (税込); ¥200,011 is the total without tax, but this invoice is tax-inclusive (税込): amountYen is the total including tax',
      },
    ]);
  });

  it('recognises the 税込 formula and the tax-inclusive total on a 税抜 invoice', () => {
    // 税抜, floor: ¥220,012 × 10% = ¥22,001.2 → ¥22,001; 220,012 × 10/110 would be ¥20,001.
    const input = { ...withRate(0, { taxYen: 20001 }), pricing: 'tax_exclusive' };
    input.stated = { ...input.stated, byRate: [input.stated.byRate[0], { rate: 8, amountYen: 129960, taxYen: 10396 }], grossYen: 437369 };
    expect(issuesOf(input).map((i) => i.reason)).toEqual([
      'stated tax for 10% is ¥20,001 but one rounding (floor, 切り捨て) of ¥220,012 × 10% = ¥22,001.2 gives ¥22,001; ' +
        '¥20,001 is the tax contained in ¥220,012 as if it included tax, but this invoice is tax-exclusive (税抜): the tax is 10% on top',
    ]);
    input.stated = { ...input.stated, byRate: [{ rate: 10, amountYen: 242013, taxYen: 22001 }, input.stated.byRate[1]] };
    expect(issuesOf(input).map((i) => i.reason)).toEqual([
      'stated amount for 10% is ¥242,013 but the 10% lines add up to ¥220,012 tax-exclusive (税抜); ¥242,013 is the total including tax, but this invoice is tax-exclusive (税抜): amountYen is the total before tax',
    ]);
  });

  it('says "exactly" when no rounding was needed', () => {
    const input = taxInclusive();
    input.lines = [{ ...input.lines[0], unitPriceYen: 1100 }];
    input.stated = { byRate: [{ rate: 10, amountYen: 1100, taxYen: 99 }], nonTaxableYen: 0, grossYen: 1100 };
    expect(issuesOf(input)).toEqual([{ field: 'stated.byRate[0].taxYen', reason: 'stated tax for 10% is ¥99 but ¥1,100 × 10/110 is exactly ¥100' }]);
  });

  it('recognises the non-taxable total stated as a rate', () => {
    const input = taxInclusive();
    input.lines = [input.lines[3]];
    input.stated = { byRate: [{ rate: 10, amountYen: 55000, taxYen: 5000 }], nonTaxableYen: 0, grossYen: 55000 };
    expect(issuesOf(input)).toEqual([
      {
        field: 'stated.byRate[0].rate',
        reason: '10% is stated but no line is taxable at 10%; its amount ¥55,000 is what the lines not subject to consumption tax add up to: state that as nonTaxableYen instead',
      },
      {
        field: 'stated.nonTaxableYen',
        reason: 'stated total not subject to consumption tax is ¥0 but lines[0] is not subject to it, totalling ¥55,000',
      },
    ]);
  });
});
