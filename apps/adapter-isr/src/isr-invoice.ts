import type { InvoiceV2, IsrInvoiceV1 } from '@hub/contracts';

type Line = InvoiceV2['lines'][number];
type FeeLine = IsrInvoiceV1['feeLines'][number];

/**
 * I.S.Rating's fee codes in the policy's cost categories. Evaluation and certification are the seed's 再発防止策の実施状況
 * についての証明 (recurrence_prevention, 再発防止実施費用), travel to the onsite review is part of that work; publication on
 * the website and in the mail magazine is a public notice to business partners (public_notice_and_press, 社告・広告宣伝);
 * the analysts' advice on the measures is consulting.
 */
const CATEGORY_OF_FEE: Record<FeeLine['feeCode'], Line['category']> = {
  EVALUATION_FEE: 'recurrence_prevention',
  CERTIFICATION_FEE: 'recurrence_prevention',
  DISCLOSURE_SUPPORT_FEE: 'public_notice_and_press',
  ANALYST_ADVISORY_FEE: 'consulting',
  TRAVEL_EXPENSES: 'recurrence_prevention',
};

/** The billing unit, printed after the item so the invoice line says what one of its quantity is (評価1件, 証明書1通). */
const UNIT_LABEL: Record<FeeLine['billingUnit'], string> = {
  PER_EVALUATION: '単位: 評価1件',
  PER_CERTIFICATE: '単位: 証明書1通',
  PER_PUBLICATION: '単位: 公表1媒体',
  PER_ANALYST_DAY: '単位: アナリスト1人日',
  AT_COST: '実費',
};

const TAX_OF_CLASS: Record<FeeLine['taxClass'], Pick<Line, 'taxCategory' | 'taxRate'>> = {
  KAZEI_10: { taxCategory: 'taxable', taxRate: 10 },
  KAZEI_8: { taxCategory: 'taxable', taxRate: 8 },
  HIKAZEI: { taxCategory: 'non_taxable' },
  FUKAZEI: { taxCategory: 'out_of_scope' },
  MENZEI: { taxCategory: 'zero_rated' },
};

const ROUNDING: Record<IsrInvoiceV1['taxFractionRule'], InvoiceV2['roundingMode']> = { KIRISUTE: 'floor', SHISHAGONYU: 'round', KIRIAGE: 'ceil' };

/** The line's description as the canonical invoice carries it: I.S.Rating's item, then its billing unit. */
export const lineDescription = (line: FeeLine): string => `${line.itemName}（${UNIT_LABEL[line.billingUnit]}）`;

/**
 * I.S.Rating's invoice as the canonical invoice, field for field: nothing is computed or corrected here, so core checks
 * I.S.Rating's own figures (totals, tax per rate, registration number) exactly as it checks POST /invoices.
 */
export function isrInvoiceToCanonical(invoice: IsrInvoiceV1): Omit<InvoiceV2, 'partnerId'> {
  return {
    orderId: invoice.requestNo,
    invoiceNumber: invoice.billingNo,
    issueDate: invoice.billingDate,
    issuerName: invoice.seller.corporateName,
    issuerRegistrationNumber: invoice.seller.registrationNo,
    recipientName: invoice.addressee,
    supplyPeriod: { from: invoice.servicePeriod.start, to: invoice.servicePeriod.end },
    pricing: invoice.pricing === 'ZEINUKI' ? 'tax_exclusive' : 'tax_inclusive',
    roundingMode: ROUNDING[invoice.taxFractionRule],
    lines: invoice.feeLines.map((line) => ({
      description: lineDescription(line),
      category: CATEGORY_OF_FEE[line.feeCode],
      quantity: line.quantity,
      unitPriceYen: line.unitPriceYen,
      ...TAX_OF_CLASS[line.taxClass],
    })),
    stated: {
      byRate: invoice.amounts.byTaxRate.map((r) => ({ rate: r.ratePercent, amountYen: r.subtotalYen, taxYen: r.consumptionTaxYen })),
      nonTaxableYen: invoice.amounts.untaxedYen,
      grossYen: invoice.amounts.totalYen,
    },
  };
}
