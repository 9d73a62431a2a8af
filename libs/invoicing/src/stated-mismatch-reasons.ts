import type { TaxRate } from './consumption-tax';
import { describeLines } from './invoice-fields';
import { type ComputedRateV2, type PricedLine, taxForRate } from './priced-invoice-tax';
import type { StatedContext } from './stated-totals-v2';
import { categoryText, type Pricing, pricingText, TAX_CATEGORIES, type TaxCategory } from './tax-category';
import { formatQuotient, formatYen, isYen, ROUNDING_LABELS, ROUNDING_MODES } from './yen';

/**
 * Reasons for stated totals that do not match, in words a partner's accountant can act on: what the figure
 * should be and how it is worked out, plus the likely cause where it is recognisable — the mistakes invoicing
 * software and spreadsheets actually make: tax derived per line, another rounding mode, the 税込 formula on a
 * 税抜 invoice (or the reverse), non-taxable lines lumped into a rate's total or left out of the gross.
 */

/** "stated tax for 10% is ¥669 but one rounding (floor, 切り捨て) of ¥6,704 × 10% = ¥670.4 gives ¥670; …". */
export function taxMismatch(statedYen: number, computed: ComputedRateV2, context: StatedContext): string {
  const { rate, amountYen, taxYen } = computed;
  const pricing = context.pricing as Pricing;
  const mode = context.roundingMode ?? 'floor';
  const denominator = pricing === 'tax_inclusive' ? 100 + rate : 100;
  const product = BigInt(amountYen) * BigInt(rate);
  const basis = pricing === 'tax_inclusive' ? `${formatYen(amountYen)} × ${rate}/${denominator}` : `${formatYen(amountYen)} × ${rate}%`;
  const base =
    product % BigInt(denominator) === 0n
      ? `stated tax for ${rate}% is ${formatYen(statedYen)} but ${basis} is exactly ${formatYen(taxYen)}`
      : `stated tax for ${rate}% is ${formatYen(statedYen)} but one rounding (${mode}, ${ROUNDING_LABELS[mode]}) of ${basis} = ¥${formatQuotient(product, BigInt(denominator))} gives ${formatYen(taxYen)}`;
  return `${base}${taxCause(statedYen, computed, context)}`;
}

function taxCause(statedYen: number, computed: ComputedRateV2, context: StatedContext): string {
  const { rate, amountYen } = computed;
  const pricing = context.pricing as Pricing;
  const mode = context.roundingMode ?? 'floor';
  const atRate = context.lines.filter((line) => line.taxRate === rate);
  const perLine = atRate.reduce((sum, line) => sum + taxForRate(line.amountYen, rate, pricing, mode), 0);
  if (atRate.length > 1 && perLine === statedYen) {
    return `; ${pricing === 'tax_inclusive' ? 'deriving the tax from each line separately' : 'rounding each line separately'} gives ${formatYen(perLine)}, but a qualified invoice rounds once per tax rate (消費税法施行令第70条の10)`;
  }
  const other = ROUNDING_MODES.find((m) => m !== mode && taxForRate(amountYen, rate, pricing, m) === statedYen);
  if (other && context.modeAssumed) {
    return `; ${formatYen(statedYen)} is what ${other} (${ROUNDING_LABELS[other]}) gives, but no roundingMode is stated, so ${mode} (${ROUNDING_LABELS[mode]}) is assumed: state roundingMode "${other}"`;
  }
  if (other) return `; ${formatYen(statedYen)} is what ${other} (${ROUNDING_LABELS[other]}) gives, but the invoice's rounding mode is ${mode}`;
  if (pricing === 'tax_inclusive' && taxForRate(amountYen, rate, 'tax_exclusive', mode) === statedYen) {
    return `; ${formatYen(statedYen)} is ${rate}% of ${formatYen(amountYen)}, but this invoice is ${pricingText(pricing)}: the amount already contains the tax, which is ${rate}/${100 + rate} of it`;
  }
  if (pricing === 'tax_exclusive' && taxForRate(amountYen, rate, 'tax_inclusive', mode) === statedYen) {
    return `; ${formatYen(statedYen)} is the tax contained in ${formatYen(amountYen)} as if it included tax, but this invoice is ${pricingText(pricing)}: the tax is ${rate}% on top`;
  }
  return '';
}

