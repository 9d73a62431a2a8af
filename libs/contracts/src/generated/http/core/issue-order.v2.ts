/**
 * Generated from contracts/http/core/issue-order.v2.schema.json by `npm run contracts:types`.
 * Do not edit: change the contract (a published one only by adding a new version beside it) and regenerate.
 */

import type { PartnerIdV1, SupportFunctionV1 } from "../../common/definitions.v1";

/**
 * Body of POST /cases/{caseId}/orders (core API v3): v1 plus the insured's agreement to bear the order's cost.
 */
export interface IssueOrderRequestV2 {
  partnerId: PartnerIdV1;
  supportFunction: SupportFunctionV1;
  /**
   * The coordinator's instructions to the partner.
   */
  scope: string;
  /**
   * Cost estimate for the order, integer yen.
   */
  estimateYen?: number;
  /**
   * The insured agrees to bear the order's cost itself: a recorded decision (who, when, why) that marks the order as not insured. Its invoices are settled to the insured's account with insured_bears_cost and never touch the limits. Without it, an order is refused (409) when nothing it could produce would be covered.
   */
  insuredBearsCost?: {
    /**
     * Who agreed for the insured that it bears the cost (a person at the insured).
     */
    agreedBy: string;
    /**
     * Who records the decision (the coordinator).
     */
    recordedBy: string;
    /**
     * Why: e.g. the policy cannot pay for this case and the insured wants the work done anyway.
     */
    reason: string;
  };
}
