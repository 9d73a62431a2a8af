import fc from 'fast-check';
import { type InvoiceLineV2Input, type QualifiedInvoiceV2Input, validateQualifiedInvoiceV2 } from './qualified-invoice-v2';
import type { Pricing } from './tax-category';
import type { RoundingMode } from './yen';

/** fast-check's default 100 in `npm test`; `npm run fuzz` sets FUZZ_RUNS for a long search. */
const RUNS = Number(process.env.FUZZ_RUNS ?? 100);

/**
 * For random valid invoices, priced either way: the validator accepts the totals an independent oracle
 * states (one rounding per rate, written here from the rule with plain BigInt, not with the library's
 * helpers), and the per-line amounts add up to the invoice exactly.
 */

const TODAY = '2026-04-30';

/** One rounding of n / d, from the definitions: 切り捨て, 四捨五入 (half up), 切り上げ. */
function oracleRound(n: bigint, d: bigint, mode: RoundingMode): bigint {
  if (mode === 'floor') return n / d;
  if (mode === 'ceil') return (n + d - 1n) / d;
  return (2n * n + d) / (2n * d);
}

function oracleTax(amountYen: number, rate: number, pricing: Pricing, mode: RoundingMode): number {
  const denominator = pricing === 'tax_inclusive' ? 100 + rate : 100;
  return Number(oracleRound(BigInt(amountYen) * BigInt(rate), BigInt(denominator), mode));
}

const taxableLine = fc.record({
  quantity: fc.oneof(fc.integer({ min: 1, max: 200 }), fc.constantFrom(0.5, 1.5, 2.25, 0.125)),
  unitPriceYen: fc.oneof(fc.integer({ min: 0, max: 2_000_000 }), fc.integer({ min: 0, max: 100 }).map((n) => n * 8)),
  taxRate: fc.constantFrom(10, 8),
});
const nonTaxableLine = fc.record({
  quantity: fc.integer({ min: 1, max: 50 }),
  unitPriceYen: fc.integer({ min: 0, max: 500_000 }),
  taxCategory: fc.constantFrom('non_taxable', 'out_of_scope', 'zero_rated'),
});
const lineInput = fc.oneof(
  { weight: 3, arbitrary: taxableLine.map((l): InvoiceLineV2Input => ({ description: '作業', category: 'investigation', taxCategory: 'taxable', ...l })) },
  { weight: 1, arbitrary: nonTaxableLine.map((l): InvoiceLineV2Input => ({ description: '立替金', category: 'investigation', ...l })) },
);

/** An invoice whose stated totals come from the oracle; every quantity × price is whole yen (8 × 0.125 = 1). */
const invoice = fc
  .record({
    lines: fc.array(lineInput, { minLength: 1, maxLength: 15 }),
    pricing: fc.constantFrom<Pricing>('tax_exclusive', 'tax_inclusive'),
    roundingMode: fc.constantFrom<RoundingMode>('floor', 'round', 'ceil'),
  })
  .map(({ lines, pricing, roundingMode }) => {
    const whole = lines.map((l) => ({ ...l, unitPriceYen: l.unitPriceYen - (l.unitPriceYen % 8) }));
    const amount = (l: InvoiceLineV2Input) => Number((BigInt(l.quantity * 1000) * BigInt(l.unitPriceYen)) / 1000n);
    const byRate = [10, 8].flatMap((rate) => {
      const atRate = whole.filter((l) => l.taxRate === rate);
      if (atRate.length === 0) return [];
      const amountYen = atRate.reduce((s, l) => s + amount(l), 0);
      return [{ rate, amountYen, taxYen: oracleTax(amountYen, rate, pricing, roundingMode) }];
    });
    const nonTaxableYen = whole.filter((l) => l.taxCategory !== 'taxable').reduce((s, l) => s + amount(l), 0);
    const taxed = byRate.reduce((s, r) => s + r.amountYen + (pricing === 'tax_exclusive' ? r.taxYen : 0), 0);
    const input: QualifiedInvoiceV2Input = {
      partnerId: 'lac',
      orderRef: 'o-1',
      invoiceNumber: 'LAC-INV-0042',
      issueDate: '2026-04-28',
      issuerName: '株式会社ラック',
      issuerRegistrationNumber: 'T7000012050002',
      recipientName: '株式会社サンプル',
      supplyDate: '2026-04-20',
      pricing,
      roundingMode,
      lines: whole,
      stated: { byRate, nonTaxableYen, grossYen: taxed + nonTaxableYen },
    };
    return input;
  });

describe('validateQualifiedInvoiceV2 properties', () => {
  it('accepts the oracle\'s totals: tax once per rate, Σ line gross = gross, Σ line tax = tax', () => {
    fc.assert(
      fc.property(invoice, (input) => {
        const result = validateQualifiedInvoiceV2(input, TODAY);
        expect(result.ok ? [] : result.issues).toEqual([]);
        if (!result.ok) return;
        const { computed } = result;
        expect(computed.grossYen).toBe(input.stated.grossYen);
        expect(computed.byRate.map((r) => ({ rate: r.rate, amountYen: r.amountYen, taxYen: r.taxYen }))).toEqual(input.stated.byRate);
        expect(computed.lines.reduce((s, l) => s + l.grossYen, 0)).toBe(computed.grossYen);
        expect(computed.lines.reduce((s, l) => s + l.taxYen, 0)).toBe(computed.taxYen);
        expect(computed.lines.reduce((s, l) => s + l.netYen, 0)).toBe(computed.netYen);
        for (const r of computed.byRate) {
          expect(computed.lines.filter((l) => l.taxRate === r.rate).reduce((s, l) => s + l.taxYen, 0)).toBe(r.taxYen);
          expect(r.netYen + r.taxYen).toBe(r.grossYen);
        }
        for (const l of computed.lines) {
          expect(l.netYen + l.taxYen).toBe(l.grossYen);
          expect(l.netYen >= 0 && l.taxYen >= 0).toBe(true);
          if (l.taxRate === null) expect(l.taxYen).toBe(0);
        }
      }),
      { numRuns: RUNS },
    );
  });

  it('refuses the invoice when any stated rate\'s tax is one yen off', () => {
    fc.assert(
      fc.property(
        invoice.filter((input) => input.stated.byRate.length > 0),
        fc.nat(),
        fc.constantFrom(1, -1),
        (input, pick, delta) => {
          const index = pick % input.stated.byRate.length;
          const byRate = input.stated.byRate.map((r, i) => (i === index ? { ...r, taxYen: r.taxYen + delta } : r));
          fc.pre(byRate[index].taxYen >= 0);
          const result = validateQualifiedInvoiceV2({ ...input, stated: { ...input.stated, byRate } }, TODAY);
          expect(result.ok ? [] : result.issues.map((i) => i.field)).toContain(`stated.byRate[${index}].taxYen`);
        },
      ),
      { numRuns: RUNS },
    );
  });
});
