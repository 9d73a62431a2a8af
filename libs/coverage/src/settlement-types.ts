/** The shapes settlement reads and answers; the rules live in settlement.ts. */
import type { CostCategory } from './cost-categories';
import type { IsoDate } from './iso-date';
import type { LimitPostings, LimitUsage } from './limit-usage';
import type { Yen } from './money';
import type { PolicyTerms } from './policy-terms';

export const INCIDENT_KINDS = ['leak', 'threat'] as const;
export type IncidentKind = (typeof INCIDENT_KINDS)[number];

/** Who found the incident. Only the first two make threat-only fees payable (seed 003 (注) ① and ②). */
export const DISCOVERY_CHANNELS = ['public_authority', 'security_operations_provider', 'insured', 'other'] as const;
export type DiscoveryChannel = (typeof DISCOVERY_CHANNELS)[number];

export interface CaseFacts {
  /** The date the incident is dated for the policy (when it became known): must fall within the period. */
  readonly incidentDate: IsoDate;
  /**
   * When its cause occurred (e.g. the unauthorised access began), if known; on or after the retroactive date.
   * Defaults to `incidentDate`. Not after `incidentDate`.
   */
  readonly causeDate?: IsoDate;
  readonly kind: IncidentKind;
  readonly discoveryChannel: DiscoveryChannel;
  /** Declared counts of victims; they set the condolence cap. */
  readonly affectedIndividuals: number;
  readonly affectedCorporations: number;
}

export interface InvoiceLine {
  /** Positive and unique within the invoice; lines are settled in ascending lineNo. */
  readonly lineNo: number;
  readonly category: CostCategory;
  /** The line's tax-inclusive gross, integer yen. */
  readonly amountYen: Yen;
}

export interface SettlementInput {
  readonly terms: PolicyTerms;
  readonly caseFacts: CaseFacts;
  /** The counters before this invoice: everything earlier decisions (and liability payments) used. */
  readonly usage: LimitUsage;
  readonly lines: readonly InvoiceLine[];
}

/**
 * Why yen were retained by the insured. The first four take a whole line; the rest cut a part, in this order:
 * the condolence cap, the deductible, then the limits from the innermost out.
 */
export const RETENTION_REASONS = [
  'outside_policy_period',
  'before_retroactive_date',
  'category_not_covered',
  'threat_not_reported_by_authority',
  'condolence_cap',
  'deductible',
  'accident_limit',
  'period_limit',
  'liability_limit',
] as const;
export type RetentionReason = (typeof RETENTION_REASONS)[number];

export interface Cut {
  readonly reason: RetentionReason;
  readonly yen: Yen;
}

export interface LineDecision {
  readonly lineNo: number;
  readonly category: CostCategory;
  readonly amountYen: Yen;
  readonly coveredYen: Yen;
  /** amountYen − coveredYen, the sum of `cuts`. */
  readonly retainedYen: Yen;
  /** Each reason that cut the line, in the order applied, with the yen it cut; empty when fully covered. */
  readonly cuts: readonly Cut[];
}

export interface SettlementTotals {
  readonly invoiceYen: Yen;
  readonly coveredYen: Yen;
  readonly retainedYen: Yen;
  /** Retained yen by reason; reasons that cut nothing are absent. */
  readonly retainedByReason: Readonly<Partial<Record<RetentionReason, Yen>>>;
}

export interface SettlementDecision {
  /** Set when the policy does not respond at all to this incident; every line is then retained for it. */
  readonly refusal: 'outside_policy_period' | 'before_retroactive_date' | null;
  /** In ascending lineNo, whatever order the input had. */
  readonly lines: readonly LineDecision[];
  readonly totals: SettlementTotals;
  /** Yen to add to each counter; `applyPostings(usageBefore, postings)` equals `usageAfter`. */
  readonly postings: LimitPostings;
  readonly usageBefore: LimitUsage;
  readonly usageAfter: LimitUsage;
}
