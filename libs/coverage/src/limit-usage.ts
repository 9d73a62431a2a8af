/**
 * The limit counters of one accident within one policy period, and the postings that move them. A ledger
 * stores postings; usage is nothing but their sum, so replaying a policy's postings from zero reproduces it.
 * Settlement posts non-negative yen; a credit-note release posts the same counters negated.
 */
import { IssueCollector } from './input-error';
import { isYen, type Yen } from './money';

export interface LimitUsage {
  /** Expense sublimit used by this accident (the per-accident limit). */
  readonly expenseAccidentYen: Yen;
  /** Expense sublimit used in the policy period by every accident (the aggregate limit). */
  readonly expensePeriodYen: Yen;
  /** Liability limit used in the period: every expense yen (inner limit) plus the insurer's liability payments. */
  readonly liabilityPeriodYen: Yen;
  /** Deductible the insured has already borne on this accident. */
  readonly deductibleAccidentYen: Yen;
  /**
   * Condolence recipients counted on this accident, per kind: never more than the victims the case declares
   * (seed 002 caps gifts per victim, so a recipient beyond them is no victim of this accident).
   */
  readonly condolenceIndividuals: number;
  readonly condolenceCorporations: number;
}

/** What to add to each counter; the same six counters as `LimitUsage`. */
export type LimitPostings = LimitUsage;

type Counters = { -readonly [K in keyof LimitUsage]: Yen };

export const LIMIT_COUNTERS = [
  'expenseAccidentYen', 'expensePeriodYen', 'liabilityPeriodYen', 'deductibleAccidentYen', 'condolenceIndividuals', 'condolenceCorporations',
] as const satisfies readonly (keyof LimitUsage)[];

export const ZERO_USAGE: LimitUsage = Object.freeze({
  expenseAccidentYen: 0, expensePeriodYen: 0, liabilityPeriodYen: 0, deductibleAccidentYen: 0, condolenceIndividuals: 0, condolenceCorporations: 0,
});

/**
 * Adds postings to usage. Throws if a counter would go below zero or leave the safe-integer range: either
 * means the postings do not belong to this usage (a release replayed twice, a counter from another accident).
 */
export function applyPostings(usage: LimitUsage, postings: LimitPostings): LimitUsage {
  const issues = new IssueCollector();
  const after: Counters = { ...ZERO_USAGE };
  for (const counter of LIMIT_COUNTERS) {
    after[counter] = usage[counter] + postings[counter];
    issues.check(isYen(after[counter]), counter, `would become ${after[counter]}: counters stay whole numbers, never below zero`);
  }
  issues.throwIfAny('postings do not fit this usage');
  return after;
}

/** Just the six counters of a usage (a stored row may carry more columns). */
export function countersOf(usage: LimitUsage): LimitUsage {
  const counters: Counters = { ...ZERO_USAGE };
  for (const counter of LIMIT_COUNTERS) counters[counter] = usage[counter];
  return counters;
}

/** The counters negated: what a release posts to undo `postings` (or part of them). */
export function negatePostings(postings: LimitPostings): LimitPostings {
  const negated: Counters = { ...ZERO_USAGE };
  for (const counter of LIMIT_COUNTERS) negated[counter] = postings[counter] === 0 ? 0 : -postings[counter];
  return negated;
}

/**
 * Posting for a liability payment the insurer records (damages, litigation costs): it uses the liability limit,
 * which then leaves less room for expense. Refuses a payment the limit cannot take.
 */
export function liabilityPaymentPostings(liabilityLimitYen: Yen, usage: LimitUsage, paymentYen: Yen): LimitPostings {
  const issues = new IssueCollector();
  issues.check(isYen(paymentYen), 'paymentYen', 'must be a whole number of yen, 0 or more');
  issues.check(!isYen(paymentYen) || usage.liabilityPeriodYen + paymentYen <= liabilityLimitYen, 'paymentYen', 'exceeds the liability limit left');
  issues.throwIfAny('liability payment refused');
  return { ...ZERO_USAGE, liabilityPeriodYen: paymentYen };
}

/** Checks a usage handed in at the boundary: six whole, non-negative counters. */
export function checkUsage(usage: LimitUsage, issues: IssueCollector, path = 'usage'): void {
  if (typeof usage !== 'object' || usage === null) {
    issues.add(path, 'must be an object of limit counters');
    return;
  }
  for (const counter of LIMIT_COUNTERS) issues.check(isYen(usage[counter]), `${path}.${counter}`, 'must be a whole number of yen, 0 or more');
}

/** Posting for reversing a recorded liability payment: the liability limit gets its yen back. */
export function liabilityReversalPostings(paymentYen: Yen): LimitPostings {
  const issues = new IssueCollector();
  issues.check(isYen(paymentYen) && paymentYen > 0, 'paymentYen', 'must be a whole number of yen above 0');
  issues.throwIfAny('liability reversal refused');
  return { ...ZERO_USAGE, liabilityPeriodYen: -paymentYen };
}
