import type { EltesInvoiceV1, InvoiceV2 } from '@hub/contracts';

type Line = InvoiceV2['lines'][number];

/**
 * Eltes's service menu in the policy's cost categories: monitoring keeps a flare-up from spreading (被害拡大防止), an
 * emergency notice and the official account's statements are public notices (社告・広告宣伝), flare-up advice is
 * consulting.
 */
const CATEGORY_OF_MENU: Record<EltesInvoiceV1['lines'][number]['menuCode'], Line['category']> = {
  WEB_MONITORING_DAILY: 'damage_spread_prevention',
  WEB_MONITORING_MONTHLY: 'damage_spread_prevention',
  EMERGENCY_NOTICE_SPOT: 'public_notice_and_press',
  OFFICIAL_ACCOUNT_SUPPORT: 'public_notice_and_press',
  FLAREUP_CONSULTING: 'consulting',
};

const TAX_OF_TYPE: Record<EltesInvoiceV1['lines'][number]['taxType'], Pick<Line, 'taxCategory' | 'taxRate'>> = {
  TAXABLE_10: { taxCategory: 'taxable', taxRate: 10 },
  TAXABLE_8: { taxCategory: 'taxable', taxRate: 8 },
  NON_TAXABLE: { taxCategory: 'non_taxable' },
  NOT_SUBJECT: { taxCategory: 'out_of_scope' },
  EXEMPT: { taxCategory: 'zero_rated' },
};

const ROUNDING: Record<EltesInvoiceV1['taxRounding'], InvoiceV2['roundingMode']> = { TRUNCATE: 'floor', ROUND_HALF_UP: 'round', ROUND_UP: 'ceil' };

/**
 * Eltes's invoice as the canonical invoice, field for field: nothing is computed or corrected, so core checks Eltes's own
 * figures (totals, tax per rate, registration number) exactly as it checks POST /invoices. The billing unit (monitoring
 * days, months, notices, hours) goes into the line's description, so the coordinator reads quantity × unit price in it.
 */
export function eltesInvoiceToCanonical(invoice: EltesInvoiceV1): Omit<InvoiceV2, 'partnerId'> {
  return {
    orderId: invoice.requestId,
    invoiceNumber: invoice.invoiceNo,
    issueDate: invoice.issueDate,
    issuerName: invoice.issuer.companyName,
    issuerRegistrationNumber: invoice.issuer.registrationNo,
    recipientName: invoice.addressee,
    ...(invoice.servicePeriod ? { supplyPeriod: { from: invoice.servicePeriod.start, to: invoice.servicePeriod.end } } : {}),
    ...(invoice.serviceDate ? { supplyDate: invoice.serviceDate } : {}),
    pricing: invoice.amountBasis === 'TAX_EXCLUDED' ? 'tax_exclusive' : 'tax_inclusive',
    roundingMode: ROUNDING[invoice.taxRounding],
    lines: invoice.lines.map((line) => ({
      description: `${line.itemName}（単位: ${line.unit}）`,
      category: CATEGORY_OF_MENU[line.menuCode],
      quantity: line.quantity,
      unitPriceYen: line.unitPriceYen,
      ...TAX_OF_TYPE[line.taxType],
    })),
    stated: {
      byRate: invoice.totals.byTaxRate.map((r) => ({ rate: r.taxRatePct, amountYen: r.amountYen, taxYen: r.consumptionTaxYen })),
      nonTaxableYen: invoice.totals.untaxedYen,
      grossYen: invoice.totals.grandTotalYen,
    },
  };
}
