/**
 * Generated from contracts/http/core/issue-order.v3.schema.json by `npm run contracts:types`.
 * Do not edit: change the contract (a published one only by adding a new version beside it) and regenerate.
 */

import type { PartnerIdV1, SupportFunctionV1 } from "../../common/definitions.v1";

/**
 * Body of POST /cases/{caseId}/orders (core API v6): the coordinator engages a partner, optionally with the insured's agreement to bear the order's cost. Breaking change from v2: insuredBearsCost.recordedBy is gone; the actor is the signed-in person of the access token, whom the hub records as having recorded the agreement. insuredBearsCost.agreedBy stays: it names the insured's person who agreed, a fact the coordinator reports, not who makes the request.
 */
export interface IssueOrderRequestV3 {
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
   * The insured agrees to bear the order's cost itself: a recorded decision (who agreed for the insured and why; who recorded it, the signed-in coordinator, and when are stamped by core) that marks the order as not insured. Its invoices are settled to the insured's account with insured_bears_cost and never touch the limits. Without it, an order is refused (409) when nothing it could produce would be covered.
   */
  insuredBearsCost?: {
    /**
     * Who agreed for the insured that it bears the cost (a person at the insured).
     */
    agreedBy: string;
    /**
     * Why: e.g. the policy cannot pay for this case and the insured wants the work done anyway.
     */
    reason: string;
  };
}
