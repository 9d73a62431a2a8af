/**
 * One partner invoice settled against a policy's limits, to the yen. Pure and deterministic: the answer depends
 * only on the input (line order included — lines are sorted by lineNo), so a decision can be recomputed and
 * compared, and the ledger can store just its postings.
 *
 * Each line, in ascending lineNo, first come first served:
 *  1. The whole line is retained if the insured agreed to bear the order's cost (`insured_bears_cost`), if the
 *     policy does not respond to the case (coverage-refusal.ts: retroactive date, period, threat condition — the
 *     same rules that refuse coverage confirmation and orders), or if the plan does not cover its category.
 *  2. Condolence lines (seed 002 特長3: 1法人につき5万円, 1名につき1,000円を限度): recipients beyond the victims the
 *     case declares of that kind are no victims of it (`condolence_victims_exceeded`); each remaining recipient is
 *     covered up to the cap of its own kind (`condolence_cap`) — caps are per recipient and never pooled, so the
 *     corporate allowance never pays for individuals' gifts. See condolence.ts.
 *  3. The deductible takes the accident's first eligible yen until it is fully borne.
 *  4. What remains is paid up to the tightest of: expense left on the accident, expense left in the period,
 *     liability left in the period (expense is inside liability, so every covered yen uses all three). The cut
 *     is booked to the first limit that binds, in that order, so a tie reads as `accident_limit`.
 * A limit that runs out mid-invoice covers part of a line; the lines after it are cut whole. Yen a limit cut are
 * re-decided when a credit note or a reversed payment releases room (redecision.ts).
 */
import { condolenceEligibility } from './condolence';
import { coveredCategories, type CostCategory } from './cost-categories';
import { policyRefusal } from './coverage-refusal';
import { applyPostings, countersOf, ZERO_USAGE, type LimitPostings } from './limit-usage';
import { remaining, type Yen } from './money';
import { assertSettlementInput } from './settlement-input';
import type { Cut, InvoiceLine, LineDecision, RetentionReason, SettlementDecision, SettlementInput, SettlementTotals } from './settlement-types';

/** What is left of each limit as the invoice is worked through. */
interface Room {
  accident: Yen;
  period: Yen;
  liability: Yen;
  deductible: Yen;
  individuals: number;
  corporations: number;
}

export function settleInvoice(input: SettlementInput): SettlementDecision {
  assertSettlementInput(input);
  const { terms, caseFacts, usage } = input;
  const refusal = input.insured === false ? 'insured_bears_cost' : (policyRefusal(terms, caseFacts)?.code ?? null);
  const covered = coveredCategories(terms);
  const room: Room = {
    accident: remaining(terms.expenseSublimitYen, usage.expenseAccidentYen),
    period: remaining(terms.expenseSublimitYen, usage.expensePeriodYen),
    liability: remaining(terms.liabilityLimitYen, usage.liabilityPeriodYen),
    deductible: remaining(terms.expenseDeductibleYen, usage.deductibleAccidentYen),
    individuals: remaining(caseFacts.victims.individuals, usage.condolenceIndividuals),
    corporations: remaining(caseFacts.victims.corporations, usage.condolenceCorporations),
  };

  const lines: LineDecision[] = [];
  const postings = { ...ZERO_USAGE };
  for (const line of [...input.lines].sort((a, b) => a.lineNo - b.lineNo)) {
    const exclusion = refusal ?? (covered.has(line.category) ? null : 'category_not_covered');
    if (exclusion) {
      lines.push(decided(line, 0, line.amountYen === 0 ? [] : [{ reason: exclusion, yen: line.amountYen }]));
      continue;
    }
    lines.push(settleEligibleLine(line, terms.condolenceCaps, room, postings));
  }
  const totals = totalsOf(lines);
  const booked: LimitPostings = { ...postings, expenseAccidentYen: totals.coveredYen, expensePeriodYen: totals.coveredYen, liabilityPeriodYen: totals.coveredYen };
  return { refusal, lines, totals, postings: booked, usageBefore: countersOf(usage), usageAfter: applyPostings(usage, booked) };
}

/** Steps 2–4 for a line of a covered category; consumes `room`, and books deductible and recipients in `postings`. */
function settleEligibleLine(
  line: InvoiceLine,
  caps: SettlementInput['terms']['condolenceCaps'],
  room: Room,
  postings: { deductibleAccidentYen: Yen; condolenceIndividuals: number; condolenceCorporations: number },
): LineDecision {
  const cuts: Cut[] = [];
  const cut = (reason: RetentionReason, yen: Yen) => {
    if (yen > 0) cuts.push({ reason, yen });
  };
  let eligible = line.amountYen;
  let recipientsCounted: LineDecision['recipientsCounted'];
  if (line.category === 'condolence_money_or_gifts' && line.recipients) {
    const kind = line.recipients.kind;
    const declaredLeft = kind === 'individual' ? room.individuals : room.corporations;
    const verdict = condolenceEligibility(line.amountYen, line.recipients, declaredLeft, kind === 'individual' ? caps.perIndividualYen : caps.perCorporationYen);
    cut('condolence_victims_exceeded', verdict.beyondVictimsYen);
    cut('condolence_cap', verdict.overCapYen);
    eligible = verdict.eligibleYen;
    recipientsCounted = { kind, count: verdict.recipientsCounted };
    if (kind === 'individual') {
      room.individuals -= verdict.recipientsCounted;
      postings.condolenceIndividuals += verdict.recipientsCounted;
    } else {
      room.corporations -= verdict.recipientsCounted;
      postings.condolenceCorporations += verdict.recipientsCounted;
    }
  }
  const borne = Math.min(eligible, room.deductible);
  cut('deductible', borne);
  let payable = eligible - borne;
  const limits: [RetentionReason, Yen][] = [['accident_limit', room.accident], ['period_limit', room.period], ['liability_limit', room.liability]];
  for (const [reason, left] of limits) {
    cut(reason, Math.max(0, payable - left));
    payable = Math.min(payable, left);
  }
  room.deductible -= borne;
  postings.deductibleAccidentYen += borne;
  room.accident -= payable;
  room.period -= payable;
  room.liability -= payable;
  return { ...decided(line, payable, cuts), ...(recipientsCounted ? { recipientsCounted, recipientsInvoiced: line.recipients?.count } : {}) };
}

function decided(line: InvoiceLine, coveredYen: Yen, cuts: Cut[]): LineDecision {
  return { lineNo: line.lineNo, category: line.category as CostCategory, amountYen: line.amountYen, coveredYen, retainedYen: line.amountYen - coveredYen, cuts };
}

export function totalsOf(lines: readonly LineDecision[]): SettlementTotals {
  const retainedByReason: Partial<Record<RetentionReason, Yen>> = {};
  let invoiceYen = 0;
  let coveredYen = 0;
  for (const line of lines) {
    invoiceYen += line.amountYen;
    coveredYen += line.coveredYen;
    for (const { reason, yen } of line.cuts) retainedByReason[reason] = (retainedByReason[reason] ?? 0) + yen;
  }
  return { invoiceYen, coveredYen, retainedYen: invoiceYen - coveredYen, retainedByReason };
}
