/**
 * Generated from contracts/events/envelope.v1.schema.json by `npm run contracts:types`.
 * Do not edit: change the contract (a published one only by adding a new version beside it) and regenerate.
 */

import type { PartnerIdV1 } from "../common/definitions.v1";

/**
 * The envelope around every event on a hub.* topic. The Kafka headers repeat its ids for tooling. The payload is validated separately, against the schema that type and schemaVersion name.
 */
export interface EnvelopeV1 {
  /**
   * Unique id of this event. Consumers record it with their effect, so a redelivered event has no second effect.
   */
  eventId: string;
  /**
   * Event type, <entity>.<event>, e.g. order.issued or order.status-changed.
   */
  type: string;
  /**
   * Major version of the payload's schema: the N of the topic's .vN and of the schema file's .vN.
   */
  schemaVersion: number;
  /**
   * When the state change happened (not when the event was published).
   */
  occurredAt: string;
  /**
   * Ties together everything caused by one original request, across apps and partners.
   */
  correlationId: string;
  /**
   * The case (incident) the event belongs to. Also the Kafka message key, so one case's events stay in order.
   */
  caseId: string;
  partnerId?: PartnerIdV1;
  /**
   * The event itself. Its schema is the one for type and schemaVersion, e.g. events/order-issued.v1 for order.issued version 1.
   */
  payload: {
    [k: string]: unknown;
  };
}
