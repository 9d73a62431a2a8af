import { isTaxRate, type TaxRate } from './consumption-tax';
import { checkLineAmount, type InvoiceIssue, isNonEmptyString, isRecord, shown, taxRateReason } from './invoice-fields';
import type { PricedLine } from './priced-invoice-tax';
import { categoryText, isTaxCategory, type Pricing, pricingText } from './tax-category';

/**
 * The lines of a v2 invoice or credit note, each on its own: description, the caller's own fields (an
 * invoice line's cost category, a credit line's invoice line number), quantity, unit price as priced, tax
 * category and rate, and a whole-yen amount.
 *
 * The rate follows the category (消費税法第57条の4第1項第4号: the applicable rate is stated for what is taxed):
 * a taxable (課税) line must say 10 or 8; a line not subject to consumption tax must NOT carry a rate. A rate
 * on a gift card or on condolence money is how tax gets charged on what bears none, so it is refused rather
 * than ignored: the partner's accountant has to decide which of the two the line really is.
 */

export interface CheckedLinesV2 {
  issues: InvoiceIssue[];
  /** The lines ready for the computation (lineNo = index + 1), or undefined when any line is refused. */
  pricedLines: PricedLine[] | undefined;
}

/** The fields only one kind of document has; issues in the hub's path style under `at`. */
export type ExtraLineFields = (line: Record<string, unknown>, at: string) => InvoiceIssue[];

export function checkLinesV2(lines: unknown, pricing: Pricing | undefined, extraFields: ExtraLineFields): CheckedLinesV2 {
  if (!Array.isArray(lines)) return { issues: [{ field: 'lines', reason: 'must be a list of lines' }], pricedLines: undefined };
  if (lines.length === 0) return { issues: [{ field: 'lines', reason: 'must have at least one line' }], pricedLines: undefined };
  const issues: InvoiceIssue[] = [];
  const pricedLines: PricedLine[] = [];
  lines.forEach((line: unknown, index) => {
    const at = `lines[${index}]`;
    if (!isRecord(line)) {
      issues.push({ field: at, reason: 'must be a line (an object)' });
      return;
    }
    const before = issues.length;
    // 第57条の4第1項第3号: what was supplied must be on the document.
    if (!isNonEmptyString(line.description)) issues.push({ field: `${at}.description`, reason: 'is required and must not be empty' });
    issues.push(...extraFields(line, at));
    const amount = checkLineAmount(line, at, pricing ? pricingText(pricing) : 'as the invoice prices it');
    issues.push(...amount.fieldIssues);
    const rate = checkCategoryAndRate(line, at, issues);
    if (amount.amountIssue) issues.push(amount.amountIssue);
    if (issues.length === before && rate !== undefined && amount.amountYen !== undefined) {
      pricedLines.push({ lineNo: index + 1, taxCategory: line.taxCategory as PricedLine['taxCategory'], taxRate: rate, amountYen: amount.amountYen });
    }
  });
  return { issues, pricedLines: issues.length === 0 ? pricedLines : undefined };
}

/** The line's rate (null when it is not taxable), or undefined after pushing why it cannot be had. */
function checkCategoryAndRate(line: Record<string, unknown>, at: string, issues: InvoiceIssue[]): TaxRate | null | undefined {
  const { taxCategory, taxRate } = line;
  if (!isTaxCategory(taxCategory)) {
    issues.push({
      field: `${at}.taxCategory`,
      reason: `must be one of: taxable (課税), non_taxable (非課税, e.g. gift cards, postage stamps), out_of_scope (不課税, e.g. condolence money, stamp duty, reimbursed fares), zero_rated (免税, exports) (got ${shown(taxCategory)})`,
    });
    return undefined;
  }
  if (taxCategory === 'taxable') {
    if (taxRate === undefined) {
      issues.push({ field: `${at}.taxRate`, reason: 'is required on a taxable (課税) line: 10 (standard) or 8 (reduced) percent' });
      return undefined;
    }
    if (!isTaxRate(taxRate)) {
      issues.push({ field: `${at}.taxRate`, reason: taxRateReason(taxRate) });
      return undefined;
    }
    return taxRate;
  }
  if (taxRate !== undefined) {
    issues.push({
      field: `${at}.taxRate`,
      reason: `must be left out (got ${shown(taxRate)}): the line is ${categoryText(taxCategory)}, which bears no consumption tax and so has no rate; a line taxed at 10% or 8% is taxable (課税)`,
    });
    return undefined;
  }
  return null;
}
