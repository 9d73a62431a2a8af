import { TAX_RATES, type TaxRate } from './consumption-tax';
import { largestRemainder } from './largest-remainder';
import { isPricing, isTaxCategory, type Pricing, type TaxCategory } from './tax-category';
import { addYen, divideRoundedBig, isRoundingMode, isYen, type RoundingMode } from './yen';

/**
 * Consumption tax on a qualified invoice priced either way, with lines that carry no consumption tax.
 *
 * 消費税法施行令第70条の10: per invoice, add up the line amounts per tax rate and compute the tax on each sum
 * with ONE rounding (the NTA インボイスQ&A: rounding per line and adding up is not allowed). The formula
 * depends on how the invoice prices its lines:
 *   税抜 tax_exclusive:  tax_r = round(Σ net_r × r / 100);          gross_r = Σ net_r + tax_r
 *   税込 tax_inclusive:  tax_r = round(Σ gross_r × r / (100 + r));  net_r = Σ gross_r − tax_r
 * On a 税込 invoice the tax is the part of the total it contains (10/110, 8/108), never 10% of it, and it is
 * derived from the rate's total once: deriving it per line and adding up drifts by up to a yen per line.
 *
 * Lines that are not 課税 (非課税, 不課税, 免税; see tax-category.ts) have no rate and no tax: their amount is
 * the same with or without tax, whatever the pricing, and adds to `nonTaxableYen` and to both totals.
 *
 * Per line, each rate's tax is shared out by largest remainder (largest-remainder.ts) in proportion to the
 * lines' amounts as priced: the nets on a 税抜 invoice, the grosses on a 税込 one (where a line's net is then
 * its gross less its share). Either way Σ line gross is the invoice's gross to the yen, which the settlement
 * needs (covered + retained = invoice total).
 */

/** A line whose fields are already checked: its amount (quantity × unit price) as priced. */
export interface PricedLine {
  /** Unique within the invoice; breaks ties in the allocation. */
  lineNo: number;
  taxCategory: TaxCategory;
  /** The rate of a taxable line; null for every other category. */
  taxRate: TaxRate | null;
  /** Whole yen, 0 or more: tax-exclusive on a tax_exclusive invoice, tax-inclusive on a tax_inclusive one. */
  amountYen: number;
}

export interface ComputedLineV2 {
  /** index + 1. */
  lineNo: number;
  taxCategory: TaxCategory;
  taxRate: TaxRate | null;
  netYen: number;
  /** This line's share of its rate's invoice-level tax; 0 on a line that is not taxable. */
  taxYen: number;
  grossYen: number;
}

export interface ComputedRateV2 {
  rate: TaxRate;
  /** Σ line amounts at this rate as priced: the net total on a tax_exclusive invoice, the gross on a tax_inclusive one. */
  amountYen: number;
  netYen: number;
  /** One rounding per rate. */
  taxYen: number;
  grossYen: number;
}

export interface ComputedInvoiceV2 {
  pricing: Pricing;
  roundingMode: RoundingMode;
  /** 10% first; only the rates some line uses; [] when no line is taxable. */
  byRate: ComputedRateV2[];
  /** Σ amounts of the lines not subject to consumption tax (non_taxable, out_of_scope, zero_rated). */
  nonTaxableYen: number;
  /** Taxable nets + nonTaxableYen. */
  netYen: number;
  taxYen: number;
  /** netYen + taxYen = Σ line gross. */
  grossYen: number;
  lines: ComputedLineV2[];
}

/** The tax in (税込) or on (税抜) one rate's total, rounded once. BigInt, since amount × rate can pass 2^53. */
export function taxForRate(amountYen: number, rate: TaxRate, pricing: Pricing, roundingMode: RoundingMode): number {
  if (!isYen(amountYen)) throw new RangeError(`amount must be a whole number of yen, 0 or more (got ${amountYen})`);
  const denominator = pricing === 'tax_inclusive' ? 100 + rate : 100;
  return Number(divideRoundedBig(BigInt(amountYen) * BigInt(rate), BigInt(denominator), roundingMode));
}

/**
 * The whole computation. Throws RangeError on lines that break the PricedLine contract (the validators
 * report those as issues first) and YenOverflowError when a total passes exact integer arithmetic.
 */
export function computeInvoiceV2(lines: readonly PricedLine[], pricing: Pricing, roundingMode: RoundingMode): ComputedInvoiceV2 {
  if (!isRoundingMode(roundingMode)) throw new RangeError(`unknown rounding mode ${JSON.stringify(roundingMode)}`);
  if (!isPricing(pricing)) throw new RangeError(`unknown pricing ${JSON.stringify(pricing)}`);
  checkContract(lines);
  const byRate: ComputedRateV2[] = [];
  const taxByLine = new Map<number, number>();
  for (const rate of TAX_RATES) {
    const atRate = lines.filter((line) => line.taxRate === rate);
    if (atRate.length === 0) continue;
    const amountYen = atRate.reduce((sum, line) => addYen(sum, line.amountYen), 0);
    const taxYen = taxForRate(amountYen, rate, pricing, roundingMode);
    const weights = atRate.map((line) => ({ lineNo: line.lineNo, weight: line.amountYen }));
    for (const [lineNo, share] of largestRemainder(taxYen, amountYen, weights)) taxByLine.set(lineNo, share);
    const inclusive = pricing === 'tax_inclusive';
    byRate.push({ rate, amountYen, netYen: inclusive ? amountYen - taxYen : amountYen, taxYen, grossYen: inclusive ? amountYen : addYen(amountYen, taxYen) });
  }
  const nonTaxableYen = lines.filter((line) => line.taxRate === null).reduce((sum, line) => addYen(sum, line.amountYen), 0);
  const netYen = byRate.reduce((sum, r) => addYen(sum, r.netYen), nonTaxableYen);
  const taxYen = byRate.reduce((sum, r) => addYen(sum, r.taxYen), 0);
  return {
    pricing,
    roundingMode,
    byRate,
    nonTaxableYen,
    netYen,
    taxYen,
    grossYen: addYen(netYen, taxYen),
    lines: lines.map((line) => lineAmounts(line, pricing, taxByLine.get(line.lineNo) ?? 0)),
  };
}

function lineAmounts(line: PricedLine, pricing: Pricing, taxYen: number): ComputedLineV2 {
  const { lineNo, taxCategory, taxRate, amountYen } = line;
  if (pricing === 'tax_inclusive') return { lineNo, taxCategory, taxRate, netYen: amountYen - taxYen, taxYen, grossYen: amountYen };
  return { lineNo, taxCategory, taxRate, netYen: amountYen, taxYen, grossYen: addYen(amountYen, taxYen) };
}

function checkContract(lines: readonly PricedLine[]): void {
  const seen = new Set<number>();
  for (const line of lines) {
    const where = `line ${line.lineNo}`;
    if (seen.has(line.lineNo)) throw new RangeError(`${where}: lineNo appears more than once`);
    seen.add(line.lineNo);
    if (!isYen(line.amountYen)) throw new RangeError(`${where}: amount must be a whole number of yen, 0 or more`);
    if (!isTaxCategory(line.taxCategory)) throw new RangeError(`${where}: unknown tax category ${JSON.stringify(line.taxCategory)}`);
    const taxable = line.taxCategory === 'taxable';
    if (taxable && line.taxRate !== 10 && line.taxRate !== 8) throw new RangeError(`${where}: a taxable line needs a rate of 10 or 8`);
    if (!taxable && line.taxRate !== null) throw new RangeError(`${where}: a ${line.taxCategory} line has no tax rate`);
  }
}
