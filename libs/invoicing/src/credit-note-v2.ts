import { checkIssueDate, checkRegistrationNumber, checkRequiredText, checkRoundingMode, type InvoiceIssue, isIsoDate, isRecord, shown } from './invoice-fields';
import { checkDocumentNumber, checkIssuerName, checkPricing } from './invoice-header-v2';
import { checkLinesV2, type ExtraLineFields } from './invoice-lines-v2';
import type { ComputedInvoiceV2 } from './priced-invoice-tax';
import { checkStatedTotalsV2, type StatedContext, type StatedTotalsV2Input, statedContext } from './stated-totals-v2';
import { isPricing } from './tax-category';
import { formatYen, isRoundingMode, type RoundingMode } from './yen';

/**
 * A partner's credit note against one earlier invoice: a refund, discount or return (売上げに係る対価の返還等).
 *
 * 消費税法第57条の4第3項 makes such a credit a return invoice (返還インボイス, 適格返還請求書): the issuer's name
 * and registration number, the dates, what is credited, and the amounts and tax per rate — tax once per rate,
 * one rounding, as on an invoice. Since the 令和5年度 reform, a credit whose tax-inclusive amount is under
 * ¥10,000 need not be one (施行令第70条の9第3項第2号, 少額な返還インボイスの交付義務免除; permanent, any issuer).
 *
 * So here: at ¥10,000 or more, issuerName, issuerRegistrationNumber, roundingMode and stated totals are
 * required and checked exactly like an invoice's; under ¥10,000 they may be left out, but whatever is given
 * must still be valid and match.
 *
 * Decisions:
 * - The ¥10,000 test is on the TAXABLE part of the credit, tax included (Σ byRate grossYen): the exemption,
 *   like the return invoice itself, concerns credits on taxable supplies; a refund of gift cards or reimbursed
 *   fares carries no consumption tax to report. On a note with only taxable lines this is the note's gross.
 * - Without a roundingMode the tax is computed with floor (切り捨て): the mode most issuers use and the NTA's
 *   examples show. On a 税込 note the gross does not depend on it; on a 税抜 note it can move the gross by a yen
 *   per rate, so a note whose tax only ceil gives is told to state its rounding mode.
 * - A credit line names the invoice line it credits (invoiceLineNo, 1-based as on the invoice); one invoice
 *   line is credited on one line of a note, so what is credited against each invoice line is one figure the
 *   caller can check against the invoice (no more than was invoiced), and because a repeat is far more often a
 *   duplicated row than a deliberate split.
 * - The original supply date the law asks for comes from the credited invoice (`invoiceNumber`), as does the
 *   check that issuer, line and rate match it: that needs the stored invoice, which is the caller's.
 * - `returnInvoice` says whether the note IS a return invoice: it credits taxable lines and carries every
 *   item. Always true at ¥10,000 or more (or the note is refused); under it, true only when all are given.
 */

/** Tax-inclusive amount (of the taxable part) from which a credit must be a return invoice. */
export const RETURN_INVOICE_THRESHOLD_YEN = 10_000;

export interface CreditNoteLineV2Input {
  /** The credited invoice's line number, 1-based; each at most once per note. */
  invoiceLineNo: number;
  description: string;
  quantity: number;
  /** Whole yen, 0 or more, as the note prices it. */
  unitPriceYen: number;
  taxCategory: string;
  /** Required (10 or 8) iff taxCategory is 'taxable'; must be absent otherwise. */
  taxRate?: number;
}

export interface CreditNoteV2Input {
  partnerId: string;
  creditNoteNumber: string;
  /** The credited invoice's number, as the partner wrote it (compare with sameInvoiceNumber). */
  invoiceNumber: string;
  issueDate: string;
  /** Required at ¥10,000 or more, like the three below. */
  issuerName?: string;
  issuerRegistrationNumber?: string;
  pricing: string;
  roundingMode?: string;
  lines: readonly CreditNoteLineV2Input[];
  stated?: StatedTotalsV2Input;
}

export type CreditNoteV2Result = { ok: true; computed: ComputedInvoiceV2; returnInvoice: boolean } | { ok: false; issues: InvoiceIssue[] };

const RETURN_ITEMS = ['issuerName', 'issuerRegistrationNumber', 'roundingMode', 'stated'] as const;

