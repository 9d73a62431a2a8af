import type { InvoiceV2, LacInvoiceV2 } from '@hub/contracts';

type Line = InvoiceV2['lines'][number];

/** LAC's work codes, in the policy's cost categories (seed 002/003: 事故原因・被害範囲調査費用 and the like). */
const CATEGORY_OF_WORK: Record<LacInvoiceV2['items'][number]['work_code'], Line['category']> = {
  'IR-ASSESS': 'cause_and_scope_investigation',
  'IR-FORENSICS': 'cause_and_scope_investigation',
  'IR-CONTAIN': 'damage_spread_prevention',
  'IR-ISOLATE': 'network_isolation',
  'IR-RECURRENCE': 'recurrence_prevention',
  'IR-THREAT': 'threat_investigation',
  'IR-ADVISORY': 'consulting',
};

const TAX_OF_CODE: Record<LacInvoiceV2['items'][number]['tax_code'], Pick<Line, 'taxCategory' | 'taxRate'>> = {
  STD10: { taxCategory: 'taxable', taxRate: 10 },
  RED8: { taxCategory: 'taxable', taxRate: 8 },
  NON_TAXABLE: { taxCategory: 'non_taxable' },
  OUT_OF_SCOPE: { taxCategory: 'out_of_scope' },
  EXPORT: { taxCategory: 'zero_rated' },
};

const ROUNDING: Record<LacInvoiceV2['tax_rounding'], InvoiceV2['roundingMode']> = { DOWN: 'floor', HALF_UP: 'round', UP: 'ceil' };

/**
 * LAC's invoice (API v2) as the canonical invoice, field for field: nothing is computed or corrected here, so core
 * checks LAC's own figures (totals, tax per rate, registration number) exactly as it checks POST /invoices.
 */
export function lacInvoiceV2ToCanonical(invoice: LacInvoiceV2): Omit<InvoiceV2, 'partnerId'> {
  return {
    orderId: invoice.engagement_id,
    invoiceNumber: invoice.invoice_no,
    issueDate: invoice.issued_on,
    issuerName: invoice.issuer.name,
    issuerRegistrationNumber: invoice.issuer.registration_no,
    recipientName: invoice.bill_to,
    ...(invoice.work_period ? { supplyPeriod: { from: invoice.work_period.from, to: invoice.work_period.to } } : {}),
    ...(invoice.work_date ? { supplyDate: invoice.work_date } : {}),
    pricing: invoice.price_basis === 'EXCL_TAX' ? 'tax_exclusive' : 'tax_inclusive',
    roundingMode: ROUNDING[invoice.tax_rounding],
    lines: invoice.items.map((item) => ({
      description: item.description,
      category: CATEGORY_OF_WORK[item.work_code],
      quantity: item.qty,
      unitPriceYen: item.unit_price_jpy,
      ...TAX_OF_CODE[item.tax_code],
    })),
    stated: {
      byRate: invoice.summary.per_rate.map((r) => ({ rate: r.rate, amountYen: r.amount_jpy, taxYen: r.tax_jpy })),
      nonTaxableYen: invoice.summary.non_taxable_jpy,
      grossYen: invoice.summary.total_jpy,
    },
  };
}
