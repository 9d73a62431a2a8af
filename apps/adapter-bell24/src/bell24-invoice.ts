import type { Bell24InvoiceV1, InvoiceV2 } from '@hub/contracts';

type Line = InvoiceV2['lines'][number];

const TAX_OF_DIVISION: Record<Bell24InvoiceV1['lines'][number]['taxDivision'], Pick<Line, 'taxCategory' | 'taxRate'>> = {
  課税10: { taxCategory: 'taxable', taxRate: 10 },
  課税8: { taxCategory: 'taxable', taxRate: 8 },
  非課税: { taxCategory: 'non_taxable' },
  不課税: { taxCategory: 'out_of_scope' },
};

const ROUNDING: Record<Bell24InvoiceV1['taxRounding'], InvoiceV2['roundingMode']> = { 切捨て: 'floor', 四捨五入: 'round', 切上げ: 'ceil' };

/**
 * Bell24's invoice as the canonical invoice, field for field: nothing is computed or corrected here, so core checks
 * Bell24's own figures (totals, tax per rate, registration number) exactly as it checks POST /invoices. Every charge of
 * a hotline (set-up, booth-days, overage calls, closing, telecom) is a call-centre cost under the policy (seed 003 §5:
 * コールセンター費用), so one category serves all; the billing unit goes into the description, where the coordinator
 * compares quantity × unit price with the order's estimate.
 */
export function bell24InvoiceToCanonical(invoice: Bell24InvoiceV1): Omit<InvoiceV2, 'partnerId'> {
  return {
    orderId: invoice.requestId,
    invoiceNumber: invoice.invoiceNo,
    issueDate: invoice.issueDate,
    issuerName: invoice.issuer.companyName,
    issuerRegistrationNumber: invoice.issuer.registrationNo,
    recipientName: invoice.billTo,
    supplyPeriod: { from: invoice.servicePeriod.from, to: invoice.servicePeriod.to },
    pricing: invoice.unitPricesIncludeTax ? 'tax_inclusive' : 'tax_exclusive',
    roundingMode: ROUNDING[invoice.taxRounding],
    lines: invoice.lines.map((line) => ({
      description: `${line.itemName}（単位: ${line.unit}）`,
      category: 'call_centre',
      quantity: line.quantity,
      unitPriceYen: line.unitPriceYen,
      ...TAX_OF_DIVISION[line.taxDivision],
    })),
    stated: {
      byRate: invoice.totals.byTaxRate.map((r) => ({ rate: r.taxRate, amountYen: r.subtotalYen, taxYen: r.taxYen })),
      nonTaxableYen: invoice.totals.untaxedYen,
      grossYen: invoice.totals.totalYen,
    },
  };
}
