/**
 * Generated from contracts/http/core/dead-letter.v1.schema.json by `npm run contracts:types`.
 * Do not edit: change the contract (a published one only by adding a new version beside it) and regenerate.
 */

import type { DeadLetterFailureV1 } from "../../common/dead-letter-definitions.v1";

/**
 * GET /dead-letters/{deadLetterId} (core API v5): a message a consumer group could not handle, on the record with its error and the original message, and whether it was replayed.
 */
export interface DeadLetterViewV1 {
  /**
   * The dead letter's id.
   */
  id: string;
  /**
   * open until it is replayed; a replayed message that fails again is a new dead letter.
   */
  state: "open" | "replayed";
  /**
   * The consumer group that gave up on the message; a replay re-delivers it to this group only.
   */
  consumerGroup: string;
  /**
   * The app that gave up on it.
   */
  appName: string;
  /**
   * The topic the message was read from, and where a replay publishes it again.
   */
  sourceTopic: string;
  /**
   * The partition the message was read from.
   */
  sourcePartition: number;
  /**
   * Its offset in that partition, as a decimal string.
   */
  sourceOffset: string;
  /**
   * What the group's processed marks know the failure by: the event id, topic:partition:offset for a message that did not parse, or delivery-failed:<orderId> for a partner delivery given up on.
   */
  eventKey: string;
  /**
   * The envelope's event id; null when the message could not be parsed.
   */
  eventId: string | null;
  /**
   * The case the message concerns (its case-id header or envelope), when known.
   */
  caseId: string | null;
  /**
   * The partner the message concerns (its partner-id header or envelope), when known.
   */
  partnerId: string | null;
  error: DeadLetterFailureV1;
  /**
   * How many times the group tried to handle the message.
   */
  attempts: number;
  /**
   * When the group gave up.
   */
  failedAt: string;
  /**
   * When it was replayed; null while open.
   */
  replayedAt: string | null;
  /**
   * Who replayed it; null while open.
   */
  replayedBy: string | null;
  /**
   * How often this message had been replayed for this group as of this dead letter: 0 for a first failure, one more once replayed.
   */
  replayCount: number;
  /**
   * The original message, as a replay publishes it again.
   */
  original: {
    /**
     * The message key (utf8), or null when it had none.
     */
    key: string | null;
    /**
     * The message value, decoded as utf8.
     */
    value: string;
    /**
     * The message headers, each value decoded as utf8.
     */
    headers: {
      [k: string]: string;
    };
  };
}
