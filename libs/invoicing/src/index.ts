// @hub/invoicing: pure rules for partner invoices as Japanese qualified invoices (適格請求書). No I/O, no clock.
export { corporateNumberCheckDigit, type RegistrationNumberCheck, validateRegistrationNumber } from './registration-number';
export {
  allocateTaxToLines,
  computeInvoiceTax,
  type InvoiceTax,
  isTaxRate,
  type LineAmounts,
  type RateTax,
  TAX_RATES,
  type TaxLine,
  taxOnAmount,
  type TaxRate,
} from './consumption-tax';
export { formatQuantity, lineNetYen, parseQuantity, QUANTITY_SCALE } from './quantity';
export { INVOICE_SYSTEM_START, type InvoiceIssue, isIsoDate } from './invoice-fields';
export {
  type ComputedInvoice,
  type InvoiceLineInput,
  type QualifiedInvoiceInput,
  type QualifiedInvoiceResult,
  type StatedRateTaxInput,
  type StatedTotalsInput,
  validateQualifiedInvoice,
} from './qualified-invoice';
export { divideRounded, divideRoundedBig, formatYen, isRoundingMode, isYen, ROUNDING_LABELS, ROUNDING_MODES, type RoundingMode, YenOverflowError } from './yen';

// v2: invoices as Japanese partners issue them (税込 or 税抜, non-taxable lines, every required item), return
// invoices (返還インボイス), and invoice numbers compared as partners type them.
export { type CreditNoteLineV2Input, type CreditNoteV2Input, type CreditNoteV2Result, RETURN_INVOICE_THRESHOLD_YEN, validateCreditNoteV2 } from './credit-note-v2';
export { normaliseInvoiceNumber, sameInvoiceNumber } from './invoice-number';
export {
  type ComputedInvoiceV2,
  type ComputedLineV2,
  type ComputedRateV2,
  computeInvoiceV2,
  type PricedLine,
  taxForRate,
} from './priced-invoice-tax';
export { type InvoiceLineV2Input, MAX_INVOICE_GROSS_YEN, type QualifiedInvoiceV2Input, type QualifiedInvoiceV2Result, validateQualifiedInvoiceV2 } from './qualified-invoice-v2';
export type { StatedRateV2Input, StatedTotalsV2Input } from './stated-totals-v2';
export {
  isPricing,
  isTaxCategory,
  type Pricing,
  PRICING_LABELS,
  PRICINGS,
  TAX_CATEGORIES,
  TAX_CATEGORY_LABELS,
  type TaxCategory,
} from './tax-category';
