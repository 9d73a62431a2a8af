/**
 * Generated from contracts/http/core/policy.v2.schema.json by `npm run contracts:types`.
 * Do not edit: change the contract (a published one only by adding a new version beside it) and regenerate.
 */

import type { InsuredCompanyV1, PolicyNumberV1, PolicyProductV1 } from "../../common/definitions.v1";

/**
 * A registered policy with every term settlement decides on (POST /policies, GET /policies/{policyNumber}, core API v3).
 */
export interface PolicyV2 {
  /**
   * Core's id of the policy record.
   */
  policyId: string;
  policyNumber: PolicyNumberV1;
  product: PolicyProductV1;
  /**
   * The Chamber of Commerce plan; null for other products.
   */
  chamberPlan: {
    /**
     * The set of limits (A–E).
     */
    set: "A" | "B" | "C" | "D" | "E";
    /**
     * standard or premium.
     */
    variant: "standard" | "premium";
  } | null;
  insured: InsuredCompanyV1;
  /**
   * First day of the first policy year (初年度保険始期日).
   */
  firstInceptionDate: string;
  /**
   * First day of the current policy period (JST).
   */
  periodStart: string;
  /**
   * Last day of the current policy period (JST).
   */
  periodEnd: string;
  /**
   * Retroactive date (遡及日): accidents that occurred before it are not covered.
   */
  retroactiveDate: string;
  /**
   * Liability limit (ア), integer yen, per accident and in aggregate for the period.
   */
  liabilityLimitYen: number;
  /**
   * Incident-response expense sublimit (イ), integer yen, per accident and in aggregate for the period, inside the liability limit.
   */
  expenseSublimitYen: number;
  /**
   * Per-accident deductible on expenses, integer yen; 0 when none.
   */
  expenseDeductibleYen: number;
  /**
   * Caps on condolence money or gifts, per recipient.
   */
  condolenceCaps: {
    /**
     * The most covered per individual recipient, tax-inclusive, integer yen.
     */
    perIndividualYen: number;
    /**
     * The most covered per corporate recipient, tax-inclusive, integer yen.
     */
    perCorporationYen: number;
  };
  /**
   * true: covered yen are paid to each partner directly; false: to the insured.
   */
  claimAssignedToPartners: boolean;
  /**
   * When the policy was registered.
   */
  registeredAt: string;
}
