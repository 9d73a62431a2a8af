/**
 * Generated from contracts/common/settlement-definitions.v2.schema.json by `npm run contracts:types`.
 * Do not edit: change the contract (a published one only by adding a new version beside it) and regenerate.
 */

import type { PayeeV1, TaxRateV1 } from "./settlement-definitions.v1";

/**
 * What kind of event a case is (seed 003 §5(1) 情報の漏えいまたはそのおそれ, and its (注)): unauthorised_access (不正アクセス confirmed), leak (情報の漏えい confirmed), threat_of_unauthorised_access (only the threat of unauthorised access, 不正アクセス等のおそれ: covered only when reported by a public authority or the insured's security-operations provider, for every line of every invoice), threat_of_leak (only the threat of a leak, e.g. a lost customer list: covered like a leak, without that condition). Same values as EVENT_KINDS in @hub/coverage.
 */
export type EventKindV1 = "unauthorised_access" | "leak" | "threat_of_unauthorised_access" | "threat_of_leak";

/**
 * Why yen of an invoice line were retained by the insured. Same values as RETENTION_REASONS in @hub/coverage. The first five retain a whole line: the insured agreed to bear the order's cost itself (a recorded decision), the accident was discovered or reported outside the policy period, it occurred before the retroactive date, it is a threat of unauthorised access not reported by a public authority or the security-operations provider, or the plan does not cover the category. The rest cut part of a line, in this order: condolence recipients beyond the victims declared on the case, the per-recipient condolence cap (on the tax-inclusive gift), the deductible, the per-accident expense limit, the period expense limit, the liability limit. Yen cut by a limit are re-decided when a credit note or a reversed liability payment releases room.
 */
export type RetentionReasonV2 =
  | "insured_bears_cost"
  | "outside_policy_period"
  | "before_retroactive_date"
  | "threat_not_reported_by_authority"
  | "category_not_covered"
  | "condolence_victims_exceeded"
  | "condolence_cap"
  | "deductible"
  | "accident_limit"
  | "period_limit"
  | "liability_limit";

/**
 * Who received a condolence gift: an individual victim (capped at ¥1,000 per recipient by default) or a corporate victim (¥50,000 per recipient), seed 002 特長3. Caps are per recipient and never pooled across kinds.
 */
export type RecipientKindV1 = "individual" | "corporation";

/**
 * A line's consumption-tax treatment: taxable (課税, at taxRate 10 or 8), non_taxable (非課税, e.g. gift cards 商品券, postage stamps), out_of_scope (不課税, e.g. condolence money 見舞金, stamp duty 印紙税, reimbursed fares 立替金), zero_rated (免税, exports). Only taxable lines carry a taxRate and consumption tax.
 */
export type TaxCategoryV1 = "taxable" | "non_taxable" | "out_of_scope" | "zero_rated";

/**
 * How the document prices its lines: tax_exclusive (税抜: tax per rate = the rate's total × rate/100, rounded once) or tax_inclusive (税込: tax per rate = the rate's total × rate/(100+rate), rounded once). Either way consumption tax is computed once per rate per document (消費税法施行令第70条の10).
 */
export type PricingV1 = "tax_exclusive" | "tax_inclusive";

/**
 * The totals a qualified invoice (or return invoice) states: per tax rate, the rate's total as priced and its tax; the total of lines not subject to consumption tax; and the gross. Each must equal what the lines compute, or the document is refused naming the field.
 */
export interface StatedTotalsV2 {
  /**
   * One entry per tax rate some taxable line uses (none when no line is taxable).
   *
   * @maxItems 2
   */
  byRate: {
    rate: TaxRateV1;
    /**
     * The rate's total of line amounts as priced, integer yen: tax-exclusive on a tax_exclusive document, tax-inclusive on a tax_inclusive one (税率ごとに区分した対価の額).
     */
    amountYen: number;
    /**
     * The consumption tax at this rate, one rounding with the roundingMode, integer yen.
     */
    taxYen: number;
  }[];
  /**
   * The total of non_taxable, out_of_scope and zero_rated lines, integer yen; 0 when none.
   */
  nonTaxableYen: number;
  /**
   * Everything the document charges (or credits), tax included, integer yen.
   */
  grossYen: number;
}

/**
 * instructed: waiting for the insurer (its amount may have been reduced by amendments); paid: the insurer confirmed payment; cancelled: amended to ¥0 before it was paid.
 */
export type PayoutStateV2 = "instructed" | "paid" | "cancelled";

/**
 * A payout instruction to the insurer: the covered yen of one settlement decision (or of a re-decision: kind supplementary). A credit note before payment amends it down (hub.payout.amended.v1): instructedYen is what was first instructed, amountYen what is to be paid now.
 */
export interface PayoutV2 {
  /**
   * The payout instruction's id (as in hub.payout.instructed.v1).
   */
  payoutId: string;
  /**
   * The invoice whose covered yen it pays.
   */
  invoiceId: string;
  /**
   * The invoice's case.
   */
  caseId: string;
  /**
   * settlement: the invoice's first decision; supplementary: yen a re-decision restored after room was released.
   */
  kind: "settlement" | "supplementary";
  /**
   * The settlement decision or re-decision it pays.
   */
  decisionId: string;
  payee: PayeeV1;
  /**
   * The payee's name: the insured company's or the partner's.
   */
  payeeName: string;
  /**
   * The amount first instructed, integer yen.
   */
  instructedYen: number;
  /**
   * The amount the insurer is to pay (or paid), integer yen: instructedYen less every amendment.
   */
  amountYen: number;
  state: PayoutStateV2;
  /**
   * The insurer's payment reference; null until paid.
   */
  paymentReference: string | null;
  /**
   * When the insurer paid; null until paid.
   */
  paidAt: string | null;
  /**
   * When it was instructed.
   */
  instructedAt: string;
  /**
   * Each reduction by a credit note before payment, oldest first.
   */
  amendments: {
    /**
     * The credit note that reduced it.
     */
    creditNoteId: string;
    /**
     * The amount before, integer yen.
     */
    fromYen: number;
    /**
     * The amount after, integer yen.
     */
    toYen: number;
    /**
     * When it was amended.
     */
    amendedAt: string;
  }[];
}

/**
 * One invoice re-decided because room was released under a limit: yen a limit had cut, now covered.
 */
export interface RedecisionV1 {
  /**
   * The re-decided invoice.
   */
  invoiceId: string;
  /**
   * The re-decision's id (its ledger postings carry it).
   */
  decisionId: string;
  /**
   * Yen newly covered, integer yen.
   */
  restoredYen: number;
  /**
   * The supplementary payout instructed for restoredYen; null when nothing new is covered (the re-decision only moved yen to a deductible a credit gave back).
   */
  payoutId: string | null;
}
