import type { AosInvoiceV1, InvoiceV2 } from '@hub/contracts';

type Line = InvoiceV2['lines'][number];
type AosLine = AosInvoiceV1['lines'][number];

/** AOS's service menu in the policy's cost categories (seed 002/003: 事故原因・被害範囲調査費用, 弁護士相談費用, …). */
const CATEGORY_OF_MENU: Record<AosLine['menuCode'], Line['category']> = {
  HOZEN: 'cause_and_scope_investigation',
  KAISEKI: 'cause_and_scope_investigation',
  HOKOKUSHO: 'cause_and_scope_investigation',
  BENGOSHI: 'lawyer_consultation',
  FUKUGEN: 'system_data_website_recovery',
  UMU_CHOSA: 'threat_investigation',
  // Media and travel at cost belong to the investigation they were spent on.
  JIPPI: 'cause_and_scope_investigation',
};

/** The billing unit, written into the canonical line's description: quantity × unit price alone does not say per what. */
const UNIT_LABEL: Record<AosLine['unit'], string> = { DAI: '単位: 台', KEN: '単位: 件', JIKAN: '単位: 時間', SHIKI: '単位: 式' };

const TAX_OF_CLASS: Record<AosLine['taxClass'], Pick<Line, 'taxCategory' | 'taxRate'>> = {
  KAZEI_10: { taxCategory: 'taxable', taxRate: 10 },
  KAZEI_8: { taxCategory: 'taxable', taxRate: 8 },
  HIKAZEI: { taxCategory: 'non_taxable' },
  FUKAZEI: { taxCategory: 'out_of_scope' },
  MENZEI: { taxCategory: 'zero_rated' },
};

const ROUNDING: Record<AosInvoiceV1['taxRounding'], InvoiceV2['roundingMode']> = { KIRISUTE: 'floor', SHISHAGONYU: 'round', KIRIAGE: 'ceil' };

/**
 * AOS's invoice as the canonical invoice, field for field: nothing is computed or corrected here, so core checks AOS's own
 * figures (totals, tax per rate, registration number) exactly as it checks POST /invoices.
 */
export function aosInvoiceToCanonical(invoice: AosInvoiceV1): Omit<InvoiceV2, 'partnerId'> {
  return {
    orderId: invoice.matterRef,
    invoiceNumber: invoice.invoiceNo,
    issueDate: invoice.invoiceDate,
    issuerName: invoice.issuer.companyName,
    issuerRegistrationNumber: invoice.issuer.registrationNo,
    recipientName: invoice.addressee,
    ...(invoice.deliveryPeriod ? { supplyPeriod: { from: invoice.deliveryPeriod.from, to: invoice.deliveryPeriod.to } } : {}),
    ...(invoice.deliveredOn ? { supplyDate: invoice.deliveredOn } : {}),
    pricing: invoice.priceBasis === 'ZEINUKI' ? 'tax_exclusive' : 'tax_inclusive',
    roundingMode: ROUNDING[invoice.taxRounding],
    lines: invoice.lines.map((line) => ({
      description: `${line.itemName}（${UNIT_LABEL[line.unit]}）`,
      category: CATEGORY_OF_MENU[line.menuCode],
      quantity: line.quantity,
      unitPriceYen: line.unitPriceYen,
      ...TAX_OF_CLASS[line.taxClass],
    })),
    stated: {
      byRate: invoice.totals.byRate.map((r) => ({ rate: r.ratePercent, amountYen: r.subtotalYen, taxYen: r.taxYen })),
      nonTaxableYen: invoice.totals.nonTaxableYen,
      grossYen: invoice.totals.totalYen,
    },
  };
}
