import { isTaxRate, type TaxLine } from './consumption-tax';
import { lineNetYen, parseQuantity } from './quantity';
import { validateRegistrationNumber } from './registration-number';
import { isRoundingMode, isYen } from './yen';

/**
 * Field-by-field checks of an invoice: the header and each line on its own. Cross-field checks (stated totals
 * against the computed ones) are in qualified-invoice.ts. The canonical contract checks the shape first; these
 * checks are defensive anyway, so a caller that skipped it gets issues rather than a crash.
 */

/** One reason an invoice is refused: the field in the hub's path style (`lines[2].unitPriceYen`) and why. */
export interface InvoiceIssue {
  field: string;
  reason: string;
}

/** The day qualified invoices (適格請求書等保存方式) began; an earlier date cannot be on one. */
export const INVOICE_SYSTEM_START = '2023-10-01';

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A real calendar date written YYYY-MM-DD (2026-02-29 is not one). Pure arithmetic: no Date, no clock. */
export function isIsoDate(value: unknown): value is string {
  const match = typeof value === 'string' ? ISO_DATE.exec(value) : null;
  if (!match) return false;
  const [year, month, day] = match.slice(1).map(Number);
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const daysInMonth = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1];
  return daysInMonth !== undefined && day >= 1 && day <= daysInMonth;
}

export function isNonEmptyString(value: unknown): value is string {
  return typeof value === 'string' && value.trim() !== '';
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** partnerId, orderRef, invoiceNumber, issueDate, issuerRegistrationNumber, roundingMode. */
export function checkHeader(invoice: Record<string, unknown>, today: string): InvoiceIssue[] {
  const issues: InvoiceIssue[] = [];
  for (const field of ['partnerId', 'orderRef', 'invoiceNumber']) {
    if (!isNonEmptyString(invoice[field])) issues.push({ field, reason: 'is required and must not be empty' });
  }
  const issueDate = invoice.issueDate;
  if (!isIsoDate(issueDate)) {
    issues.push({ field: 'issueDate', reason: `must be a date (YYYY-MM-DD) (got ${JSON.stringify(issueDate) ?? 'nothing'})` });
  } else if (issueDate > today) {
    // Same-length ISO dates compare correctly as strings.
    issues.push({ field: 'issueDate', reason: `is ${issueDate}, after today (${today}); an invoice cannot be dated in the future` });
  } else if (issueDate < INVOICE_SYSTEM_START) {
    issues.push({ field: 'issueDate', reason: `is ${issueDate}, before ${INVOICE_SYSTEM_START} when qualified invoices began` });
  }
  const registration = validateRegistrationNumber(invoice.issuerRegistrationNumber);
  if (!registration.ok) issues.push({ field: 'issuerRegistrationNumber', reason: registration.reason });
  if (!isRoundingMode(invoice.roundingMode)) {
    issues.push({
      field: 'roundingMode',
      reason: `must be one of: floor (切り捨て), round (四捨五入), ceil (切り上げ) (got ${JSON.stringify(invoice.roundingMode) ?? 'nothing'})`,
    });
  }
  return issues;
}

export interface CheckedLines {
  issues: InvoiceIssue[];
  /** The lines ready for the tax computation (lineNo = index + 1), or undefined when any line is refused. */
  taxLines: TaxLine[] | undefined;
}

/** Each line: description, category, quantity, unit price, tax rate, and a whole-yen amount. */
export function checkLines(lines: unknown): CheckedLines {
  if (!Array.isArray(lines)) return { issues: [{ field: 'lines', reason: 'must be a list of invoice lines' }], taxLines: undefined };
  if (lines.length === 0) return { issues: [{ field: 'lines', reason: 'must have at least one line' }], taxLines: undefined };
  const issues: InvoiceIssue[] = [];
  const taxLines: TaxLine[] = [];
  lines.forEach((line: unknown, index) => {
    const at = `lines[${index}]`;
    if (!isRecord(line)) {
      issues.push({ field: at, reason: 'must be an invoice line (an object)' });
      return;
    }
    const before = issues.length;
    if (!isNonEmptyString(line.description)) issues.push({ field: `${at}.description`, reason: 'is required and must not be empty' });
    // Which categories exist and which a plan covers is the coverage library's business; here it must only be there.
    if (!isNonEmptyString(line.category)) issues.push({ field: `${at}.category`, reason: 'is required and must not be empty' });
    const quantity = parseQuantity(line.quantity);
    if (!quantity.ok) issues.push({ field: `${at}.quantity`, reason: quantity.reason });
    const unitPriceOk = isYen(line.unitPriceYen);
    if (!unitPriceOk) {
      issues.push({ field: `${at}.unitPriceYen`, reason: `must be a whole number of yen, 0 or more, tax-exclusive (got ${JSON.stringify(line.unitPriceYen) ?? 'nothing'})` });
    }
    const { taxRate } = line;
    if (!isTaxRate(taxRate)) {
      issues.push({ field: `${at}.taxRate`, reason: `must be 10 (standard) or 8 (reduced) percent (got ${JSON.stringify(taxRate) ?? 'nothing'})` });
    }
    if (quantity.ok && unitPriceOk) {
      const net = lineNetYen(quantity.milli, line.unitPriceYen as number);
      if (!net.ok) issues.push({ field: at, reason: `amount: ${net.reason}` });
    }
    if (issues.length === before && isTaxRate(taxRate)) {
      taxLines.push({ lineNo: index + 1, quantity: line.quantity as number, unitPriceYen: line.unitPriceYen as number, taxRate });
    }
  });
  return { issues, taxLines: issues.length === 0 ? taxLines : undefined };
}
