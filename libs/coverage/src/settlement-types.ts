/** The shapes settlement reads and answers; the rules live in settlement.ts. */
import type { CostCategory } from './cost-categories';
import type { IsoDate } from './iso-date';
import type { LimitPostings, LimitUsage } from './limit-usage';
import type { Yen } from './money';
import type { PolicyTerms } from './policy-terms';

/**
 * What kind of event a case is (seed 003 §5(1): 情報の漏えいまたはそのおそれ, and the (注) on 不正アクセス等のおそれ).
 * - unauthorised_access: unauthorised access is confirmed (不正アクセス), whether or not a leak is.
 * - leak: a leak of information is confirmed (情報の漏えい).
 * - threat_of_unauthorised_access: only the threat of unauthorised access exists (不正アクセス等のおそれ): covered
 *   only when a public authority or the insured's security-operations provider reported it (seed 003 (注) ①②).
 * - threat_of_leak: only the threat of a leak exists (情報の漏えいのおそれ, e.g. a lost customer list or a
 *   mis-sent fax, seed 003 §4(2)): covered like a leak; the reporting condition is not on it.
 */
export const EVENT_KINDS = ['unauthorised_access', 'leak', 'threat_of_unauthorised_access', 'threat_of_leak'] as const;
export type EventKind = (typeof EVENT_KINDS)[number];

/** Who found or reported the event. Only the first two satisfy seed 003 (注) ① and ②. */
export const DISCOVERY_CHANNELS = ['public_authority', 'security_operations_provider', 'insured', 'other'] as const;
export type DiscoveryChannel = (typeof DISCOVERY_CHANNELS)[number];

export const RECIPIENT_KINDS = ['individual', 'corporation'] as const;
export type RecipientKind = (typeof RECIPIENT_KINDS)[number];

/** The facts of a case that settlement decides on; every one of them is shown on the case view. */
export interface CaseFacts {
  /** When the accident occurred (JST date; for unauthorised access, when it began): on or after the retroactive date. */
  readonly occurredDate: IsoDate;
  /** When the insured learned of it: within the policy period. Not before occurredDate. */
  readonly discoveredDate: IsoDate;
  /** When it was reported to the insurer: within the policy period. Not before discoveredDate. */
  readonly reportedDate: IsoDate;
  readonly eventKind: EventKind;
  readonly discoveryChannel: DiscoveryChannel;
  /** Declared victims; condolence gifts are capped per victim and can never reach more of them. */
  readonly victims: { readonly individuals: number; readonly corporations: number };
}

/** Who a condolence line's gifts went to: `count` recipients of one kind, each given the same gift. */
export interface Recipients {
  readonly kind: RecipientKind;
  readonly count: number;
}

export interface InvoiceLine {
  /** Positive and unique within the invoice; lines are settled in ascending lineNo. */
  readonly lineNo: number;
  readonly category: CostCategory;
  /** The line's tax-inclusive gross, integer yen. */
  readonly amountYen: Yen;
  /** Required on condolence_money_or_gifts lines, absent elsewhere. */
  readonly recipients?: Recipients;
}

export interface SettlementInput {
  readonly terms: PolicyTerms;
  readonly caseFacts: CaseFacts;
  /** The counters before this invoice: everything earlier decisions (and liability payments) used. */
  readonly usage: LimitUsage;
  readonly lines: readonly InvoiceLine[];
  /**
   * false for an order the insured agreed to pay itself (a recorded decision): every line is retained with
   * `insured_bears_cost` and no limit is touched. Default true.
   */
  readonly insured?: boolean;
}

/**
 * Why yen were retained by the insured. The first five take a whole line; the rest cut a part, in this order:
 * recipients beyond the declared victims, the per-recipient condolence cap, the deductible, then the limits from
 * the innermost out.
 */
export const RETENTION_REASONS = [
  'insured_bears_cost',
  'outside_policy_period',
  'before_retroactive_date',
  'threat_not_reported_by_authority',
  'category_not_covered',
  'condolence_victims_exceeded',
  'condolence_cap',
  'deductible',
  'accident_limit',
  'period_limit',
  'liability_limit',
] as const;
export type RetentionReason = (typeof RETENTION_REASONS)[number];

/** The cuts a limit made: yen a re-decision may restore when room is released. */
export const LIMIT_REASONS: readonly RetentionReason[] = ['accident_limit', 'period_limit', 'liability_limit'];

/** Every cut a re-decision may undo: the limits', and recipients beyond the victims left when the line was decided. */
export const REDECIDABLE_REASONS: readonly RetentionReason[] = [...LIMIT_REASONS, 'condolence_victims_exceeded'];

/** Whole-case reasons the policy does not respond at all. */
export type PolicyRefusalCode = 'outside_policy_period' | 'before_retroactive_date' | 'threat_not_reported_by_authority';

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
  /** Condolence lines: the recipients counted against the case's declared victims. */
  readonly recipientsCounted?: Recipients;
  /** Condolence lines: the recipients the line invoiced; those beyond recipientsCounted were no declared victims then. */
  readonly recipientsInvoiced?: number;
}

export interface SettlementTotals {
  readonly invoiceYen: Yen;
  readonly coveredYen: Yen;
  readonly retainedYen: Yen;
  /** Retained yen by reason; reasons that cut nothing are absent. */
  readonly retainedByReason: Readonly<Partial<Record<RetentionReason, Yen>>>;
}

export interface SettlementDecision {
  /** Set when the policy does not respond at all to this case (or the insured bears the order's cost). */
  readonly refusal: PolicyRefusalCode | 'insured_bears_cost' | null;
  /** In ascending lineNo, whatever order the input had. */
  readonly lines: readonly LineDecision[];
  readonly totals: SettlementTotals;
  /** Yen to add to each counter; `applyPostings(usageBefore, postings)` equals `usageAfter`. */
  readonly postings: LimitPostings;
  readonly usageBefore: LimitUsage;
  readonly usageAfter: LimitUsage;
}
