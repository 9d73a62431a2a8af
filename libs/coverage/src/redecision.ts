/**
 * Released room goes back to what was cut (issue 6 point 5). When a credit note or a reversed liability payment
 * gives room back under a limit, the lines of the same accident or period that an earlier decision cut for a limit
 * are re-decided in their original order — invoices in the order they were first decided, lines by lineNo — so
 * the insured ends at the limit, never below it while room sits unused. Settlement is first decided, first
 * served; re-decision keeps that order for the room that comes back. The declared victims are room of the same
 * kind: a condolence line credited in full gives its recipients back, and a line whose recipients were beyond the
 * victims left then (`condolence_victims_exceeded`) has as many more of them counted as are free now.
 *
 * Each invoice that gains gets a re-decision of its own: its lines as they now stand, and postings of just
 * what was restored, so the ledger and the supplementary payout follow from it exactly as from a settlement.
 * Running it again at once finds no room or no cut left, and changes nothing.
 *
 * A line's yen stack, bottom to top: deductible | covered | limit cuts | cap and victims cuts (and exclusions);
 * credits take the top first (credit-release.ts). So the restorable part of a line's limit cut is what credits have
 * not already taken; a condolence line that any credit touched keeps its recipients as they are (the credit most
 * likely paid back the very gifts that were beyond the victims). If a credit gave deductible back to the accident,
 * the restored yen bear it first, as they would have had they been decided now: the insured's share per accident
 * is once, whatever the order.
 */
import { counting } from './condolence';
import type { CreditLine } from './credit-release';
import { applyPostings, ZERO_USAGE, type LimitPostings, type LimitUsage } from './limit-usage';
import { remaining, type Yen } from './money';
import type { PolicyTerms } from './policy-terms';
import { totalsOf } from './settlement';
import { LIMIT_REASONS, type CaseFacts, type Cut, type LineDecision, type RetentionReason, type SettlementDecision } from './settlement-types';

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
  /** The victims each accident declares; without them, recipients cut as beyond the victims stay cut. */
  readonly victims?: Readonly<Record<string, CaseFacts['victims']>>;
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

/** Recipients of an uncredited condolence line that were beyond the victims when it was decided. */
export function uncountedRecipients(line: LineDecision, creditedYen: Yen): number {
  // A ¥0 line gave nothing: its recipients use up no victim, now or later (and no credit could give them back).
  if (line.amountYen === 0 || creditedYen > 0 || !line.recipientsCounted || line.recipientsInvoiced === undefined) return 0;
  return line.recipientsInvoiced - line.recipientsCounted.count;
}

/** Whether a re-decision could give a line of this decision more: a limit cut no credit took, or uncounted recipients. */
export function hasRestorableLine(decision: SettlementDecision, credited: readonly CreditLine[]): boolean {
  return decision.lines.some((line) => {
    const creditedYen = creditedOn(credited, line.lineNo);
    return restorableYen(line, creditedYen) > 0 || uncountedRecipients(line, creditedYen) > 0;
  });
}

interface AccidentRoom {
  usage: LimitUsage;
  victims: CaseFacts['victims'] | undefined;
}

export function redecideCutLines(input: RedecisionInput): Redecision[] {
  const { terms } = input;
  // Only the two period counters: a caller's usage object may carry accident counters too.
  const period = { expensePeriodYen: input.period.expensePeriodYen, liabilityPeriodYen: input.period.liabilityPeriodYen };
  const accidents = new Map<string, AccidentRoom>(
    Object.entries(input.accidents).map(([id, usage]) => [id, { usage: { ...usage }, victims: input.victims?.[id] }]),
  );
  const results: Redecision[] = [];
  for (const candidate of input.candidates) {
    if (candidate.decision.refusal !== null) continue;
    const accident = accidents.get(candidate.accident);
    if (!accident) throw new RangeError(`no usage given for accident ${candidate.accident}`);
    const usageBefore: LimitUsage = { ...accident.usage, ...period };
    const added = { ...ZERO_USAGE };
    const room = (): Yen =>
      Math.min(
        remaining(terms.expenseSublimitYen, accident.usage.expenseAccidentYen + added.expenseAccidentYen),
        remaining(terms.expenseSublimitYen, period.expensePeriodYen + added.expenseAccidentYen),
        remaining(terms.liabilityLimitYen, period.liabilityPeriodYen + added.expenseAccidentYen),
      );
    const lines = candidate.decision.lines.map((line) => {
      const creditedYen = creditedOn(candidate.credited, line.lineNo);
      const limitRestorable = restorableYen(line, creditedYen);
      const recount = moreRecipients(line, creditedYen, accident, added, terms);
      if (limitRestorable === 0 && !recount) return line;
      const avail = limitRestorable + (recount?.eligibleYen ?? 0);
      const borne = Math.min(avail, remaining(terms.expenseDeductibleYen, accident.usage.deductibleAccidentYen + added.deductibleAccidentYen));
      const paid = Math.min(avail - borne, room());
      if (borne + paid === 0 && !recount) return line;
      added.deductibleAccidentYen += borne;
      added.expenseAccidentYen += paid;
      if (recount) added[recount.counter] += recount.more;
      const cuts = recount ? recutRecounted(line, recount, borne, paid, bindingLimit(terms, accident.usage, period, added)) : recut(line.cuts, borne, paid);
      const coveredYen = line.coveredYen + paid;
      return {
        ...line,
        coveredYen,
        retainedYen: line.amountYen - coveredYen,
        cuts,
        ...(recount ? { recipientsCounted: { kind: recount.kind, count: recount.counted } } : {}),
      };
    });
    if (Object.values(added).every((yen) => yen === 0)) continue;
    const postings: LimitPostings = { ...added, expensePeriodYen: added.expenseAccidentYen, liabilityPeriodYen: added.expenseAccidentYen };
    const usageAfter = applyPostings(usageBefore, postings);
    accident.usage = usageAfter;
    period.expensePeriodYen = usageAfter.expensePeriodYen;
    period.liabilityPeriodYen = usageAfter.liabilityPeriodYen;
    results.push({
      ref: candidate.ref,
      accident: candidate.accident,
      decision: { refusal: null, lines, totals: totalsOf(lines), postings, usageBefore, usageAfter },
      restoredYen: added.expenseAccidentYen,
    });
  }
  return results;
}

