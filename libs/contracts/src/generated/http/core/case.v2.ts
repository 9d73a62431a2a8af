/**
 * Generated from contracts/http/core/case.v2.schema.json by `npm run contracts:types`.
 * Do not edit: change the contract (a published one only by adding a new version beside it) and regenerate.
 */

import type { PersonNameV1, PhoneNumberV1, PolicyNumberV1, SupportFunctionV1 } from "../../common/definitions.v1";
import type { DiscoveryChannelV1 } from "../../common/settlement-definitions.v1";
import type { EventKindV1 } from "../../common/settlement-definitions.v2";
import type { OrderV2 } from "./order.v2";

/**
 * A case (事故) as core answers it (core API v3): the event as reported, the facts settlement decides on (JST dates, event kind, discovery channel, victims), the coverage decision and the orders.
 */
export interface CaseV2 {
  /**
   * The case's id.
   */
  caseId: string;
  /**
   * Core's id of the policy the case is under.
   */
  policyId: string;
  policyNumber: PolicyNumberV1;
  /**
   * The event as reported.
   */
  incident: {
    kind: EventKindV1;
    /**
     * What happened, in the insured's words.
     */
    summary: string;
    /**
     * When the accident occurred (as reported, or discoveredAt when not reported).
     */
    occurredAt: string;
    /**
     * When the insured learned of it.
     */
    discoveredAt: string;
    discoveryChannel: DiscoveryChannelV1;
    /**
     * Declared victims by kind.
     */
    victims: {
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
     * Estimated records affected; null when not known.
     */
    estimatedRecords: number | null;
  };
  /**
   * Exactly the facts coverage confirmation, orders and settlement decide on.
   */
  settlementFacts: {
    /**
     * JST date it occurred: compared with the retroactive date.
     */
    occurredDate: string;
    /**
     * JST date it was discovered: must fall in the policy period.
     */
    discoveredDate: string;
    /**
     * JST date it was reported to the insurer (the hub): must fall in the policy period.
     */
    reportedDate: string;
    eventKind: EventKindV1;
    discoveryChannel: DiscoveryChannelV1;
    /**
     * Declared victims by kind.
     */
    victims: {
      /**
       * Individual victims: the most individual condolence recipients.
       */
      individuals: number;
      /**
       * Corporate victims: the most corporate condolence recipients.
       */
      corporations: number;
    };
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
  orders: OrderV2[];
}
