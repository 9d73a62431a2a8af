/**
 * Generated from contracts/http/core/report-incident.v3.schema.json by `npm run contracts:types`.
 * Do not edit: change the contract (a published one only by adding a new version beside it) and regenerate.
 */

import type { PolicyNumberV1, UsageNoticeV1 } from "../../common/definitions.v1";
import type { DiscoveryChannelV1 } from "../../common/settlement-definitions.v1";
import type { EventKindV1 } from "../../common/settlement-definitions.v2";

/**
 * Body of POST /cases (core API v3): the insured's accident report with its usage notice (利用連絡). v2 with the case's event kind (four kinds, so the threat condition follows the case), the discovery channel required, victims declared by kind, and causeAt folded into occurredAt.
 */
export interface ReportIncidentRequestV3 {
  policyNumber: PolicyNumberV1;
  /**
   * The event as the insured reports it.
   */
  incident: {
    kind: EventKindV1;
    /**
     * What happened, in the insured's words.
     */
    summary: string;
    /**
     * When the accident occurred (for unauthorised access, when it began), if known; its JST date must be on or after the retroactive date. Defaults to discoveredAt; not after it.
     */
    occurredAt?: string;
    /**
     * When the insured learned of the event; its JST date must fall within the policy period. Not in the future.
     */
    discoveredAt: string;
    /**
     * When the insured reported the accident to the insurer (事故報告 with the usage notice), where that was before the report reached the hub; its JST date must fall within the policy period. Defaults to the moment the hub receives this report; not before discoveredAt and not in the future.
     */
    reportedAt?: string;
    discoveryChannel: DiscoveryChannelV1;
    /**
     * Declared victims by kind; condolence gifts are capped per victim and never reach more recipients than these. Defaults to 0 and 0.
     */
    victims?: {
      /**
       * Declared individual victims.
       */
      individuals: number;
      /**
       * Declared corporate victims.
       */
      corporations: number;
    };
    /**
     * Estimated number of personal-data records affected, if known.
     */
    estimatedRecords?: number;
  };
  usageNotice: UsageNoticeV1;
}
