/**
 * One partner invoice settled against a policy's limits, to the yen. Pure and deterministic: the answer depends
 * only on the input (line order included — lines are sorted by lineNo), so a decision can be recomputed and
 * compared, and the ledger can store just its postings.
 *
 * Each line, in ascending lineNo, first come first served:
 *  1. The whole line is retained if the policy does not respond (incident dated outside the period, or caused
 *     before the retroactive date), if its category is not covered, or if it is a threat-only fee and the threat
 *     was not reported by a public authority or the security-operations provider.
 *  2. Condolence lines are cut to what is left of the accident's cap (per-victim cap × declared victims).
 *  3. The deductible takes the accident's first eligible yen until it is fully borne.
 *  4. What remains is paid up to the tightest of: expense left on the accident, expense left in the period,
 *     liability left in the period (expense is inside liability, so every covered yen uses all three). The cut
 *     is booked to the first limit that binds, in that order, so a tie reads as `accident_limit`.
 * A limit that runs out mid-invoice covers part of a line; the lines after it are cut whole.
 *
 * The condolence counter takes covered plus deductible-borne condolence yen — the yen recognised under the cap —
 * but not yen a limit cut: the cap bounds condolence recognised, so borne yen count, while yen nobody paid or
 * bore for the policy do not, and stay available if a credit note later frees the limit.
 */
import { coveredCategories, THREAT_ONLY_CATEGORIES, type CostCategory } from './cost-categories';
import { applyPostings, countersOf, type LimitPostings } from './limit-usage';
import { remaining, type Yen } from './money';
import type { PolicyTerms } from './policy-terms';
import { assertSettlementInput, condolenceCapYen } from './settlement-input';
import type { CaseFacts, Cut, InvoiceLine, LineDecision, RetentionReason, SettlementDecision, SettlementInput, SettlementTotals } from './settlement-types';

/** What is left of each limit as the invoice is worked through. */
interface Room {
  accident: Yen;
  period: Yen;
  liability: Yen;
  deductible: Yen;
  condolence: Yen;
}

export function settleInvoice(input: SettlementInput): SettlementDecision {
  assertSettlementInput(input);
  const { terms, caseFacts, usage } = input;
  const refusal = policyRefusal(terms, caseFacts);
  const covered = coveredCategories(terms);
  const reported = caseFacts.discoveryChannel === 'public_authority' || caseFacts.discoveryChannel === 'security_operations_provider';
  const room: Room = {
    accident: remaining(terms.expenseSublimitYen, usage.expenseAccidentYen),
    period: remaining(terms.expenseSublimitYen, usage.expensePeriodYen),
    liability: remaining(terms.liabilityLimitYen, usage.liabilityPeriodYen),
    deductible: remaining(terms.expenseDeductibleYen, usage.deductibleAccidentYen),
    condolence: remaining(condolenceCapYen(terms, caseFacts), usage.condolenceAccidentYen),
  };

  const lines: LineDecision[] = [];
  let deductibleBorne = 0;
  let condolenceCounted = 0;
  for (const line of [...input.lines].sort((a, b) => a.lineNo - b.lineNo)) {
    const exclusion = refusal ?? lineExclusion(line, covered, reported);
    if (exclusion) {
      lines.push(decided(line, 0, line.amountYen === 0 ? [] : [{ reason: exclusion, yen: line.amountYen }]));
      continue;
    }
    const { decision, borne } = settleEligibleLine(line, room);
    deductibleBorne += borne;
    if (line.category === 'condolence_money_or_gifts') condolenceCounted += decision.coveredYen + borne;
    lines.push(decision);
  }

  const totals = totalsOf(lines);
  const postings: LimitPostings = {
    expenseAccidentYen: totals.coveredYen,
    expensePeriodYen: totals.coveredYen,
    liabilityPeriodYen: totals.coveredYen,
    deductibleAccidentYen: deductibleBorne,
    condolenceAccidentYen: condolenceCounted,
  };
  return { refusal, lines, totals, postings, usageBefore: countersOf(usage), usageAfter: applyPostings(usage, postings) };
}

/** The policy responds only to incidents dated in its period and caused on or after its retroactive date. */
function policyRefusal(terms: PolicyTerms, facts: CaseFacts): SettlementDecision['refusal'] {
  // The period is checked first: an incident dated outside it may belong to another policy year, which is the
  // more useful answer; the retroactive date can then only refuse a cause that predates it.
  if (facts.incidentDate < terms.periodStart || facts.incidentDate > terms.periodEnd) return 'outside_policy_period';
  if ((facts.causeDate ?? facts.incidentDate) < terms.retroactiveDate) return 'before_retroactive_date';
  return null;
}

function lineExclusion(line: InvoiceLine, covered: ReadonlySet<CostCategory>, reported: boolean): RetentionReason | null {
  if (!covered.has(line.category)) return 'category_not_covered';
  // The condition attaches to the fee, whatever the case's kind: these fees exist to learn whether access
  // happened, and seed 003 (注) pays them only when the threat came from an authority or the SOC provider.
  if (THREAT_ONLY_CATEGORIES.has(line.category) && !reported) return 'threat_not_reported_by_authority';
  return null;
}

/** Steps 2–4 for a line of a covered category; consumes `room`. */
function settleEligibleLine(line: InvoiceLine, room: Room): { decision: LineDecision; borne: Yen } {
  const cuts: Cut[] = [];
  const cut = (reason: RetentionReason, yen: Yen) => {
    if (yen > 0) cuts.push({ reason, yen });
  };
  let eligible = line.amountYen;
  if (line.category === 'condolence_money_or_gifts') {
    cut('condolence_cap', Math.max(0, eligible - room.condolence));
    eligible = Math.min(eligible, room.condolence);
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
  room.accident -= payable;
  room.period -= payable;
  room.liability -= payable;
  if (line.category === 'condolence_money_or_gifts') room.condolence -= payable + borne;
  return { decision: decided(line, payable, cuts), borne };
}

function decided(line: InvoiceLine, coveredYen: Yen, cuts: Cut[]): LineDecision {
  return { lineNo: line.lineNo, category: line.category, amountYen: line.amountYen, coveredYen, retainedYen: line.amountYen - coveredYen, cuts };
}

function totalsOf(lines: readonly LineDecision[]): SettlementTotals {
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
