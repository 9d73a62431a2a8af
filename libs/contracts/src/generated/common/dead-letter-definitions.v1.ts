/**
 * Generated from contracts/common/dead-letter-definitions.v1.schema.json by `npm run contracts:types`.
 * Do not edit: change the contract (a published one only by adding a new version beside it) and regenerate.
 */

import type { ValidationIssueV1 } from "./definitions.v1";

/**
 * Why the group gave up: the last error.
 */
export interface DeadLetterFailureV1 {
  /**
   * Error class or code, e.g. InvalidMessageError, NonRetryableError, CrashLoop, PartnerDeliveryFailed.
   */
  name: string;
  /**
   * The error message.
   */
  message: string;
  /**
   * For a message that broke its contract: which fields and why.
   */
  issues?: ValidationIssueV1[];
}

/**
 * A dead letter as a list shows it: everything but the original message.
 */
export interface DeadLetterSummaryV1 {
  /**
   * The dead letter's id.
   */
  id: string;
  /**
   * open until it is replayed.
   */
  state: "open" | "replayed";
  /**
   * The consumer group that gave up on the message.
   */
  consumerGroup: string;
  /**
   * The app that gave up on it.
   */
  appName: string;
  /**
   * The topic the message was read from.
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
   * What the group's processed marks know the failure by.
   */
  eventKey: string;
  /**
   * The envelope's event id; null when the message could not be parsed.
   */
  eventId: string | null;
  /**
   * The case the message concerns, when known.
   */
  caseId: string | null;
  /**
   * The partner the message concerns, when known.
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
   * How often this message had been replayed for this group as of this dead letter.
   */
  replayCount: number;
}
