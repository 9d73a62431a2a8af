/**
 * Generated from contracts/http/core/recover-dead-letters.v1.schema.json by `npm run contracts:types`.
 * Do not edit: change the contract (a published one only by adding a new version beside it) and regenerate.
 */

import type { PartnerIdV1 } from "../../common/definitions.v1";

/**
 * Body of POST /dead-letters/recover (core API v5): replay every open dead letter of one partner that failed since a time, e.g. after the partner's outage, optionally only those of one topic.
 */
export interface RecoverDeadLettersRequestV1 {
  partnerId: PartnerIdV1;
  /**
   * Only dead letters that failed at or after this instant.
   */
  since: string;
  /**
   * Only dead letters read from this topic (a topic of the catalog); all topics when absent.
   */
  topic?: string;
  /**
   * Who runs the recovery (an operator or coordinator).
   */
  requestedBy: string;
}