/** @param today the current date in Japan (JST), YYYY-MM-DD; an invalid one throws. */
export function validateCreditNoteV2(note: CreditNoteV2Input, today: string): CreditNoteV2Result {
  if (!isIsoDate(today)) throw new RangeError(`today must be a date (YYYY-MM-DD), got ${JSON.stringify(today)}`);
  const record: unknown = note;
  if (!isRecord(record)) return { ok: false, issues: [{ field: '(root)', reason: 'must be a credit note (an object)' }] };
  const pricing = isPricing(record.pricing) ? record.pricing : undefined;
  const modeGiven = record.roundingMode !== undefined;
  const mode: RoundingMode | undefined = isRoundingMode(record.roundingMode) ? record.roundingMode : modeGiven ? undefined : 'floor';
  const lines = checkLinesV2(record.lines, pricing, creditLineFields);
  const { context, issues: computeIssues } = statedContext(lines.pricedLines, pricing, mode, !modeGiven);
  const creditYen = taxableCreditYen(context);
  const required = creditYen !== undefined && creditYen >= RETURN_INVOICE_THRESHOLD_YEN;
  const missing = (field: (typeof RETURN_ITEMS)[number]): InvoiceIssue[] =>
    required && record[field] === undefined ? [{ field, reason: returnInvoiceItemRequired(creditYen as number, field) }] : [];

  const issues: InvoiceIssue[] = [
    ...checkRequiredText(record, 'partnerId'),
    ...checkDocumentNumber(record, 'creditNoteNumber'),
    ...checkDocumentNumber(record, 'invoiceNumber'),
    ...checkIssueDate(record.issueDate, today),
    ...(record.issuerName === undefined ? missing('issuerName') : checkIssuerName(record.issuerName)),
    ...(record.issuerRegistrationNumber === undefined ? missing('issuerRegistrationNumber') : checkRegistrationNumber(record.issuerRegistrationNumber)),
    ...checkPricing(record.pricing),
    ...(modeGiven ? checkRoundingMode(record.roundingMode) : missing('roundingMode')),
    ...lines.issues,
    ...repeatedInvoiceLines(record.lines),
    ...computeIssues,
  ];
  if (record.stated === undefined) issues.push(...missing('stated'));
  else if (!isRecord(record.stated)) issues.push({ field: 'stated', reason: 'must be { byRate, nonTaxableYen, grossYen } when given' });
  else issues.push(...checkStatedTotalsV2(record.stated, context));

  if (issues.length > 0 || !context) return { ok: false, issues };
  const returnInvoice = context.computed.byRate.length > 0 && RETURN_ITEMS.every((field) => record[field] !== undefined);
  return { ok: true, computed: context.computed, returnInvoice };
}

/** Σ tax-inclusive amounts of the taxable lines, or undefined while the lines or the pricing are invalid. */
function taxableCreditYen(context: StatedContext | undefined): number | undefined {
  if (!context?.pricing) return undefined;
  return context.computed.byRate.reduce((sum, r) => sum + r.grossYen, 0);
}

function returnInvoiceItemRequired(creditYen: number, field: string): string {
  const what = field === 'stated' ? ' (per rate the amount and tax, the total not subject to consumption tax, and the gross)' : '';
  return (
    `is required${what}: this credit is ${formatYen(creditYen)} including consumption tax, so it must be a return invoice ` +
    `(適格返還請求書, 消費税法第57条の4第3項); only credits under ${formatYen(RETURN_INVOICE_THRESHOLD_YEN)} are exempt (施行令第70条の9第3項第2号)`
  );
}

const creditLineFields: ExtraLineFields = (line, at) => {
  const value = line.invoiceLineNo;
  if (typeof value === 'number' && Number.isSafeInteger(value) && value >= 1) return [];
  return [{ field: `${at}.invoiceLineNo`, reason: `must be the number of the credited invoice line, a whole number from 1 (got ${shown(value)})` }];
};

/** Each invoice line credited at most once per note (the module comment says why). */
function repeatedInvoiceLines(lines: unknown): InvoiceIssue[] {
  if (!Array.isArray(lines)) return [];
  const firstAt = new Map<number, number>();
  const issues: InvoiceIssue[] = [];
  lines.forEach((line: unknown, index) => {
    if (!isRecord(line) || typeof line.invoiceLineNo !== 'number' || !Number.isSafeInteger(line.invoiceLineNo) || line.invoiceLineNo < 1) return;
    const first = firstAt.get(line.invoiceLineNo);
    if (first === undefined) firstAt.set(line.invoiceLineNo, index);
    else {
      issues.push({
        field: `lines[${index}].invoiceLineNo`,
        reason: `invoice line ${line.invoiceLineNo} is already credited at lines[${first}]; credit each invoice line on one line of the note`,
      });
    }
  });
  return issues;
}
