/**
 * Generated from contracts/events/order-issued.v1.schema.json by `npm run contracts:types`.
 * Do not edit: change the contract (a published one only by adding a new version beside it) and regenerate.
 */

import type {
  EmailAddressV1,
  IncidentV1,
  PartnerIdV1,
  PersonNameV1,
  PhoneNumberV1,
  PolicyNumberV1,
  SupportFunctionV1
} from "../common/definitions.v1";

/**
 * Payload of hub.order.issued.v1: core has issued an engagement order (エンゲージメント) to one partner for one support function on one case. The partner's adapter turns it into the partner's native request.
 */
export interface OrderIssuedV1 {
  /**
   * The engagement order's id.
   */
  orderId: string;
  /**
   * The case (incident) the order is for.
   */
  caseId: string;
  partnerId: PartnerIdV1;
  supportFunction: SupportFunctionV1;
  policyNumber: PolicyNumberV1;
  /**
   * The insured company and its contact for this incident.
   */
  insured: {
    /**
     * Registered company name.
     */
    name: string;
    contactName: PersonNameV1;
    contactPhone: PhoneNumberV1;
    contactEmail?: EmailAddressV1;
  };
  incident: IncidentV1;
  /**
   * The coordinator's instructions: what the partner is asked to do.
   */
  scope: string;
  /**
   * The coordinator's cost estimate for this order, integer yen (税込).
   */
  estimateYen?: number;
  /**
   * When core issued the order.
   */
  issuedAt: string;
}
