/**
 * Generated from contracts/http/core/case.v1.schema.json by `npm run contracts:types`.
 * Do not edit: change the contract (a published one only by adding a new version beside it) and regenerate.
 */

import type { IncidentKindV1, PersonNameV1, PhoneNumberV1, SupportFunctionV1 } from "../../common/definitions.v1";
import type { OrderV1 } from "./order.v1";

/**
 * A case (事故): one incident under one policy, as core answers it (POST /cases, GET /cases/{caseId}, coverage decision). Every field is present; null where nothing is known.
 */
export interface CaseV1 {
  /**
   * The case's id.
   */
  caseId: string;
  /**
   * Core's id of the policy the case is under (see PolicyV1.policyId).
   */
  policyId: string;
  /**
   * The incident as reported.
   */
  incident: {
    kind: IncidentKindV1;
    /**
     * What happened, in the insured's words.
     */
    summary: string;
    /**
     * When the insured learned of it.
     */
    discoveredAt: string;
    /**
     * Estimated records affected; null when not known.
     */
    estimatedRecords: number | null;
  };
  /**
   * The usage notice (利用連絡) as received.
   */
  usageNotice: {
    contactName: PersonNameV1;
    contactPhone: PhoneNumberV1;
    /**
     * The contact's e-mail address; null when not given.
     */
    contactEmail: string | null;
    /**
     * The support functions the insured asked for.
     */
    requestedFunctions: SupportFunctionV1[];
  };
  /**
   * The insurer's coverage decision; orders can be issued only once it is confirmed.
   */
  coverage: {
    /**
     * pending until the insurer decides.
     */
    status: "pending" | "confirmed" | "denied";
    /**
     * Who decided; null while pending.
     */
    decidedBy: string | null;
    /**
     * Why; always set when denied, null when none was given.
     */
    reason: string | null;
    /**
     * When it was decided; null while pending.
     */
    decidedAt: string | null;
  };
  /**
   * When the incident was reported to the hub.
   */
  reportedAt: string;
  /**
   * The case's engagement orders, oldest first.
   */
  orders: OrderV1[];
}
