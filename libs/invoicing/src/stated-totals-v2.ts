import { isTaxRate, type TaxRate } from './consumption-tax';
import { describeLines, type InvoiceIssue, isRecord, taxRateReason, wholeYenReason } from './invoice-fields';
import { type ComputedInvoiceV2, computeInvoiceV2, type PricedLine } from './priced-invoice-tax';
import { amountMismatch, grossMismatch, nonTaxableMismatch, rateWithoutLines, taxMismatch } from './stated-mismatch-reasons';
import type { Pricing } from './tax-category';
import { formatYen, isYen, type RoundingMode, YenOverflowError } from './yen';

/**
 * What a v2 document states its totals are, checked against what its lines compute to. The stated items are
 * the ones a qualified invoice must show (消費税法第57条の4第1項第4号・第5号): per rate, the amount as priced and
 * the tax; plus what is not subject to consumption tax, and the gross the partner asks to be paid.
 */

export interface StatedRateV2Input {
  rate: number;
  /** The rate's total of line amounts AS PRICED: tax-exclusive on a tax_exclusive invoice, tax-inclusive on a tax_inclusive one. */
  amountYen: number;
  taxYen: number;
}

export interface StatedTotalsV2Input {
  /** One entry per rate the lines use; [] when no line is taxable. */
  byRate: readonly StatedRateV2Input[];
  /** Σ lines not subject to consumption tax (non_taxable, out_of_scope and zero_rated); 0 when there are none. */
  nonTaxableYen: number;
  grossYen: number;
}

/** What the stated totals are compared with. */
export interface StatedContext {
  /** Computed with stand-ins (tax_exclusive, floor) where pricing or rounding mode is invalid: amounts hold, tax does not. */
  computed: ComputedInvoiceV2;
  lines: readonly PricedLine[];
  /** The document's own pricing and rounding mode, undefined where invalid. */
  pricing: Pricing | undefined;
  roundingMode: RoundingMode | undefined;
  /** A credit note without a rounding mode: floor was assumed (credit-note-v2.ts says why). */
  modeAssumed: boolean;
}

/**
 * The computation the stated totals are checked against, or the issue that stops it. Lines that are not all
 * valid give no context: a sum over a broken line would only echo its issue.
 */
export function statedContext(
  lines: readonly PricedLine[] | undefined,
  pricing: Pricing | undefined,
  roundingMode: RoundingMode | undefined,
  modeAssumed = false,
): { context: StatedContext | undefined; issues: InvoiceIssue[] } {
  if (!lines) return { context: undefined, issues: [] };
  try {
    const computed = computeInvoiceV2(lines, pricing ?? 'tax_exclusive', roundingMode ?? 'floor');
    return { context: { computed, lines, pricing, roundingMode, modeAssumed }, issues: [] };
  } catch (error) {
    if (!(error instanceof YenOverflowError)) throw error;
    return { context: undefined, issues: [{ field: 'lines', reason: 'the line amounts add up to more than can be computed exactly to the yen' }] };
  }
}

/** Every issue with the stated totals; comparisons only where `context` makes them meaningful. */
export function checkStatedTotalsV2(stated: Record<string, unknown>, context: StatedContext | undefined): InvoiceIssue[] {
  const issues = checkStatedRates(stated.byRate, context);
  const taxKnown = context?.pricing !== undefined && context.roundingMode !== undefined;
  const { nonTaxableYen, grossYen } = stated;
  if (!isYen(nonTaxableYen)) issues.push({ field: 'stated.nonTaxableYen', reason: wholeYenReason(nonTaxableYen) });
  else if (context && nonTaxableYen !== context.computed.nonTaxableYen) {
    issues.push({ field: 'stated.nonTaxableYen', reason: nonTaxableMismatch(nonTaxableYen, context) });
  }
  if (!isYen(grossYen)) issues.push({ field: 'stated.grossYen', reason: wholeYenReason(grossYen) });
  else if (context && taxKnown && grossYen !== context.computed.grossYen) {
    issues.push({ field: 'stated.grossYen', reason: grossMismatch(grossYen, context) });
  }
  return issues;
}

function checkStatedRates(byRate: unknown, context: StatedContext | undefined): InvoiceIssue[] {
  if (!Array.isArray(byRate)) {
    return [{ field: 'stated.byRate', reason: 'must be a list of { rate, amountYen, taxYen }, one entry per tax rate the lines use ([] when no line is taxable)' }];
  }
  const issues: InvoiceIssue[] = [];
  const statedAt = new Map<TaxRate, number>();
  byRate.forEach((entry: unknown, index) => {
    const at = `stated.byRate[${index}]`;
    if (!isRecord(entry)) {
      issues.push({ field: at, reason: 'must be { rate, amountYen, taxYen }' });
      return;
    }
    const { rate, amountYen, taxYen } = entry;
    let rateOk = false;
    if (!isTaxRate(rate)) issues.push({ field: `${at}.rate`, reason: taxRateReason(rate) });
    else if (statedAt.has(rate)) issues.push({ field: `${at}.rate`, reason: `${rate}% is stated more than once (also at stated.byRate[${statedAt.get(rate)}])` });
    else {
      statedAt.set(rate, index);
      rateOk = true;
    }
    if (!isYen(amountYen)) issues.push({ field: `${at}.amountYen`, reason: wholeYenReason(amountYen) });
    if (!isYen(taxYen)) issues.push({ field: `${at}.taxYen`, reason: wholeYenReason(taxYen) });
    if (!context || !rateOk) return;
    const computedRate = context.computed.byRate.find((r) => r.rate === rate);
    if (!computedRate) {
      issues.push({ field: `${at}.rate`, reason: rateWithoutLines(rate as TaxRate, amountYen, context) });
      return;
    }
    if (isYen(amountYen) && amountYen !== computedRate.amountYen) {
      issues.push({ field: `${at}.amountYen`, reason: amountMismatch(amountYen, computedRate, context) });
    }
    if (isYen(taxYen) && context.pricing && context.roundingMode && taxYen !== computedRate.taxYen) {
      issues.push({ field: `${at}.taxYen`, reason: taxMismatch(taxYen, computedRate, context) });
    }
  });
  for (const { rate, amountYen } of context?.computed.byRate ?? []) {
    if (statedAt.has(rate)) continue;
    const where = describeLines((context?.lines ?? []).filter((line) => line.taxRate === rate).map((line) => line.lineNo));
    issues.push({
      field: 'stated.byRate',
      reason: `no amount and tax are stated for ${rate}%, but ${where} taxable at ${rate}% (amount ${formatYen(amountYen)})`,
    });
  }
  return issues;
}
