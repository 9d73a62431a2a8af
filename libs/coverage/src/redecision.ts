/**
 * Released room goes back to what was cut (issue 6 point 5). When a credit note or a reversed liability payment
 * gives room back under a limit, the lines of the same accident or period that an earlier decision cut for a limit
 * are re-decided in their original order — invoices in the order they were first decided, lines by lineNo — so
 * the insured ends at the limit, never below it while room sits unused. Settlement is first decided, first
 * served; re-decision keeps that order for the room that comes back.
 *
 * Each invoice that gains yen gets a re-decision of its own: its lines as they now stand, and postings of just
 * what was restored, so the ledger and the supplementary payout follow from it exactly as from a settlement.
 * Running it again at once finds no room or no cut left, and changes nothing.
 *
 * A line's yen stack, bottom to top: deductible | covered | cut (limits, then caps and exclusions above them);
 * credits take the top first (credit-release.ts). So the restorable part of a line's limit cut is what credits have
 * not already taken. If a credit gave deductible back to the accident, the restored yen bear it first, as they
 * would have had they been decided now: the insured's share per accident is once, whatever the order.
 */
import type { CreditLine } from './credit-release';
import { applyPostings, ZERO_USAGE, type LimitPostings, type LimitUsage } from './limit-usage';
import { remaining, type Yen } from './money';
import type { PolicyTerms } from './policy-terms';
import { totalsOf } from './settlement';
import { LIMIT_REASONS, type Cut, type LineDecision, type SettlementDecision } from './settlement-types';

export interface RedecisionCandidate {
  /** The invoice, as the caller names it. */
  readonly ref: string;
  /** The accident (case) the invoice belongs to. */
  readonly accident: string;
  /** The invoice's current decision: the original, or its latest re-decision. */
  readonly decision: SettlementDecision;
  /** Everything credited on the invoice so far. */
  readonly credited: readonly CreditLine[];
}

export interface RedecisionInput {
  readonly terms: PolicyTerms;
  /** The policy period's counters now. */
  readonly period: Pick<LimitUsage, 'expensePeriodYen' | 'liabilityPeriodYen'>;
  /** The accident counters now, for every accident among the candidates. */
  readonly accidents: Readonly<Record<string, LimitUsage>>;
  /** The period's invoices, in the order they were first decided. */
  readonly candidates: readonly RedecisionCandidate[];
}

export interface Redecision {
  readonly ref: string;
  readonly accident: string;
  /** The invoice's new current decision; `postings` hold only what this re-decision adds. */
  readonly decision: SettlementDecision;
  /** Yen newly covered: the supplementary payout. */
  readonly restoredYen: Yen;
}

/** Yen of a line a limit cut and no credit has taken since. */
export function restorableYen(line: LineDecision, creditedYen: Yen): Yen {
  const limitCut = sumCuts(line.cuts, (reason) => LIMIT_REASONS.includes(reason));
  if (limitCut === 0) return 0;
  const deductible = sumCuts(line.cuts, (reason) => reason === 'deductible');
  const otherUncounted = line.retainedYen - deductible - limitCut;
  return Math.max(0, limitCut - Math.max(0, creditedYen - otherUncounted));
}

/** Whether any line of a decision still has yen a limit cut that credits have not taken: a re-decision could restore it. */
export function hasRestorableLine(decision: SettlementDecision, credited: readonly CreditLine[]): boolean {
  return decision.lines.some((line) => restorableYen(line, creditedOn(credited, line.lineNo)) > 0);
}

export function redecideCutLines(input: RedecisionInput): Redecision[] {
  const { terms } = input;
  // Only the two period counters: a caller's usage object may carry accident counters too.
  const period = { expensePeriodYen: input.period.expensePeriodYen, liabilityPeriodYen: input.period.liabilityPeriodYen };
  const accidents = new Map(Object.entries(input.accidents).map(([id, usage]) => [id, { ...usage }]));
  const results: Redecision[] = [];
  for (const candidate of input.candidates) {
    if (candidate.decision.refusal !== null) continue;
    const accident = accidents.get(candidate.accident);
    if (!accident) throw new RangeError(`no usage given for accident ${candidate.accident}`);
    const usageBefore: LimitUsage = { ...accident, ...period };
    let restoredYen = 0;
    let borneYen = 0;
    const lines = candidate.decision.lines.map((line) => {
      const restorable = restorableYen(line, creditedOn(candidate.credited, line.lineNo));
      if (restorable === 0) return line;
      const borne = Math.min(restorable, remaining(terms.expenseDeductibleYen, accident.deductibleAccidentYen + borneYen));
      const room = Math.min(
        remaining(terms.expenseSublimitYen, accident.expenseAccidentYen + restoredYen),
        remaining(terms.expenseSublimitYen, period.expensePeriodYen + restoredYen),
        remaining(terms.liabilityLimitYen, period.liabilityPeriodYen + restoredYen),
      );
      const paid = Math.min(restorable - borne, room);
      if (borne + paid === 0) return line;
      borneYen += borne;
      restoredYen += paid;
      return { ...line, coveredYen: line.coveredYen + paid, retainedYen: line.retainedYen - paid, cuts: recut(line.cuts, borne, paid) };
    });
    if (restoredYen === 0 && borneYen === 0) continue;
    const postings: LimitPostings = {
      ...ZERO_USAGE,
      expenseAccidentYen: restoredYen,
      expensePeriodYen: restoredYen,
      liabilityPeriodYen: restoredYen,
      deductibleAccidentYen: borneYen,
    };
    const usageAfter = applyPostings(usageBefore, postings);
    Object.assign(accident, usageAfter);
    period.expensePeriodYen = usageAfter.expensePeriodYen;
    period.liabilityPeriodYen = usageAfter.liabilityPeriodYen;
    results.push({
      ref: candidate.ref,
      accident: candidate.accident,
      decision: { refusal: null, lines, totals: totalsOf(lines), postings, usageBefore, usageAfter },
      restoredYen,
    });
  }
  return results;
}

/**
 * The line's cuts once `borne` of its limit cut moved to the deductible and `paid` became covered: limit cuts are
 * reduced from the outermost limit in, the deductible grows (or appears before the first limit cut).
 */
function recut(cuts: readonly Cut[], borne: Yen, paid: Yen): Cut[] {
  let take = borne + paid;
  const reduced = [...cuts].reverse().map((cut) => {
    if (take === 0 || !LIMIT_REASONS.includes(cut.reason)) return cut;
    const less = Math.min(cut.yen, take);
    take -= less;
    return { reason: cut.reason, yen: cut.yen - less };
  }).reverse();
  const result: Cut[] = [];
  let deductibleAdded = borne === 0;
  for (const cut of reduced) {
    if (cut.reason === 'deductible') {
      result.push({ reason: 'deductible', yen: cut.yen + borne });
      deductibleAdded = true;
      continue;
    }
    if (!deductibleAdded && LIMIT_REASONS.includes(cut.reason)) {
      result.push({ reason: 'deductible', yen: borne });
      deductibleAdded = true;
    }
    if (cut.yen > 0) result.push(cut);
  }
  return result;
}

function sumCuts(cuts: readonly Cut[], which: (reason: Cut['reason']) => boolean): Yen {
  return cuts.filter((cut) => which(cut.reason)).reduce((sum, cut) => sum + cut.yen, 0);
}

function creditedOn(credited: readonly CreditLine[], lineNo: number): Yen {
  return credited.filter((credit) => credit.lineNo === lineNo).reduce((sum, credit) => sum + credit.amountYen, 0);
}
