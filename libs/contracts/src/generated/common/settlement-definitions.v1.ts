/**
 * Generated from contracts/common/settlement-definitions.v1.schema.json by `npm run contracts:types`.
 * Do not edit: change the contract (a published one only by adding a new version beside it) and regenerate.
 */

/**
 * The cost category of an invoice line; which ones a policy covers depends on its product (and Chamber plan variant). Same values as COST_CATEGORIES in @hub/coverage: cause_and_scope_investigation (事故原因・被害範囲調査), damage_spread_prevention (損害拡大防止), recurrence_prevention (再発防止), apology_letters (謝罪文作成・送付), public_notice_and_press (社告・広告宣伝), call_centre (コールセンター), lawyer_consultation (弁護士相談), consulting (コンサルティング), condolence_money_or_gifts (見舞金・見舞品; capped per victim), credit_monitoring (クレジット情報モニタリング), regulatory_investigation_response (公的調査対応), system_data_website_recovery (情報機器・データ・ウェブサイト復旧), staff_overtime_and_temporary_hires (超過勤務手当・臨時雇入れ), and the threat-only threat_investigation (不正アクセス有無の調査) and network_isolation (ネットワーク遮断).
 */
export type CostCategoryV1 =
  | "cause_and_scope_investigation"
  | "damage_spread_prevention"
  | "recurrence_prevention"
  | "apology_letters"
  | "public_notice_and_press"
  | "call_centre"
  | "lawyer_consultation"
  | "consulting"
  | "condolence_money_or_gifts"
  | "credit_monitoring"
  | "regulatory_investigation_response"
  | "system_data_website_recovery"
  | "staff_overtime_and_temporary_hires"
  | "threat_investigation"
  | "network_isolation";

/**
 * Consumption tax rate in percent: 10 (standard) or 8 (reduced, 軽減税率).
 */
export type TaxRateV1 = 10 | 8;

/**
 * How the issuer rounds the consumption tax, once per tax rate per invoice: floor (切り捨て), round (四捨五入, half up), ceil (切り上げ).
 */
export type RoundingModeV1 = "floor" | "round" | "ceil";

/**
 * Qualified-invoice issuer registration number (適格請求書発行事業者登録番号): T followed by 13 half-width digits. The corporate-number check digit (the first of the 13) is checked in code, not by this schema.
 */
export type RegistrationNumberV1 = string;

/**
 * Why yen of an invoice line were retained by the insured rather than covered. Same values as RETENTION_REASONS in @hub/coverage. The first four retain a whole line (the incident is outside the policy period or caused before the retroactive date, the category is not covered by the plan, or threat-only fees where the threat was not reported by a public authority or the security-operations provider); the rest cut part of it, in this order: the condolence cap, the deductible, the per-accident expense limit, the period expense limit, the liability limit.
 */
export type RetentionReasonV1 =
  | "outside_policy_period"
  | "before_retroactive_date"
  | "category_not_covered"
  | "threat_not_reported_by_authority"
  | "condolence_cap"
  | "deductible"
  | "accident_limit"
  | "period_limit"
  | "liability_limit";

/**
 * Who found or reported the incident. Same values as DISCOVERY_CHANNELS in @hub/coverage. Only public_authority and security_operations_provider make threat-only fees (threat_investigation, network_isolation) payable.
 */
export type DiscoveryChannelV1 = "public_authority" | "security_operations_provider" | "insured" | "other";

/**
 * Where a partner invoice is: submitted (accepted, not yet settled), awaiting_approval (above the approval threshold or the order's estimate; waits for a coordinator), settled (decided against the limits; payout instructed where anything is covered), paid (the insurer confirmed the payout), rejected (by a coordinator, with a reason; nothing settled), credited (reduced by one or more credit notes after it settled; the payout shows whether it had been paid, recoveryDueYen what is owed back).
 */
export type InvoiceStateV1 = "submitted" | "awaiting_approval" | "settled" | "paid" | "rejected" | "credited";

/**
 * Who the insurer pays a settled invoice's covered yen to: the insured, or the partner directly where the insured assigned its claim to its partners.
 */
export type PayeeV1 = "insured" | "partner";

/**
 * The totals a qualified invoice (or credit note) states; each must equal what its lines compute (consumption tax once per tax rate, one rounding), or it is refused naming the field.
 */
export interface StatedTotalsV1 {
  /**
   * Sum of the lines' tax-exclusive amounts (税抜), integer yen.
   */
  netYen: number;
  /**
   * The consumption tax per rate, one entry for each rate some line uses (10% first by convention).
   *
   * @minItems 1
   * @maxItems 2
   */
  taxByRate: {
    rate: TaxRateV1;
    /**
     * The tax at this rate: the rate's taxable total × rate, rounded once with the roundingMode, integer yen.
     */
    taxYen: number;
  }[];
  /**
   * netYen plus every taxYen (税込), integer yen.
   */
  grossYen: number;
}
