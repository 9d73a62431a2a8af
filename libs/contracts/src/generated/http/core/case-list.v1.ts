/**
 * Generated from contracts/http/core/case-list.v1.schema.json by `npm run contracts:types`.
 * Do not edit: change the contract (a published one only by adding a new version beside it) and regenerate.
 */

import type { PartnerIdV1, PolicyNumberV1 } from "../../common/definitions.v1";
import type { EventKindV1 } from "../../common/settlement-definitions.v2";

/**
 * Body of GET /cases (core API v8): one page of cases, newest reported first (reportedAt, then caseId, both descending: an order new cases never disturb), each summarised for a list; GET /cases/{caseId} has the whole case.
 */
export interface CaseListV1 {
  /**
   * The cases of this page.
   *
   * @maxItems 200
   */
  cases: {
    /**
     * The case's id.
     */
    caseId: string;
    policyNumber: PolicyNumberV1;
    /**
     * The insured company, as its policy names it.
     */
    insuredName: string;
    incidentKind: EventKindV1;
    /**
     * When the accident occurred (as reported, or discoveredAt when not reported).
     */
    occurredAt: string;
    /**
     * When the insured learned of it.
     */
    discoveredAt: string;
    /**
     * When it was reported to the insurer: what the list is sorted and filtered by.
     */
    reportedAt: string;
    /**
     * The insurer's coverage decision.
     */
    coverage: {
      /**
       * pending until the insurer decides.
       */
      status: "pending" | "confirmed" | "denied";
      /**
       * When it was decided; null while pending.
       */
      decidedAt: string | null;
    };
    /**
     * The case's engagement orders, counted.
     */
    orders: {
      /**
       * Orders not yet closed, cancelled or declined.
       */
      open: number;
      /**
       * Every order issued on the case.
       */
      total: number;
    };
    /**
     * The partners engaged on the case (an order was issued to each), in alphabetical order.
     */
    partners: PartnerIdV1[];
  }[];
  /**
   * Pass as cursor for the next page (with the same filters); null on the last page.
   */
  nextCursor: string | null;
}
