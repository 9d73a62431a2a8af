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
export { divideRounded, formatYen, isRoundingMode, isYen, ROUNDING_LABELS, ROUNDING_MODES, type RoundingMode, YenOverflowError } from './yen';
