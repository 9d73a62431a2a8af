import { allocateTaxToLines, computeInvoiceTax, type InvoiceTax, isTaxRate, type LineAmounts, type TaxLine, type TaxRate, taxOnAmount } from './consumption-tax';
import { checkHeader, checkLines, describeLines, type InvoiceIssue, isIsoDate, isRecord, wholeYenReason } from './invoice-fields';
import { addYen, formatExactQuotient, formatYen, isRoundingMode, isYen, multiplyExact, ROUNDING_LABELS, ROUNDING_MODES, type RoundingMode, YenOverflowError } from './yen';

/**
 * Validates a partner invoice as a Japanese qualified invoice (適格請求書) and, when it passes, returns the
 * amounts the settlement works from. Every problem is reported, not just the first; a refused invoice yields
 * nothing to store or settle. Totals are compared only when every line is valid: a sum over a broken line
 * would only produce follow-on noise that goes away once the line is fixed.
 */

export interface InvoiceLineInput {
  description: string;
  /** A cost category; which ones exist is the coverage library's business, here it must just be present. */
  category: string;
  /** > 0, at most 3 decimal places (1.5 hours). */
  quantity: number;
  /** Tax-exclusive, whole yen, 0 or more. */
  unitPriceYen: number;
  /** 10 or 8; typed as number so a wrong rate from a partner reaches the check and gets a reason. */
  taxRate: number;
}

export interface StatedRateTaxInput {
  rate: number;
  taxYen: number;
}

/** What the invoice itself says its totals are. */
export interface StatedTotalsInput {
  netYen: number;
  taxByRate: readonly StatedRateTaxInput[];
  grossYen: number;
}

export interface QualifiedInvoiceInput {
  partnerId: string;
  orderRef: string;
  invoiceNumber: string;
  /** YYYY-MM-DD. */
  issueDate: string;
  issuerRegistrationNumber: string;
  lines: readonly InvoiceLineInput[];
  /** 'floor' | 'round' | 'ceil'. */
  roundingMode: string;
  stated: StatedTotalsInput;
}

export interface ComputedInvoice {
  roundingMode: RoundingMode;
  /** Tax per rate (one rounding each) and the invoice totals; equal to what the invoice states. */
  tax: InvoiceTax;
  /** Per line, in invoice order, lineNo = index + 1: net, allocated tax and gross; Σ gross = tax.grossYen. */
  lines: LineAmounts[];
}

export type QualifiedInvoiceResult = { ok: true; computed: ComputedInvoice } | { ok: false; issues: InvoiceIssue[] };

/**
 * @param today the current date in Japan (JST), YYYY-MM-DD, passed in because this library has no clock.
 *   An invalid `today` is a programming error and throws.
 */
export function validateQualifiedInvoice(invoice: QualifiedInvoiceInput, today: string): QualifiedInvoiceResult {
  if (!isIsoDate(today)) throw new RangeError(`today must be a date (YYYY-MM-DD), got ${JSON.stringify(today)}`);
  const record: unknown = invoice;
  if (!isRecord(record)) return { ok: false, issues: [{ field: '(root)', reason: 'must be an invoice (an object)' }] };
  const issues = checkHeader(record, today);
  const { issues: lineIssues, taxLines } = checkLines(record.lines);
  issues.push(...lineIssues);
  const mode = isRoundingMode(record.roundingMode) ? record.roundingMode : undefined;
  let computed: ComputedInvoice | undefined;
  if (taxLines) {
    try {
      // With no valid rounding mode the tax is unknown; 'floor' stands in so the net can still be compared.
      computed = { roundingMode: mode ?? 'floor', tax: computeInvoiceTax(taxLines, mode ?? 'floor'), lines: allocateTaxToLines(taxLines, mode ?? 'floor') };
    } catch (error) {
      if (!(error instanceof YenOverflowError)) throw error;
      issues.push({ field: 'lines', reason: 'the line amounts add up to more than can be computed exactly to the yen' });
    }
  }
  const stated = record.stated;
  if (!isRecord(stated)) {
    issues.push({ field: 'stated', reason: 'is required: the net, the tax per rate and the gross the invoice states' });
  } else {
    issues.push(...checkStatedTotals(stated, computed && taxLines ? { computed, taxLines, modeKnown: mode !== undefined } : undefined));
  }
  if (issues.length > 0 || !computed) return { ok: false, issues };
  return { ok: true, computed };
}

interface Expected {
  computed: ComputedInvoice;
  taxLines: TaxLine[];
  /** False when the invoice's rounding mode is invalid: tax and gross cannot be checked then. */
  modeKnown: boolean;
}

