/**
 * Generated from contracts/http/core/redecisions.v1.schema.json by `npm run contracts:types`.
 * Do not edit: change the contract (a published one only by adding a new version beside it) and regenerate.
 */

import type { PolicyNumberV1 } from "../../common/definitions.v1";
import type { RedecisionV1 } from "../../common/settlement-definitions.v2";

/**
 * Core's answer to POST /policies/{policyNumber}/redecide: the re-decisions made now. Running it again at once answers an empty list: nothing changes.
 */
export interface RedecisionListV1 {
  policyNumber: PolicyNumberV1;
  /**
   * Invoices re-decided, in their original order.
   */
  redecisions: RedecisionV1[];
}
