/**
 * The boundary check for settlement: everything that reaches the arithmetic is whole, non-negative, safe-integer
 * yen, a known category, a real date. Anything else is a caller bug and throws a CoverageInputError.
 */
import { isCostCategory } from './cost-categories';
import { IssueCollector } from './input-error';
import { isIsoDate } from './iso-date';
import { checkUsage } from './limit-usage';
import { isPositiveYen, isYen } from './money';
import type { PolicyTerms } from './policy-terms';
import { CHAMBER_VARIANTS, POLICY_PRODUCTS } from './product-rules';
import { DISCOVERY_CHANNELS, EVENT_KINDS, RECIPIENT_KINDS, type CaseFacts, type InvoiceLine, type SettlementInput } from './settlement-types';

const isCount = isYen; // a count of victims has the same shape: a safe integer, 0 or more.

export function assertSettlementInput(input: SettlementInput): void {
  const issues = new IssueCollector();
  checkTerms(input.terms, issues);
  checkCaseFacts(input.caseFacts, issues);
  checkUsage(input.usage, issues);
  checkLines(input.lines, issues);
  issues.check(input.insured === undefined || typeof input.insured === 'boolean', 'insured', 'must be true or false');
  issues.throwIfAny('settlement input refused');
}

/** Terms should come from definePolicyTerms; a stored copy is re-checked for the figures the arithmetic uses. */
function checkTerms(terms: PolicyTerms, issues: IssueCollector): void {
  issues.check((POLICY_PRODUCTS as readonly unknown[]).includes(terms.product), 'terms.product', `must be one of ${POLICY_PRODUCTS.join(', ')}`);
  if (terms.product === 'chamber-of-commerce') {
    issues.check((CHAMBER_VARIANTS as readonly unknown[]).includes(terms.variant), 'terms.variant', `must be one of ${CHAMBER_VARIANTS.join(', ')}`);
  }
  for (const field of ['firstInceptionDate', 'periodStart', 'periodEnd', 'retroactiveDate'] as const) {
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
  for (const field of ['occurredDate', 'discoveredDate', 'reportedDate'] as const) {
    issues.check(isIsoDate(facts[field]), `caseFacts.${field}`, 'must be a calendar date YYYY-MM-DD');
  }
  issues.check(!(facts.occurredDate > facts.discoveredDate), 'caseFacts.occurredDate', 'must not be after discoveredDate');
  issues.check(!(facts.discoveredDate > facts.reportedDate), 'caseFacts.discoveredDate', 'must not be after reportedDate');
  issues.check((EVENT_KINDS as readonly unknown[]).includes(facts.eventKind), 'caseFacts.eventKind', `must be one of ${EVENT_KINDS.join(', ')}`);
  issues.check(
    (DISCOVERY_CHANNELS as readonly unknown[]).includes(facts.discoveryChannel),
    'caseFacts.discoveryChannel',
    `must be one of ${DISCOVERY_CHANNELS.join(', ')}`,
  );
  issues.check(isCount(facts.victims?.individuals), 'caseFacts.victims.individuals', 'must be a whole number, 0 or more');
  issues.check(isCount(facts.victims?.corporations), 'caseFacts.victims.corporations', 'must be a whole number, 0 or more');
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
    const condolence = line.category === 'condolence_money_or_gifts';
    if (condolence) {
      issues.check((RECIPIENT_KINDS as readonly unknown[]).includes(line.recipients?.kind), `${at}.recipients.kind`, `must be one of ${RECIPIENT_KINDS.join(', ')}`);
      issues.check(isPositiveYen(line.recipients?.count), `${at}.recipients.count`, 'must be a whole number above 0');
    } else {
      issues.check(line.recipients === undefined, `${at}.recipients`, 'only condolence lines have recipients');
    }
    total += isYen(line.amountYen) ? line.amountYen : 0;
  });
  issues.check(Number.isSafeInteger(total), 'lines', 'total beyond the safe-integer range');
}
