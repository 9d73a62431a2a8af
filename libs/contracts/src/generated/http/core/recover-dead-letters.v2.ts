/**
 * Generated from contracts/http/core/recover-dead-letters.v2.schema.json by `npm run contracts:types`.
 * Do not edit: change the contract (a published one only by adding a new version beside it) and regenerate.
 */

import type { PartnerIdV1 } from "../../common/definitions.v1";

/**
 * Body of POST /dead-letters/recover (core API v6): an operator replays every open dead letter of one partner that failed since a time, e.g. after the partner's outage, optionally only those of one topic. Breaking change from v1: requestedBy is gone; the actor is the signed-in person of the access token.
 */
export interface RecoverDeadLettersRequestV2 {
  partnerId: PartnerIdV1;
  /**
   * Only dead letters that failed at or after this instant.
   */
  since: string;
  /**
   * Only dead letters read from this topic (a topic of the catalog); all topics when absent.
   */
  topic?: string;
}
