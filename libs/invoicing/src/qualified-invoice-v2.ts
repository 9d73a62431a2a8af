import { checkIssueDate, checkRegistrationNumber, checkRequiredText, checkRoundingMode, type InvoiceIssue, isIsoDate, isNonEmptyString, isRecord } from './invoice-fields';
import { checkDocumentNumber, checkIssuerName, checkPricing, checkRecipientName, checkSupplyDates } from './invoice-header-v2';
import { checkLinesV2 } from './invoice-lines-v2';
import type { ComputedInvoiceV2 } from './priced-invoice-tax';
import { checkStatedTotalsV2, type StatedTotalsV2Input, statedContext } from './stated-totals-v2';
import { isPricing } from './tax-category';
import { isRoundingMode } from './yen';

/**
 * A partner invoice as Japanese partners actually issue them, validated as a qualified invoice (適格請求書,
 * 消費税法第57条の4第1項): every required item present, priced tax-exclusive (税抜) or tax-inclusive (税込),
 * lines that may carry no consumption tax (非課税, 不課税, 免税), and tax once per rate with one rounding
 * (施行令第70条の10). v1 (`validateQualifiedInvoice`) stays as it was for the canonical invoice v1.
 *
 * Every problem is reported, not just the first; totals are compared only while every line is valid (a sum
 * over a broken line would only echo it), and tax and gross only when pricing and rounding mode are valid
 * (amounts as priced and the non-taxable total do not depend on them, so those are still compared).
 */

export interface InvoiceLineV2Input {
  description: string;
  /** A cost category; which ones exist is the coverage library's business, here it must just be present. */
  category: string;
  /** > 0, at most 3 decimal places (1.5 hours). */
  quantity: number;
  /** Whole yen, 0 or more, as the invoice prices it (tax-exclusive or tax-inclusive). */
  unitPriceYen: number;
  /** 'taxable' | 'non_taxable' | 'out_of_scope' | 'zero_rated'; a string so a wrong one reaches the check. */
  taxCategory: string;
  /** Required (10 or 8) iff taxCategory is 'taxable'; must be absent otherwise. */
  taxRate?: number;
}

export interface QualifiedInvoiceV2Input {
  partnerId: string;
  orderRef: string;
  invoiceNumber: string;
  /** YYYY-MM-DD. */
  issueDate: string;
  /** 適格請求書発行事業者の氏名又は名称. */
  issuerName: string;
  /** T + 13 digits (registration-number.ts). */
  issuerRegistrationNumber: string;
  /** 書類の交付を受ける事業者の氏名又は名称. */
  recipientName: string;
  /** 取引年月日: exactly one of supplyDate / supplyPeriod. */
  supplyDate?: string;
  supplyPeriod?: { from: string; to: string };
  /** 'tax_exclusive' | 'tax_inclusive'. */
  pricing: string;
  /** 'floor' | 'round' | 'ceil'. */
  roundingMode: string;
  lines: readonly InvoiceLineV2Input[];
  stated: StatedTotalsV2Input;
}

/**
 * The most an invoice may total: ¥1,000,000,000,000, over three times the largest limit a policy can have
 * (¥300,000,000,000, RegisterPolicyRequestV3), so no real bill is near it. Above it is a figure in the wrong unit or a
 * broken sender, not a bill — and a few such invoices summed (a partner's month, a ledger check) pass what the hub can
 * state to the yen (2^53 − 1, about ¥9 quadrillion): the fuzz had LAC's November beyond it, and the reconciler could no
 * longer state LAC's month (422 figures_out_of_range).
 */
export const MAX_INVOICE_GROSS_YEN = 1_000_000_000_000;

export type QualifiedInvoiceV2Result = { ok: true; computed: ComputedInvoiceV2 } | { ok: false; issues: InvoiceIssue[] };

/**
 * @param today the current date in Japan (JST), YYYY-MM-DD, passed in because this library has no clock.
 *   An invalid `today` is a programming error and throws.
 */
export function validateQualifiedInvoiceV2(invoice: QualifiedInvoiceV2Input, today: string): QualifiedInvoiceV2Result {
  if (!isIsoDate(today)) throw new RangeError(`today must be a date (YYYY-MM-DD), got ${JSON.stringify(today)}`);
  const record: unknown = invoice;
  if (!isRecord(record)) return { ok: false, issues: [{ field: '(root)', reason: 'must be an invoice (an object)' }] };
  const issues: InvoiceIssue[] = [
    ...checkRequiredText(record, 'partnerId'),
    ...checkRequiredText(record, 'orderRef'),
    ...checkDocumentNumber(record, 'invoiceNumber'),
    ...checkIssueDate(record.issueDate, today),
    ...checkIssuerName(record.issuerName),
    ...checkRegistrationNumber(record.issuerRegistrationNumber),
    ...checkRecipientName(record.recipientName),
    ...checkSupplyDates(record, today),
    ...checkPricing(record.pricing),
    ...checkRoundingMode(record.roundingMode),
  ];
  const pricing = isPricing(record.pricing) ? record.pricing : undefined;
  const mode = isRoundingMode(record.roundingMode) ? record.roundingMode : undefined;
  const lines = checkLinesV2(record.lines, pricing, (line, at) =>
    // Which categories exist and which a plan covers is the coverage library's business; here it must only be there.
    isNonEmptyString(line.category) ? [] : [{ field: `${at}.category`, reason: 'is required and must not be empty' }],
  );
  issues.push(...lines.issues);
  const { context, issues: computeIssues } = statedContext(lines.pricedLines, pricing, mode);
  issues.push(...computeIssues);
  if (!isRecord(record.stated)) {
    issues.push({ field: 'stated', reason: 'is required: per rate the amount and tax, the total not subject to consumption tax, and the gross' });
  } else {
    issues.push(...checkStatedTotalsV2(record.stated, context));
  }
  if (context && context.computed.grossYen > MAX_INVOICE_GROSS_YEN) {
    const yen = (n: number) => `¥${n.toLocaleString('en-US')}`;
    issues.push({ field: 'stated.grossYen', reason: `is ${yen(context.computed.grossYen)} by its lines; an invoice may total at most ${yen(MAX_INVOICE_GROSS_YEN)}, more than any policy's limit: check the amounts' unit` });
  }
  if (issues.length > 0 || !context) return { ok: false, issues };
  return { ok: true, computed: context.computed };
}
