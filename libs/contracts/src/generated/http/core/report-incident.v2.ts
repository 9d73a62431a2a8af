/**
 * Generated from contracts/http/core/report-incident.v2.schema.json by `npm run contracts:types`.
 * Do not edit: change the contract (a published one only by adding a new version beside it) and regenerate.
 */

import type { IncidentKindV1, PolicyNumberV1, UsageNoticeV1 } from "../../common/definitions.v1";
import type { DiscoveryChannelV1 } from "../../common/settlement-definitions.v1";

/**
 * Body of POST /cases (core API v2): the insured's accident report together with its usage notice (利用連絡). Opens a case awaiting the insurer's coverage decision. v1 plus, in incident, the facts settlement needs: when the accident happened and when its cause began, how it was discovered, and how many victims it affected.
 */
export interface ReportIncidentRequestV2 {
  policyNumber: PolicyNumberV1;
  /**
   * The incident (事故) as reported by the insured: IncidentV1's fields plus occurredAt, causeAt, discoveryChannel and affected. When omitted, discoveryChannel is taken as insured (so threat-only fees are not covered) and affected as 0 individuals and 0 corporations.
   */
  incident: {
    kind: IncidentKindV1;
    /**
     * What happened, in the insured's words.
     */
    summary: string;
    /**
     * When the insured learned of the leak or threat.
     */
    discoveredAt: string;
    /**
     * Estimated number of personal-data records affected, if known.
     */
    estimatedRecords?: number;
    /**
     * When the accident happened; its JST date must fall within the policy period. Defaults to discoveredAt when omitted.
     */
    occurredAt?: string;
    /**
     * When the accident's cause occurred (e.g. the unauthorised access began), if known; its JST date must be on or after the retroactive date and not after occurredAt. Defaults to occurredAt when omitted.
     */
    causeAt?: string;
    discoveryChannel?: DiscoveryChannelV1;
    /**
     * Declared counts of victims; they set the cap on condolence money or gifts (per individual, per corporation).
     */
    affected?: {
      /**
       * Number of affected individuals.
       */
      individuals: number;
      /**
       * Number of affected corporations.
       */
      corporations: number;
    };
  };
  usageNotice: UsageNoticeV1;
}
