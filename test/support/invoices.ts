import { randomUUID } from 'node:crypto';
import type { CreditNoteRequestV2, InvoiceV2 } from '@hub/contracts';
import { computeInvoiceV2, lineNetYen, parseQuantity, type Pricing } from '@hub/invoicing';
import { findPartner } from '@hub/partners';

/** LAC's registration number as the partner directory holds it: every LAC invoice must carry it. */
export const LAC_REGISTRATION = registrationOf('lac');

export function registrationOf(partnerId: string): string {
  const partner = findPartner(partnerId);
  if (!partner) throw new Error(`no partner ${partnerId}`);
  return partner.registrationNumber;
}

export interface LineSpec {
  description: string;
  category: InvoiceV2['lines'][number]['category'];
  unitPriceYen: number;
  quantity?: number;
  /** Taxable at 10% unless told otherwise. */
  taxRate?: 10 | 8;
  taxCategory?: InvoiceV2['lines'][number]['taxCategory'];
  recipientKind?: 'individual' | 'corporation';
}

function fullLine(l: LineSpec): InvoiceV2['lines'][number] {
  const taxCategory = l.taxCategory ?? 'taxable';
  return {
    description: l.description,
    category: l.category,
    quantity: l.quantity ?? 1,
    unitPriceYen: l.unitPriceYen,
    taxCategory,
    ...(taxCategory === 'taxable' ? { taxRate: l.taxRate ?? 10 } : {}),
    ...(l.recipientKind ? { recipientKind: l.recipientKind } : {}),
  };
}

/** The totals a correct partner states for these lines (tax once per rate, floor). */
export function statedFor(lines: { quantity: number; unitPriceYen: number; taxCategory: string; taxRate?: 10 | 8 }[], pricing: Pricing = 'tax_exclusive'): InvoiceV2['stated'] {
  const computed = computeInvoiceV2(
    lines.map((l, i) => ({ lineNo: i + 1, taxCategory: l.taxCategory as 'taxable', taxRate: l.taxRate ?? null, amountYen: amountOf(l.quantity, l.unitPriceYen) })),
    pricing,
    'floor',
  );
  return {
    byRate: computed.byRate.map((r) => ({ rate: r.rate, amountYen: r.amountYen, taxYen: r.taxYen })),
    nonTaxableYen: computed.nonTaxableYen,
    grossYen: computed.grossYen,
  };
}

/** quantity × unit price in whole yen, exactly (never through a float product). */
function amountOf(quantity: number, unitPriceYen: number): number {
  const parsed = parseQuantity(quantity);
  if (!parsed.ok) throw new Error(parsed.reason);
  const net = lineNetYen(parsed.milli, unitPriceYen);
  if (!net.ok) throw new Error(net.reason);
  return net.yen;
}

/** A qualified invoice with every required item and totals stated the way a correct partner states them. */
export function invoiceFor(partnerId: string, orderId: string, lines: LineSpec[], overrides: Partial<InvoiceV2> = {}): InvoiceV2 {
  const full = lines.map(fullLine);
  const pricing = overrides.pricing ?? 'tax_exclusive';
  return {
    partnerId,
    orderId,
    invoiceNumber: `INV-${randomUUID().slice(0, 12)}`,
    issueDate: '2026-11-20',
    issuerName: findPartner(partnerId)?.nameJa ?? partnerId,
    issuerRegistrationNumber: findPartner(partnerId)?.registrationNumber ?? 'T7000012050002',
    recipientName: '株式会社みなと精機',
    supplyPeriod: { from: '2026-11-10', to: '2026-11-19' },
    pricing,
    roundingMode: 'floor',
    lines: full,
    stated: statedFor(full, pricing),
    ...overrides,
  };
}

/** A credit note (a return invoice, with every item) on invoice lines, with totals stated as a correct partner states them. */
export function creditNoteFor(
  invoice: { partnerId: string; invoiceNumber: string; issuerRegistrationNumber: string },
  lines: { invoiceLineNo: number; description: string; unitPriceYen: number; taxRate?: 10 | 8; taxCategory?: CreditNoteRequestV2['lines'][number]['taxCategory'] }[],
  overrides: Partial<CreditNoteRequestV2> = {},
): CreditNoteRequestV2 {
  const full = lines.map((l) => {
    const taxCategory = l.taxCategory ?? 'taxable';
    return { invoiceLineNo: l.invoiceLineNo, description: l.description, quantity: 1, unitPriceYen: l.unitPriceYen, taxCategory, ...(taxCategory === 'taxable' ? { taxRate: l.taxRate ?? 10 } : {}) };
  });
  return {
    partnerId: invoice.partnerId,
    creditNoteNumber: `CN-${invoice.invoiceNumber}`,
    issueDate: '2026-11-24',
    issuerName: findPartner(invoice.partnerId)?.nameJa ?? invoice.partnerId,
    issuerRegistrationNumber: invoice.issuerRegistrationNumber,
    invoiceNumber: invoice.invoiceNumber,
    pricing: 'tax_exclusive',
    roundingMode: 'floor',
    lines: full,
    stated: statedFor(full),
    ...overrides,
  };
}
