/**
 * The boundary check for settlement: everything that reaches the arithmetic is whole, non-negative, safe-integer
 * yen, a known category, a real date. Anything else is a caller bug and throws a CoverageInputError.
 */
import { isCostCategory } from './cost-categories';
import { IssueCollector } from './input-error';
import { isIsoDate } from './iso-date';
import { checkUsage } from './limit-usage';
import { isPositiveYen, isYen, type Yen } from './money';
import type { PolicyTerms } from './policy-terms';
import { CHAMBER_VARIANTS, POLICY_PRODUCTS } from './product-rules';
import { DISCOVERY_CHANNELS, INCIDENT_KINDS, type CaseFacts, type InvoiceLine, type SettlementInput } from './settlement-types';

const isCount = isYen; // a count of victims has the same shape: a safe integer, 0 or more.

/** The condolence cap of an accident: cap per individual × individuals + cap per corporation × corporations. */
export function condolenceCapYen(terms: PolicyTerms, facts: CaseFacts): Yen {
  const { perIndividualYen, perCorporationYen } = terms.condolenceCaps;
  return perIndividualYen * facts.affectedIndividuals + perCorporationYen * facts.affectedCorporations;
}

export function assertSettlementInput(input: SettlementInput): void {
  const issues = new IssueCollector();
  checkTerms(input.terms, issues);
  checkCaseFacts(input.caseFacts, issues);
  checkUsage(input.usage, issues);
  checkLines(input.lines, issues);
  if (issues.issues.length === 0) {
    issues.check(isYen(condolenceCapYen(input.terms, input.caseFacts)), 'caseFacts', 'gives a condolence cap beyond the safe-integer range');
  }
  issues.throwIfAny('settlement input refused');
}

/** Terms should come from definePolicyTerms; a stored copy is re-checked for the figures the arithmetic uses. */
function checkTerms(terms: PolicyTerms, issues: IssueCollector): void {
  issues.check((POLICY_PRODUCTS as readonly unknown[]).includes(terms.product), 'terms.product', `must be one of ${POLICY_PRODUCTS.join(', ')}`);
  if (terms.product === 'chamber-of-commerce') {
    issues.check((CHAMBER_VARIANTS as readonly unknown[]).includes(terms.variant), 'terms.variant', `must be one of ${CHAMBER_VARIANTS.join(', ')}`);
  }
  for (const field of ['periodStart', 'periodEnd', 'retroactiveDate'] as const) {
    issues.check(isIsoDate(terms[field]), `terms.${field}`, 'must be a calendar date YYYY-MM-DD');
  }
  issues.check(isPositiveYen(terms.liabilityLimitYen), 'terms.liabilityLimitYen', 'must be a whole number of yen above 0');
  issues.check(isPositiveYen(terms.expenseSublimitYen), 'terms.expenseSublimitYen', 'must be a whole number of yen above 0');
  issues.check(!(terms.expenseSublimitYen > terms.liabilityLimitYen), 'terms.expenseSublimitYen', 'must not exceed liabilityLimitYen');
  issues.check(isYen(terms.expenseDeductibleYen), 'terms.expenseDeductibleYen', 'must be a whole number of yen, 0 or more');
  issues.check(isYen(terms.condolenceCaps?.perIndividualYen), 'terms.condolenceCaps.perIndividualYen', 'must be a whole number of yen, 0 or more');
  issues.check(isYen(terms.condolenceCaps?.perCorporationYen), 'terms.condolenceCaps.perCorporationYen', 'must be a whole number of yen, 0 or more');
}

function checkCaseFacts(facts: CaseFacts, issues: IssueCollector): void {
  issues.check(isIsoDate(facts.incidentDate), 'caseFacts.incidentDate', 'must be a calendar date YYYY-MM-DD');
  if (facts.causeDate !== undefined) {
    issues.check(isIsoDate(facts.causeDate), 'caseFacts.causeDate', 'must be a calendar date YYYY-MM-DD');
    issues.check(!(facts.causeDate > facts.incidentDate), 'caseFacts.causeDate', 'must not be after incidentDate');
  }
  issues.check((INCIDENT_KINDS as readonly unknown[]).includes(facts.kind), 'caseFacts.kind', `must be one of ${INCIDENT_KINDS.join(', ')}`);
  issues.check(
    (DISCOVERY_CHANNELS as readonly unknown[]).includes(facts.discoveryChannel),
    'caseFacts.discoveryChannel',
    `must be one of ${DISCOVERY_CHANNELS.join(', ')}`,
  );
  issues.check(isCount(facts.affectedIndividuals), 'caseFacts.affectedIndividuals', 'must be a whole number, 0 or more');
  issues.check(isCount(facts.affectedCorporations), 'caseFacts.affectedCorporations', 'must be a whole number, 0 or more');
}

function checkLines(lines: readonly InvoiceLine[], issues: IssueCollector): void {
  if (!Array.isArray(lines)) {
    issues.add('lines', 'must be a list');
    return;
  }
  const seen = new Set<number>();
  let total = 0;
  lines.forEach((line, index) => {
    const at = `lines[${index}]`;
    issues.check(Number.isSafeInteger(line.lineNo) && line.lineNo > 0, `${at}.lineNo`, 'must be a whole number above 0');
    issues.check(!seen.has(line.lineNo), `${at}.lineNo`, `repeats line ${line.lineNo}`);
    seen.add(line.lineNo);
    issues.check(isCostCategory(line.category), `${at}.category`, `is not a known cost category (${String(line.category)})`);
    issues.check(isYen(line.amountYen), `${at}.amountYen`, 'must be a whole number of yen, 0 or more');
    total += isYen(line.amountYen) ? line.amountYen : 0;
  });
  issues.check(Number.isSafeInteger(total), 'lines', 'total beyond the safe-integer range');
}
