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
  for (const field of ['partnerId', 'orderRef', 'invoiceNumber']) issues.push(...checkRequiredText(invoice, field));
  issues.push(...checkIssueDate(invoice.issueDate, today));
  issues.push(...checkRegistrationNumber(invoice.issuerRegistrationNumber));
  issues.push(...checkRoundingMode(invoice.roundingMode));
  return issues;
}

/** A required text field: present and not blank. */
export function checkRequiredText(record: Record<string, unknown>, field: string): InvoiceIssue[] {
  return isNonEmptyString(record[field]) ? [] : [{ field, reason: 'is required and must not be empty' }];
}

/** A real date, not after `today`, not before qualified invoices began. */
export function checkIssueDate(issueDate: unknown, today: string): InvoiceIssue[] {
  const field = 'issueDate';
  if (!isIsoDate(issueDate)) return [{ field, reason: `must be a date (YYYY-MM-DD) (got ${shown(issueDate)})` }];
  // Same-length ISO dates compare correctly as strings.
  if (issueDate > today) return [{ field, reason: `is ${issueDate}, after today (${today}); an invoice cannot be dated in the future` }];
  if (issueDate < INVOICE_SYSTEM_START) return [{ field, reason: `is ${issueDate}, before ${INVOICE_SYSTEM_START} when qualified invoices began` }];
  return [];
}

export function checkRegistrationNumber(value: unknown): InvoiceIssue[] {
  const registration = validateRegistrationNumber(value);
  return registration.ok ? [] : [{ field: 'issuerRegistrationNumber', reason: registration.reason }];
}

export function checkRoundingMode(value: unknown): InvoiceIssue[] {
  if (isRoundingMode(value)) return [];
  return [{ field: 'roundingMode', reason: `must be one of: floor (切り捨て), round (四捨五入), ceil (切り上げ) (got ${shown(value)})` }];
}

/** The reason for a tax rate that is neither 10 nor 8. */
export function taxRateReason(value: unknown): string {
  return `must be 10 (standard) or 8 (reduced) percent (got ${shown(value)})`;
}

/** A value as a reason quotes it; `nothing` for a missing one. */
export function shown(value: unknown): string {
  return JSON.stringify(value) ?? 'nothing';
}

/** The reason for a money field that is not a whole, non-negative number of yen. */
export function wholeYenReason(value: unknown): string {
  return `must be a whole number of yen, 0 or more (got ${shown(value)})`;
}

/** "lines[0] and lines[2] are" / "lines[1] is": the lines (lineNo = index + 1) as field paths, for a reason. */
export function describeLines(lineNos: readonly number[]): string {
  const fields = lineNos.map((lineNo) => `lines[${lineNo - 1}]`);
  const shownFields = fields.length > 5 ? [...fields.slice(0, 5), `${fields.length - 5} more`] : fields;
  const text = shownFields.length === 1 ? shownFields[0] : `${shownFields.slice(0, -1).join(', ')} and ${shownFields.at(-1)}`;
  return `${text} ${fields.length === 1 ? 'is' : 'are'}`;
}

export interface LineAmountCheck {
  /** Problems with the quantity and the unit price themselves. */
  fieldIssues: InvoiceIssue[];
  /** When both are valid but their product is not whole yen: the line's own issue (`lines[i]`). */
  amountIssue: InvoiceIssue | undefined;
  /** quantity × unit price in whole yen, when all is well. */
  amountYen: number | undefined;
}

/**
 * A line's quantity, unit price and amount. The two parts are returned apart so that a caller can report a
 * line's other fields between them, in the order the fields appear.
 * @param pricedAs how the unit price is priced, for the reason ('tax-exclusive', 'tax-inclusive (税込)').
 */
export function checkLineAmount(line: Record<string, unknown>, at: string, pricedAs: string): LineAmountCheck {
  const fieldIssues: InvoiceIssue[] = [];
  const quantity = parseQuantity(line.quantity);
  if (!quantity.ok) fieldIssues.push({ field: `${at}.quantity`, reason: quantity.reason });
  const unitPriceOk = isYen(line.unitPriceYen);
  if (!unitPriceOk) {
    fieldIssues.push({ field: `${at}.unitPriceYen`, reason: `must be a whole number of yen, 0 or more, ${pricedAs} (got ${shown(line.unitPriceYen)})` });
  }
  if (!quantity.ok || !unitPriceOk) return { fieldIssues, amountIssue: undefined, amountYen: undefined };
  const amount = lineNetYen(quantity.milli, line.unitPriceYen as number);
  if (!amount.ok) return { fieldIssues, amountIssue: { field: at, reason: `amount: ${amount.reason}` }, amountYen: undefined };
  return { fieldIssues, amountIssue: undefined, amountYen: amount.yen };
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
    const amount = checkLineAmount(line, at, 'tax-exclusive');
    issues.push(...amount.fieldIssues);
    const { taxRate } = line;
    if (!isTaxRate(taxRate)) issues.push({ field: `${at}.taxRate`, reason: taxRateReason(taxRate) });
    if (amount.amountIssue) issues.push(amount.amountIssue);
    if (issues.length === before && isTaxRate(taxRate)) {
      taxLines.push({ lineNo: index + 1, quantity: line.quantity as number, unitPriceYen: line.unitPriceYen as number, taxRate });
    }
  });
  return { issues, taxLines: issues.length === 0 ? taxLines : undefined };
}
