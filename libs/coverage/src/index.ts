/**
 * @hub/coverage — a policy's terms and limits, and the settlement of partner invoices against them. Pure: no
 * I/O, no clock, integer yen only. The ledger (PostgreSQL) stores the postings this library computes.
 */
export { CoverageInputError, type FieldIssue } from './input-error';
export { addYears, isIsoDate, type IsoDate } from './iso-date';
export { formatYen, isYen, type Yen } from './money';
export {
  CHAMBER_SET_LIMITS, CHAMBER_SETS, CHAMBER_VARIANTS, CYBER_LITE_LIABILITY_OPTIONS_YEN, CYBER_LITE_MAX_EXPENSE_YEN,
  CYBER_LITE_MAX_LIABILITY_YEN, DEFAULT_CONDOLENCE_CAPS, PERIOD_YEARS, POLICY_PRODUCTS,
  type ChamberSet, type ChamberVariant, type PolicyProduct,
  MAX_AFFECTED_COUNT,
  MAX_CONDOLENCE_CAPS,
} from './product-rules';
export {
  definePolicyTerms,
  type ChamberTerms, type CyberLiteTerms, type DefinePolicyTermsResult, type PolicyTerms, type PolicyTermsInput, type PrivacyMarkTerms,
} from './policy-terms';
export { COST_CATEGORIES, coveredCategories, isCostCategory, type CostCategory } from './cost-categories';
export {
  LIMIT_COUNTERS, ZERO_USAGE, applyPostings, countersOf, liabilityPaymentPostings, liabilityReversalPostings, negatePostings,
  type LimitPostings, type LimitUsage,
} from './limit-usage';
export {
  DISCOVERY_CHANNELS, EVENT_KINDS, LIMIT_REASONS, RECIPIENT_KINDS, REDECIDABLE_REASONS, RETENTION_REASONS,
  type CaseFacts, type Cut, type DiscoveryChannel, type EventKind, type InvoiceLine, type LineDecision, type PolicyRefusalCode,
  type RecipientKind, type Recipients, type RetentionReason, type SettlementDecision, type SettlementInput, type SettlementTotals,
} from './settlement-types';
export { policyRefusal, REPORTING_CHANNELS, type PolicyRefusal } from './coverage-refusal';
export { engagementRefusal, SUPPORT_FUNCTION_CATEGORIES, type EngagementRefusal, type SupportFunctionName } from './engagement';
export { condolenceEligibility, type CondolenceVerdict } from './condolence';
export { settleInvoice } from './settlement';
export { hasRestorableLine, redecideCutLines, restorableYen, uncountedRecipients, type Redecision, type RedecisionCandidate, type RedecisionInput } from './redecision';
export { releaseCredit, type CreditInput, type CreditLine, type CreditRelease, type LineRelease } from './credit-release';
