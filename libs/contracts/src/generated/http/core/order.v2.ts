/**
 * Generated from contracts/http/core/order.v2.schema.json by `npm run contracts:types`.
 * Do not edit: change the contract (a published one only by adding a new version beside it) and regenerate.
 */

import type { OrderStatusV1, PartnerIdV1, SupportFunctionV1 } from "../../common/definitions.v1";

/**
 * An engagement order as core answers it (core API v3): v1 plus whether it is insured, the recorded cost-bearing decision, and when the partner accepted it.
 */
export interface OrderV2 {
  /**
   * The order's id.
   */
  orderId: string;
  /**
   * The case the order belongs to.
   */
  caseId: string;
  partnerId: PartnerIdV1;
  supportFunction: SupportFunctionV1;
  /**
   * The coordinator's instructions to the partner.
   */
  scope: string;
  /**
   * Cost estimate, integer yen; null when none was given.
   */
  estimateYen: number | null;
  status: OrderStatusV1;
  /**
   * Why the order was declined (by the partner), cancelled or closed (by the coordinator); null otherwise.
   */
  statusReason: string | null;
  /**
   * The partner's own ticket id; null until the partner reports one.
   */
  partnerReference: string | null;
  /**
   * When the order was issued.
   */
  issuedAt: string;
  /**
   * When the order last changed.
   */
  updatedAt: string;
  /**
   * false when the insured agreed to bear the order's cost itself (a recorded decision): its invoices are settled to the insured's account with insured_bears_cost and never touch the limits.
   */
  insured: boolean;
  /**
   * The recorded decision that the insured bears the order's cost; null for an insured order.
   */
  costBearing: {
    /**
     * Who agreed for the insured.
     */
    agreedBy: string;
    /**
     * Who recorded the decision (the coordinator).
     */
    recordedBy: string;
    /**
     * Why the insured bears the cost.
     */
    reason: string;
    /**
     * When the decision was recorded.
     */
    decidedAt: string;
  } | null;
  /**
   * When the partner accepted the order; null if it never did. Only an order the partner accepted may be invoiced, even once cancelled.
   */
  acceptedAt: string | null;
}