/** "stated amount for 10% is ¥X but the 10% lines add up to ¥Y (tax-exclusive (税抜)); …". */
export function amountMismatch(statedYen: number, computed: ComputedRateV2, context: StatedContext): string {
  const { rate, amountYen, netYen, grossYen } = computed;
  const { pricing, roundingMode } = context;
  const base = `stated amount for ${rate}% is ${formatYen(statedYen)} but the ${rate}% lines add up to ${formatYen(amountYen)}${pricing ? ` ${pricingText(pricing)}` : ''}`;
  const nonTaxable = context.computed.nonTaxableYen;
  if (nonTaxable > 0 && statedYen === amountYen + nonTaxable) {
    const where = describeLines(nonTaxableLineNos(context.lines));
    return `${base}; that includes the ${formatYen(nonTaxable)} not subject to consumption tax (${where} not taxable), which belongs in nonTaxableYen, not in the ${rate}% total`;
  }
  if (pricing === 'tax_exclusive' && roundingMode && statedYen === grossYen) {
    return `${base}; ${formatYen(statedYen)} is the total including tax, but this invoice is ${pricingText(pricing)}: amountYen is the total before tax`;
  }
  if (pricing === 'tax_inclusive' && roundingMode && statedYen === netYen) {
    return `${base}; ${formatYen(statedYen)} is the total without tax, but this invoice is ${pricingText(pricing)}: amountYen is the total including tax`;
  }
  return base;
}

/** A rate stated that no line uses. */
export function rateWithoutLines(rate: TaxRate, amountYen: unknown, context: StatedContext): string {
  const base = `${rate}% is stated but no line is taxable at ${rate}%`;
  const nonTaxable = context.computed.nonTaxableYen;
  if (isYen(amountYen) && nonTaxable > 0 && amountYen === nonTaxable) {
    return `${base}; its amount ${formatYen(amountYen)} is what the lines not subject to consumption tax add up to: state that as nonTaxableYen instead`;
  }
  return base;
}

/** nonTaxableYen that is not the sum of the lines without consumption tax. */
export function nonTaxableMismatch(statedYen: number, context: StatedContext): string {
  const { lines, computed } = context;
  const lineNos = nonTaxableLineNos(lines);
  if (lineNos.length === 0) {
    return `stated total not subject to consumption tax is ${formatYen(statedYen)} but every line is taxable, so it is ¥0`;
  }
  const base = `stated total not subject to consumption tax is ${formatYen(statedYen)} but ${describeLines(lineNos)} not subject to it, totalling ${formatYen(computed.nonTaxableYen)}`;
  // Partners often count only 非課税 and forget 不課税 (立替金, 見舞金), or the reverse.
  const present = TAX_CATEGORIES.filter((c) => c !== 'taxable' && lines.some((line) => line.taxCategory === c));
  for (const subset of properSubsets(present)) {
    const sum = lines.filter((line) => subset.includes(line.taxCategory)).reduce((total, line) => total + line.amountYen, 0);
    if (sum === statedYen) {
      return `${base}; ${formatYen(statedYen)} counts only the ${subset.map(categoryText).join(' and ')} lines, but nonTaxableYen covers every line not subject to consumption tax: non_taxable (非課税), out_of_scope (不課税) and zero_rated (免税)`;
    }
  }
  return base;
}

/** grossYen that is not the computed gross, with the sum written out. */
export function grossMismatch(statedYen: number, context: StatedContext): string {
  const { computed } = context;
  const taxable = computed.byRate.reduce((sum, r) => sum + r.amountYen, 0);
  const nonTaxable = computed.nonTaxableYen;
  const plusNonTaxable = nonTaxable > 0 ? ` + not subject to consumption tax ${formatYen(nonTaxable)}` : '';
  const sum =
    computed.byRate.length === 0
      ? `the lines, none of them taxable, add up to ${formatYen(computed.grossYen)}`
      : context.pricing === 'tax_inclusive'
        ? `the tax-inclusive amounts ${formatYen(taxable)}${plusNonTaxable} = ${formatYen(computed.grossYen)}`
        : `net ${formatYen(taxable)} + tax ${formatYen(computed.taxYen)}${plusNonTaxable} = ${formatYen(computed.grossYen)}`;
  const base = `stated gross is ${formatYen(statedYen)} but ${sum}`;
  if (nonTaxable > 0 && statedYen === computed.grossYen - nonTaxable) {
    return `${base}; the ${formatYen(nonTaxable)} not subject to consumption tax is part of the gross too`;
  }
  return base;
}

function nonTaxableLineNos(lines: readonly PricedLine[]): number[] {
  return lines.filter((line) => line.taxRate === null).map((line) => line.lineNo);
}

/** The non-empty subsets of `items` short of all of them, smallest first (at most 6 for three categories). */
function properSubsets(items: readonly TaxCategory[]): TaxCategory[][] {
  const subsets: TaxCategory[][] = [];
  for (let mask = 1; mask < (1 << items.length) - 1; mask++) subsets.push(items.filter((_, i) => (mask & (1 << i)) !== 0));
  return subsets.sort((a, b) => a.length - b.length);
}
