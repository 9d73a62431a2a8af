/**
 * Generated from contracts/http/core/order.v1.schema.json by `npm run contracts:types`.
 * Do not edit: change the contract (a published one only by adding a new version beside it) and regenerate.
 */

import type { OrderStatusV1, PartnerIdV1, SupportFunctionV1 } from "../../common/definitions.v1";

/**
 * An engagement order, as core answers it (POST /cases/{caseId}/orders, GET /orders/{orderId}, cancel, close). Every field is present; null where nothing is known yet.
 */
export interface OrderV1 {
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
}
