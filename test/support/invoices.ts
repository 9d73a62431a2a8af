import { randomUUID } from 'node:crypto';
import type { InvoiceV1 } from '@hub/contracts';
import { computeInvoiceTax } from '@hub/invoicing';

/** A real corporate number with a valid check digit (the National Tax Agency's own), as a registration number. */
export const LAC_REGISTRATION = 'T7000012050002';

export interface LineSpec {
  description: string;
  category: InvoiceV1['lines'][number]['category'];
  unitPriceYen: number;
  quantity?: number;
  taxRate?: 10 | 8;
}

/** A qualified invoice with totals stated the way a correct partner states them (tax once per rate, floor). */
export function invoiceFor(partnerId: string, orderId: string, lines: LineSpec[], overrides: Partial<InvoiceV1> = {}): InvoiceV1 {
  const full = lines.map((l) => ({ description: l.description, category: l.category, quantity: l.quantity ?? 1, unitPriceYen: l.unitPriceYen, taxRate: l.taxRate ?? 10 }));
  const tax = computeInvoiceTax(full.map((l, i) => ({ ...l, lineNo: i + 1 })), 'floor');
  return {
    partnerId,
    orderId,
    invoiceNumber: `INV-${randomUUID().slice(0, 12)}`,
    issueDate: '2026-11-20',
    issuerRegistrationNumber: LAC_REGISTRATION,
    roundingMode: 'floor',
    lines: full,
    stated: {
      netYen: tax.netYen,
      taxByRate: tax.byRate.map((r) => ({ rate: r.rate, taxYen: r.taxYen })),
      grossYen: tax.grossYen,
    },
    ...overrides,
  };
}

/** A credit note on one invoice line, with totals stated as a correct partner states them. */
export function creditNoteFor(
  invoice: { partnerId: string; invoiceNumber: string; issuerRegistrationNumber: string },
  lines: { invoiceLineNo: number; description: string; unitPriceYen: number; taxRate?: 10 | 8 }[],
  overrides: Record<string, unknown> = {},
) {
  const full = lines.map((l) => ({ ...l, quantity: 1, taxRate: l.taxRate ?? 10 }));
  const tax = computeInvoiceTax(full.map((l, i) => ({ ...l, lineNo: i + 1 })), 'floor');
  return {
    partnerId: invoice.partnerId,
    creditNoteNumber: `CN-${invoice.invoiceNumber}`,
    issueDate: '2026-11-24',
    issuerRegistrationNumber: invoice.issuerRegistrationNumber,
    invoiceNumber: invoice.invoiceNumber,
    roundingMode: 'floor',
    lines: full,
    stated: { netYen: tax.netYen, taxByRate: tax.byRate.map((r) => ({ rate: r.rate, taxYen: r.taxYen })), grossYen: tax.grossYen },
    ...overrides,
  };
}
