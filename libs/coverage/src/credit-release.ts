/**
 * What a credit note gives back to the limits. A credit reduces a settled line; the rule is that the line ends
 * as if it had been invoiced that much smaller, which means the credit takes the line's *last-decided* yen first.
 * Settlement stacks a line's yen, bottom to top, as: deductible borne | covered | cut by a limit, the condolence cap
 * or an exclusion. So a credit is taken from the top:
 *   1. first from the retained yen that no limit counter holds (limit, cap or exclusion cuts) — nothing to release;
 *   2. then from the covered yen — released from the expense (accident, period) and liability counters, and no
 *      longer owed by the insurer (a recovery due if it was already paid);
 *   3. last from the deductible the line bore — released from the deductible counter, so the accident's next
 *      covered yen bears it again.
 * A condolence line credited in full also gives back the recipients it counted against the declared victims (the
 * gifts were not given); a partial credit is a price correction and leaves them counted.
 * Crediting a whole line therefore releases exactly what its settlement posted, and crediting a whole invoice
 * right after settling it puts the counters back where they were. The room released is then offered to lines
 * an earlier decision cut for a limit (redecision.ts), in their original order.
 * `decision` is the invoice's current decision: the original, or the latest re-decision of it.
 * Why not "covered first": on a line cut by a limit, that would lower what the insurer pays while the insured
 * still bears yen a smaller invoice would have had covered — the credit would turn into a loss for the insured.
 */
import { IssueCollector } from './input-error';
import { negatePostings, type LimitPostings } from './limit-usage';
import { isYen, type Yen } from './money';
import type { LineDecision, SettlementDecision } from './settlement-types';

export interface CreditLine {
  readonly lineNo: number;
  /** Tax-inclusive yen credited on the line (the same basis as the invoice line's amountYen). */
  readonly amountYen: Yen;
}

export interface CreditInput {
  /** The settlement decision of the invoice the credit note references. */
  readonly decision: SettlementDecision;
  /** This credit note's amounts, at most one entry per line. */
  readonly credits: readonly CreditLine[];
  /** Amounts of earlier credit notes on the same invoice (any number of entries per line); default none. */
  readonly alreadyCredited?: readonly CreditLine[];
}

export interface LineRelease {
  readonly lineNo: number;
  readonly creditedYen: Yen;
  /** Retained yen that disappear with the credit; they held no counter. */
  readonly retainedReducedYen: Yen;
  /** Covered yen no longer owed; released from the expense and liability counters. */
  readonly coveredReleasedYen: Yen;
  /** Deductible the line no longer bears; released from the deductible counter. */
  readonly deductibleReleasedYen: Yen;
}

export interface CreditRelease {
  /** In ascending lineNo, one per credited line. */
  readonly lines: readonly LineRelease[];
  readonly creditedYen: Yen;
  /** Covered yen no longer owed by the insurer; if the payout was made, the amount to recover. */
  readonly coveredReleasedYen: Yen;
  /** Counter postings, each ≤ 0: `applyPostings(usage, postings)` gives the limits back. */
  readonly postings: LimitPostings;
}

export function releaseCredit(input: CreditInput): CreditRelease {
  const byLine = new Map(input.decision.lines.map((line) => [line.lineNo, line]));
  const issues = new IssueCollector();
  const before = sumPerLine(input.alreadyCredited ?? [], 'alreadyCredited', byLine, issues);
  const now = sumPerLine(input.credits, 'credits', byLine, issues);
  const named = (input.credits ?? []).map((credit) => credit.lineNo);
  issues.check(new Set(named).size === named.length, 'credits', 'must name each line at most once');
  for (const [lineNo, yen] of now) {
    const line = byLine.get(lineNo) as LineDecision;
    const total = (before.get(lineNo) ?? 0) + yen;
    issues.check(total <= line.amountYen, 'credits', `line ${lineNo}: ${total} credited in all, beyond its amount ${line.amountYen}`);
  }
  issues.throwIfAny('credit note refused');

  const lines = [...now.entries()]
    .sort(([a], [b]) => a - b)
    .map(([lineNo, yen]) => releaseFromLine(byLine.get(lineNo) as LineDecision, before.get(lineNo) ?? 0, yen));
  let creditedYen = 0;
  let coveredReleasedYen = 0;
  let deductibleReleasedYen = 0;
  const recipientsReleased = { individual: 0, corporation: 0 };
  for (const line of lines) {
    creditedYen += line.creditedYen;
    coveredReleasedYen += line.coveredReleasedYen;
    deductibleReleasedYen += line.deductibleReleasedYen;
    const decided = byLine.get(line.lineNo) as LineDecision;
    const fullyCredited = (before.get(line.lineNo) ?? 0) + line.creditedYen === decided.amountYen && line.creditedYen > 0;
    if (fullyCredited && decided.recipientsCounted) recipientsReleased[decided.recipientsCounted.kind] += decided.recipientsCounted.count;
  }
  const postings = negatePostings({
    expenseAccidentYen: coveredReleasedYen,
    expensePeriodYen: coveredReleasedYen,
    liabilityPeriodYen: coveredReleasedYen,
    deductibleAccidentYen: deductibleReleasedYen,
    condolenceIndividuals: recipientsReleased.individual,
    condolenceCorporations: recipientsReleased.corporation,
  });
  return { lines, creditedYen, coveredReleasedYen, postings };
}

/** Takes `yen` off the line's top, below the `alreadyYen` earlier credits took. */
function releaseFromLine(line: LineDecision, alreadyYen: Yen, yen: Yen): LineRelease {
  const deductible = line.cuts.find((cut) => cut.reason === 'deductible')?.yen ?? 0;
  const uncounted = line.retainedYen - deductible;
  const from = alreadyYen;
  const to = alreadyYen + yen;
  // Layers measured from the top of the line: [0, uncounted) | [uncounted, +covered) | [.., +deductible).
  const overlap = (start: Yen, end: Yen) => Math.max(0, Math.min(end, to) - Math.max(start, from));
  return {
    lineNo: line.lineNo,
    creditedYen: yen,
    retainedReducedYen: overlap(0, uncounted),
    coveredReleasedYen: overlap(uncounted, uncounted + line.coveredYen),
    deductibleReleasedYen: overlap(uncounted + line.coveredYen, line.amountYen),
  };
}

function sumPerLine(credits: readonly CreditLine[], field: string, byLine: ReadonlyMap<number, LineDecision>, issues: IssueCollector): Map<number, Yen> {
  const sums = new Map<number, Yen>();
  if (!Array.isArray(credits)) {
    issues.add(field, 'must be a list');
    return sums;
  }
  credits.forEach((credit, index) => {
    if (!byLine.has(credit.lineNo)) issues.add(`${field}[${index}].lineNo`, `is not a line of the invoice (${credit.lineNo})`);
    else if (!isYen(credit.amountYen)) issues.add(`${field}[${index}].amountYen`, 'must be a whole number of yen, 0 or more');
    else sums.set(credit.lineNo, (sums.get(credit.lineNo) ?? 0) + credit.amountYen);
  });
  return sums;
}