interface Recount {
  kind: 'individual' | 'corporation';
  counter: 'condolenceIndividuals' | 'condolenceCorporations';
  /** Recipients counted now, in all, and how many more than before. */
  counted: number;
  more: number;
  /** The line's new victims and cap cuts, and the eligible yen they add. */
  beyondVictimsYen: Yen;
  overCapYen: Yen;
  eligibleYen: Yen;
}

/** More of an uncredited condolence line's recipients counted, as far as its accident's declared victims allow. */
function moreRecipients(line: LineDecision, creditedYen: Yen, accident: AccidentRoom, added: LimitUsage, terms: PolicyTerms): Recount | null {
  const uncounted = uncountedRecipients(line, creditedYen);
  if (uncounted === 0 || !accident.victims || !line.recipientsCounted || line.recipientsInvoiced === undefined) return null;
  const kind = line.recipientsCounted.kind;
  const counter = kind === 'individual' ? 'condolenceIndividuals' : 'condolenceCorporations';
  const declared = kind === 'individual' ? accident.victims.individuals : accident.victims.corporations;
  const more = Math.min(uncounted, remaining(declared, accident.usage[counter] + added[counter]));
  if (more === 0) return null;
  const cap = kind === 'individual' ? terms.condolenceCaps.perIndividualYen : terms.condolenceCaps.perCorporationYen;
  const before = counting(line.amountYen, line.recipientsInvoiced, line.recipientsCounted.count, cap);
  const after = counting(line.amountYen, line.recipientsInvoiced, line.recipientsCounted.count + more, cap);
  return {
    kind, counter, counted: after.recipientsCounted, more,
    beyondVictimsYen: after.beyondVictimsYen, overCapYen: after.overCapYen, eligibleYen: after.eligibleYen - before.eligibleYen,
  };
}

/** The limit that binds once `added` is booked: the first, from the innermost out, with no room left. */
function bindingLimit(terms: PolicyTerms, usage: LimitUsage, period: Pick<LimitUsage, 'expensePeriodYen' | 'liabilityPeriodYen'>, added: LimitUsage): RetentionReason {
  if (remaining(terms.expenseSublimitYen, usage.expenseAccidentYen + added.expenseAccidentYen) === 0) return 'accident_limit';
  if (remaining(terms.expenseSublimitYen, period.expensePeriodYen + added.expenseAccidentYen) === 0) return 'period_limit';
  return 'liability_limit';
}

/**
 * A recounted condolence line's cuts, in settlement's order: victims, cap, deductible, limits. Its limit cut is
 * what it was, plus the eligible yen the new recipients add, less what this re-decision bore or paid; where it
 * grows, the growth is booked to the limit that binds now.
 */
function recutRecounted(line: LineDecision, recount: Recount, borne: Yen, paid: Yen, binding: RetentionReason): Cut[] {
  const oldLimit = sumCuts(line.cuts, (reason) => LIMIT_REASONS.includes(reason));
  const newLimit = oldLimit + recount.eligibleYen - borne - paid;
  const limitCuts: Cut[] =
    newLimit <= oldLimit
      ? recut(line.cuts.filter((cut) => LIMIT_REASONS.includes(cut.reason)), 0, oldLimit - newLimit)
      : mergeCut(line.cuts.filter((cut) => LIMIT_REASONS.includes(cut.reason)), binding, newLimit - oldLimit);
  const deductible = sumCuts(line.cuts, (reason) => reason === 'deductible') + borne;
  return [
    { reason: 'condolence_victims_exceeded' as const, yen: recount.beyondVictimsYen },
    { reason: 'condolence_cap' as const, yen: recount.overCapYen },
    { reason: 'deductible' as const, yen: deductible },
    ...limitCuts,
  ].filter((cut) => cut.yen > 0);
}

function mergeCut(cuts: readonly Cut[], reason: RetentionReason, yen: Yen): Cut[] {
  const merged = cuts.map((cut) => (cut.reason === reason ? { reason, yen: cut.yen + yen } : cut));
  return merged.some((cut) => cut.reason === reason) ? merged : [...merged, { reason, yen }];
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
