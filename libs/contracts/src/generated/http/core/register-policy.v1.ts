/**
 * Generated from contracts/http/core/register-policy.v1.schema.json by `npm run contracts:types`.
 * Do not edit: change the contract (a published one only by adding a new version beside it) and regenerate.
 */

import type { InsuredCompanyV1, PolicyNumberV1, PolicyProductV1 } from "../../common/definitions.v1";

/**
 * Body of POST /policies: the insurer registers a cyber policy and its limits.
 */
export interface RegisterPolicyRequestV1 {
  policyNumber: PolicyNumberV1;
  product: PolicyProductV1;
  insured: InsuredCompanyV1;
  /**
   * First day of the policy period (JST calendar date).
   */
  periodStart: string;
  /**
   * Last day of the policy period (JST calendar date): one year for cyber-lite, two for privacy-mark.
   */
  periodEnd: string;
  /**
   * Retroactive date (遡及日): causes before it are not covered.
   */
  retroactiveDate: string;
  /**
   * Liability limit (ア), integer yen, per accident and in aggregate for the period. The expense sublimit is inside it (内枠).
   */
  liabilityLimitYen: number;
  /**
   * Incident-response expense sublimit (イ, 事故対応特別費用), integer yen; partner fees are paid from it.
   */
  expenseSublimitYen: number;
}
