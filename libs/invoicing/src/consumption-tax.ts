import { largestRemainder } from './largest-remainder';
import { lineNetYen, parseQuantity } from './quantity';
import { addYen, divideRounded, isRoundingMode, isYen, multiplyExact, type RoundingMode } from './yen';

/**
 * Consumption tax on a qualified invoice (適格請求書). The rule: sum the tax-exclusive amounts per tax rate
 * over the whole invoice, compute the tax on each sum, and round ONCE per rate (消費税法施行令第70条の10;
 * the NTA's invoice Q&A, 問57, says rounding per line and adding up is not allowed). Which way to round is the
 * issuer's choice, stated on the invoice. Per-line rounding drifts by up to a yen per line.
 *
 * The settlement, however, needs a tax-inclusive amount per line (each line carries its own cost category),
 * so `allocateTaxToLines` shares each rate's already-rounded tax out to its lines by the largest-remainder
 * method: the per-line amounts always add up to the invoice exactly.
 *
 * Amounts are tax-exclusive (税抜) and non-negative; discount and credit lines are not handled here.
 */

/** 10: standard rate. 8: reduced rate (軽減税率; food and drink, e.g. condolence gifts of food, and newspapers). */
export type TaxRate = 10 | 8;

/** In the order an invoice lists them. */
export const TAX_RATES: readonly TaxRate[] = [10, 8];

export function isTaxRate(value: unknown): value is TaxRate {
  return value === 10 || value === 8;
}

export interface TaxLine {
  /** Identifies the line in the result and breaks ties in the allocation; unique within an invoice. */
  readonly lineNo: number;
  /** Greater than 0, at most 3 decimal places (see quantity.ts); quantity × unit price must be whole yen. */
  readonly quantity: number;
  /** Tax-exclusive unit price in whole yen, 0 or more. */
  readonly unitPriceYen: number;
  readonly taxRate: TaxRate;
}

export interface RateTax {
  rate: TaxRate;
  /** Sum of the tax-exclusive line amounts at this rate. */
  taxableYen: number;
  /** taxableYen × rate / 100, rounded once. */
  taxYen: number;
}

export interface InvoiceTax {
  /** One entry per rate that some line uses, 10% first. */
  byRate: RateTax[];
  netYen: number;
  taxYen: number;
  grossYen: number;
}

export interface LineAmounts {
  lineNo: number;
  taxRate: TaxRate;
  netYen: number;
  /** This line's share of its rate's invoice-level tax. */
  taxYen: number;
  grossYen: number;
}

/** The tax on one rate's taxable total: one rounding of taxable × rate / 100, in integers. */
export function taxOnAmount(taxableYen: number, rate: TaxRate, roundingMode: RoundingMode): number {
  return divideRounded(multiplyExact(taxableYen, rate), 100, roundingMode);
}

/** Tax per rate and invoice totals. Throws RangeError on a line that breaks the TaxLine contract. */
export function computeInvoiceTax(lines: readonly TaxLine[], roundingMode: RoundingMode): InvoiceTax {
  if (!isRoundingMode(roundingMode)) throw new RangeError(`unknown rounding mode ${JSON.stringify(roundingMode)}`);
  const nets = lineNets(lines);
  const byRate: RateTax[] = [];
  let netYen = 0;
  let taxYen = 0;
  for (const rate of TAX_RATES) {
    const atRate = lines.filter((line) => line.taxRate === rate);
    if (atRate.length === 0) continue;
    const taxableYen = atRate.reduce((sum, line) => addYen(sum, nets.get(line.lineNo) as number), 0);
    const rateTax = taxOnAmount(taxableYen, rate, roundingMode);
    byRate.push({ rate, taxableYen, taxYen: rateTax });
    netYen = addYen(netYen, taxableYen);
    taxYen = addYen(taxYen, rateTax);
  }
  return { byRate, netYen, taxYen, grossYen: addYen(netYen, taxYen) };
}

/**
 * Each line's net, tax and gross, in the order of `lines`. Per rate, the invoice-level tax T is shared in
 * proportion to the lines' nets by the largest-remainder (Hamilton) method: line i's exact share is
 * T × net_i / taxable; every line gets the floor of its share, and the yen left over (fewer than the number
 * of lines) go one each to the largest fractional parts, ties to the lower lineNo. The result depends only
 * on the lines' content, not their order, and Σ gross = invoice gross exactly.
 *
 * T × net_i can exceed 2^53 for large invoices, so the shares are computed in BigInt; every result fits a
 * safe integer again because it is at most T.
 */
export function allocateTaxToLines(lines: readonly TaxLine[], roundingMode: RoundingMode): LineAmounts[] {
  const tax = computeInvoiceTax(lines, roundingMode);
  const nets = lineNets(lines);
  const taxByLine = new Map<number, number>();
  for (const { rate, taxableYen, taxYen } of tax.byRate) {
    const atRate = lines.filter((line) => line.taxRate === rate).map((line) => ({ lineNo: line.lineNo, weight: nets.get(line.lineNo) as number }));
    for (const [lineNo, share] of largestRemainder(taxYen, taxableYen, atRate)) taxByLine.set(lineNo, share);
  }
  return lines.map((line) => {
    const netYen = nets.get(line.lineNo) as number;
    const taxYen = taxByLine.get(line.lineNo) as number;
    return { lineNo: line.lineNo, taxRate: line.taxRate, netYen, taxYen, grossYen: addYen(netYen, taxYen) };
  });
}

/** Each line's tax-exclusive amount by lineNo, checking the TaxLine contract on the way. */
function lineNets(lines: readonly TaxLine[]): Map<number, number> {
  const nets = new Map<number, number>();
  for (const line of lines) {
    const where = `line ${line.lineNo}`;
    if (nets.has(line.lineNo)) throw new RangeError(`${where}: lineNo appears more than once`);
    if (!isTaxRate(line.taxRate)) throw new RangeError(`${where}: tax rate must be 10 or 8 (got ${String(line.taxRate)})`);
    if (!isYen(line.unitPriceYen)) throw new RangeError(`${where}: unit price must be a whole number of yen, 0 or more`);
    const quantity = parseQuantity(line.quantity);
    if (!quantity.ok) throw new RangeError(`${where}: quantity ${quantity.reason}`);
    const net = lineNetYen(quantity.milli, line.unitPriceYen);
    if (!net.ok) throw new RangeError(`${where}: ${net.reason}`);
    nets.set(line.lineNo, net.yen);
  }
  return nets;
}
