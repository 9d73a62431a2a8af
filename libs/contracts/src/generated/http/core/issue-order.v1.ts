/**
 * Generated from contracts/http/core/issue-order.v1.schema.json by `npm run contracts:types`.
 * Do not edit: change the contract (a published one only by adding a new version beside it) and regenerate.
 */

import type { PartnerIdV1, SupportFunctionV1 } from "../../common/definitions.v1";

/**
 * Body of POST /cases/{caseId}/orders: the coordinator engages one partner for one support function on a case whose coverage is confirmed.
 */
export interface IssueOrderRequestV1 {
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
}