function checkStatedTotals(stated: Record<string, unknown>, expected: Expected | undefined): InvoiceIssue[] {
  const issues: InvoiceIssue[] = [];
  const tax = expected?.computed.tax;
  const { netYen, grossYen, taxByRate } = stated;
  if (!isYen(netYen)) issues.push({ field: 'stated.netYen', reason: wholeYenReason(netYen) });
  else if (tax && netYen !== tax.netYen) {
    issues.push({ field: 'stated.netYen', reason: `stated net is ${formatYen(netYen)} but the lines add up to ${formatYen(tax.netYen)} (tax-exclusive)` });
  }

  const statedAt = new Map<TaxRate, number>();
  if (!Array.isArray(taxByRate)) {
    issues.push({ field: 'stated.taxByRate', reason: 'must be a list of { rate, taxYen }, one entry per tax rate on the invoice' });
  } else {
    taxByRate.forEach((entry: unknown, index) => {
      const at = `stated.taxByRate[${index}]`;
      if (!isRecord(entry)) {
        issues.push({ field: at, reason: 'must be { rate, taxYen }' });
        return;
      }
      const { rate, taxYen } = entry;
      let rateOk = isTaxRate(rate);
      if (!isTaxRate(rate)) issues.push({ field: `${at}.rate`, reason: `must be 10 (standard) or 8 (reduced) percent (got ${JSON.stringify(rate) ?? 'nothing'})` });
      else if (statedAt.has(rate)) {
        issues.push({ field: `${at}.rate`, reason: `${rate}% is stated more than once (also at stated.taxByRate[${statedAt.get(rate)}])` });
        rateOk = false;
      } else statedAt.set(rate, index);
      if (!isYen(taxYen)) issues.push({ field: `${at}.taxYen`, reason: wholeYenReason(taxYen) });
      if (!expected || !tax || !rateOk || !isYen(taxYen)) return;
      const computedRate = tax.byRate.find((r) => r.rate === rate);
      if (!computedRate) {
        issues.push({ field: `${at}.rate`, reason: `tax of ${formatYen(taxYen)} is stated at ${rate as TaxRate}% but no line is at ${rate as TaxRate}%` });
      } else if (expected.modeKnown && taxYen !== computedRate.taxYen) {
        issues.push({ field: `${at}.taxYen`, reason: taxMismatch(taxYen, computedRate.rate, computedRate.taxableYen, expected) });
      }
    });
    for (const { rate, taxableYen } of tax?.byRate ?? []) {
      if (statedAt.has(rate)) continue;
      const where = linesAt(rate, expected?.taxLines ?? []);
      issues.push({ field: 'stated.taxByRate', reason: `no tax is stated for ${rate}%, but ${where} at ${rate}% (taxable ${formatYen(taxableYen)})` });
    }
  }

  if (!isYen(grossYen)) issues.push({ field: 'stated.grossYen', reason: wholeYenReason(grossYen) });
  else if (tax && expected?.modeKnown && grossYen !== tax.grossYen) {
    issues.push({
      field: 'stated.grossYen',
      reason: `stated gross is ${formatYen(grossYen)} but net ${formatYen(tax.netYen)} + tax ${formatYen(tax.taxYen)} = ${formatYen(tax.grossYen)}`,
    });
  }
  return issues;
}

/**
 * "stated tax for 10% is ¥30,002 but one rounding (floor, 切り捨て) of ¥300,015 × 10% = ¥30,001.5 gives ¥30,001",
 * plus the likely cause when it is recognisable: per-line rounding, or another rounding mode.
 */
function taxMismatch(statedYen: number, rate: TaxRate, taxableYen: number, expected: Expected): string {
  const mode = expected.computed.roundingMode;
  const scaled = multiplyExact(taxableYen, rate);
  const due = taxOnAmount(taxableYen, rate, mode);
  const product = `${formatYen(taxableYen)} × ${rate}%`;
  const base =
    scaled % 100 === 0
      ? `stated tax for ${rate}% is ${formatYen(statedYen)} but ${product} is exactly ${formatYen(due)}`
      : `stated tax for ${rate}% is ${formatYen(statedYen)} but one rounding (${mode}, ${ROUNDING_LABELS[mode]}) of ${product} = ¥${formatExactQuotient(scaled, 100)} gives ${formatYen(due)}`;
  const perLine = expected.computed.lines
    .filter((line) => line.taxRate === rate)
    .reduce((sum, line) => addYen(sum, taxOnAmount(line.netYen, rate, mode)), 0);
  if (perLine === statedYen) return `${base}; rounding each line separately gives ${formatYen(perLine)}, but a qualified invoice rounds once per tax rate`;
  const other = ROUNDING_MODES.find((m) => m !== mode && taxOnAmount(taxableYen, rate, m) === statedYen);
  if (other) return `${base}; ${formatYen(statedYen)} is what ${other} (${ROUNDING_LABELS[other]}) gives, but the invoice's rounding mode is ${mode}`;
  return base;
}

/** "lines[0] and lines[2] are" / "lines[1] is": which lines (0-based, as in field paths) carry a rate. */
function linesAt(rate: TaxRate, taxLines: readonly TaxLine[]): string {
  return describeLines(taxLines.filter((line) => line.taxRate === rate).map((line) => line.lineNo));
}
