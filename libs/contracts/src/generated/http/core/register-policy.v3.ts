/**
 * Generated from contracts/http/core/register-policy.v3.schema.json by `npm run contracts:types`.
 * Do not edit: change the contract (a published one only by adding a new version beside it) and regenerate.
 */

import type { InsuredCompanyV1, PolicyNumberV1, PolicyProductV1 } from "../../common/definitions.v1";

/**
 * Body of POST /policies (core API v3): v2 plus the first year's inception (firstInceptionDate) so renewals are modelled; retroactiveDate becomes optional (defaulting to firstInceptionDate). The product rules are checked in code and reported naming the field, including: no deductible on the Chamber of Commerce plan.
 */
export interface RegisterPolicyRequestV3 {
  policyNumber: PolicyNumberV1;
  product: PolicyProductV1;
  insured: InsuredCompanyV1;
  /**
   * First day of the policy period (JST calendar date).
   */
  periodStart: string;
  /**
   * Last day of the policy period (JST calendar date): one year for cyber-lite and the Chamber plan, two for privacy-mark.
   */
  periodEnd: string;
  /**
   * Retroactive date (遡及日): accidents that occurred before it are not covered. Seed 003 §5(7): the earlier of the first-year inceptions of the insurer's サイバー保険 or サイバーLite, so it defaults to firstInceptionDate and may not be after it.
   */
  retroactiveDate?: string;
  /**
   * The Chamber of Commerce plan (商工会議所プラン): required when product is chamber-of-commerce, not allowed for other products (checked in code).
   */
  chamberPlan?: {
    /**
     * The set of limits: A–D fix liability and expense (the policy may omit them, or must state the set's own figures); E (フリーセット) takes both from liabilityLimitYen and expenseSublimitYen, which are then required.
     */
    set: "A" | "B" | "C" | "D" | "E";
    /**
     * standard: the plan's usual covered costs; premium adds credit monitoring, public-investigation response, system restoration, damage-spread prevention, recurrence prevention and cyber-attack (threat) investigation.
     */
    variant: "standard" | "premium";
  };
  /**
   * Liability limit (ア), integer yen, per accident and in aggregate for the period; the expense sublimit is inside it (内枠). Required for cyber-lite, privacy-mark and Chamber set E; for Chamber sets A–D it may be omitted (the set fixes it) and, if given, must be the set's figure.
   */
  liabilityLimitYen?: number;
  /**
   * Incident-response expense sublimit (イ, 事故対応特別費用), integer yen, per accident and in aggregate for the period; partner fees are paid from it. cyber-lite and privacy-mark: defaults to 10% of liability when omitted. Chamber set E: required. Chamber sets A–D: may be omitted (the set fixes it) and, if given, must be the set's figure. Never above liabilityLimitYen.
   */
  expenseSublimitYen?: number;
  /**
   * Per-accident deductible (自己負担額) on expenses, integer yen, borne by the insured out of the accident's first covered yen. Defaults to 0. The Chamber of Commerce plan has none (seed 002, 免責金額 なし): a deductible above 0 is refused for it.
   */
  expenseDeductibleYen?: number;
  /**
   * Overrides of the caps on condolence money or gifts (見舞金・見舞品); an omitted cap keeps its default.
   */
  condolenceCaps?: {
    /**
     * The most covered per affected individual, integer yen. Defaults to 1,000.
     */
    perIndividualYen?: number;
    /**
     * The most covered per affected corporation, integer yen. Defaults to 50,000.
     */
    perCorporationYen?: number;
  };
  /**
   * true: the insured assigned its insurance claim to the partners, so each settled invoice's covered yen is paid to the partner directly; false or omitted: it is paid to the insured.
   */
  claimAssignedToPartners?: boolean;
  /**
   * First day of the first policy year (初年度保険始期日); a renewal keeps it. Defaults to periodStart (a first-year policy); not after periodStart.
   */
  firstInceptionDate?: string;
}
