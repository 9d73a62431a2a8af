/**
 * Generated from contracts/http/core/victims-amended.v1.schema.json by `npm run contracts:types`.
 * Do not edit: change the contract (a published one only by adding a new version beside it) and regenerate.
 */

import type { RedecisionV1 } from "../../common/settlement-definitions.v2";
import type { CaseV2 } from "./case.v2";

/**
 * Core's answer to POST /cases/{caseId}/victims: the case with its new declared victims, and the invoices whose condolence gifts were re-decided with them.
 */
export interface VictimsAmendedViewV1 {
  case: CaseV2;
  /**
   * Invoices re-decided now that more victims are declared, in their original order.
   */
  redecisions: RedecisionV1[];
}
