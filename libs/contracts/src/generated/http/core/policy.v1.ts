/**
 * Generated from contracts/http/core/policy.v1.schema.json by `npm run contracts:types`.
 * Do not edit: change the contract (a published one only by adding a new version beside it) and regenerate.
 */

import type { InsuredCompanyV1, PolicyNumberV1, PolicyProductV1 } from "../../common/definitions.v1";

/**
 * A registered policy, as core answers it (POST /policies, GET /policies/{policyNumber}).
 */
export interface PolicyV1 {
  /**
   * Core's id of the policy record.
   */
  policyId: string;
  policyNumber: PolicyNumberV1;
  product: PolicyProductV1;
  insured: InsuredCompanyV1;
  /**
   * First day of the policy period (JST).
   */
  periodStart: string;
  /**
   * Last day of the policy period (JST).
   */
  periodEnd: string;
  /**
   * Retroactive date (遡及日).
   */
  retroactiveDate: string;
  /**
   * Liability limit (ア), integer yen.
   */
  liabilityLimitYen: number;
  /**
   * Incident-response expense sublimit (イ), integer yen, inside the liability limit.
   */
  expenseSublimitYen: number;
}
