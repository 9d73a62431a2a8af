import type { CmgFeeNoteV1, InvoiceV2 } from '@hub/contracts';

type Line = InvoiceV2['lines'][number];
type Fee = CmgFeeNoteV1['fees'][number];

/**
 * CMG's service codes in the policy's cost categories (seed 003 §5: consulting, and 社告・広告宣伝 for what goes out to the
 * press). Advice, the retainer, simulations and monitoring are consulting; what prepares or faces the media — the press
 * office, coaching for the press conference, statements — and what CMG advances for it is public notice and press.
 */
const CATEGORY_OF_SERVICE: Record<Fee['service'], Line['category']> = {
  CRISIS_CONSULTING: 'consulting',
  RETAINER: 'consulting',
  CRISIS_SIMULATION: 'consulting',
  MEDIA_MONITORING: 'consulting',
  MEDIA_RESPONSE: 'public_notice_and_press',
  SPOKESPERSON_TRAINING: 'public_notice_and_press',
  STATEMENT_DRAFTING: 'public_notice_and_press',
  DISBURSEMENT: 'public_notice_and_press',
};

const TAX_OF_TREATMENT: Record<Fee['taxTreatment'], Pick<Line, 'taxCategory' | 'taxRate'>> = {
  STANDARD_10: { taxCategory: 'taxable', taxRate: 10 },
  REDUCED_8: { taxCategory: 'taxable', taxRate: 8 },
  EXEMPT: { taxCategory: 'non_taxable' },
  OUT_OF_SCOPE: { taxCategory: 'out_of_scope' },
  ZERO_RATED: { taxCategory: 'zero_rated' },
};

const ROUNDING: Record<CmgFeeNoteV1['taxRounding'], InvoiceV2['roundingMode']> = { ROUND_DOWN: 'floor', ROUND_HALF_UP: 'round', ROUND_UP: 'ceil' };

/** The units as a Japanese invoice prints them. */
const UNIT_LABEL: Record<Fee['unit'], string> = {
  HOUR: '時間',
  SESSION: '回',
  RETAINER_MONTH: 'リテイナー月',
  STATEMENT: '本',
  DAY: '日',
  LOT: '式',
};

/**
 * The line as the canonical invoice describes it: CMG's narrative with its billing unit, which the canonical line has no
 * field for, so a reader comparing the fee note with the mandate's fee cap tells consultant hours from a coaching session.
 */
export const feeLineDescription = (fee: Pick<Fee, 'narrative' | 'unit'>): string => `${fee.narrative}（単位: ${UNIT_LABEL[fee.unit]}）`;

/**
 * CMG's fee note as the canonical invoice, field for field: nothing is computed or corrected here, so core checks CMG's
 * own totals, tax per rate and registration number exactly as it checks POST /invoices.
 */
export function cmgFeeNoteToCanonical(note: CmgFeeNoteV1): Omit<InvoiceV2, 'partnerId'> {
  return {
    orderId: note.mandateId,
    invoiceNumber: note.feeNoteNo,
    issueDate: note.issuedOn,
    issuerName: note.issuer.legalName,
    issuerRegistrationNumber: note.issuer.registrationNo,
    recipientName: note.billTo,
    ...(note.servicePeriod ? { supplyPeriod: { from: note.servicePeriod.start, to: note.servicePeriod.end } } : {}),
    ...(note.serviceDate ? { supplyDate: note.serviceDate } : {}),
    pricing: note.pricesIncludeTax ? 'tax_inclusive' : 'tax_exclusive',
    roundingMode: ROUNDING[note.taxRounding],
    lines: note.fees.map((fee) => ({
      description: feeLineDescription(fee),
      category: CATEGORY_OF_SERVICE[fee.service],
      quantity: fee.quantity,
      unitPriceYen: fee.rateYen,
      ...TAX_OF_TREATMENT[fee.taxTreatment],
    })),
    stated: {
      byRate: note.summary.taxableByRate.map((r) => ({ rate: r.ratePercent, amountYen: r.subtotalYen, taxYen: r.taxYen })),
      nonTaxableYen: note.summary.untaxedYen,
      grossYen: note.summary.totalDueYen,
    },
  };
}
