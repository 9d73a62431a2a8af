/**
 * Generated from contracts/events/dead-letter.v1.schema.json by `npm run contracts:types`.
 * Do not edit: change the contract (a published one only by adding a new version beside it) and regenerate.
 */

import type { ValidationIssueV1 } from "../common/definitions.v1";

/**
 * What a consumer writes to a dead-letter topic (<source topic>.dlq) when it cannot handle a message after its retries. It keeps the original message byte for byte (as utf8) so it can be inspected and replayed.
 */
export interface DeadLetterV1 {
  /**
   * The topic the message was read from.
   */
  sourceTopic: string;
  /**
   * The partition the message was read from.
   */
  sourcePartition: number;
  /**
   * The message's offset in that partition, as a decimal string (offsets exceed JavaScript's safe integers).
   */
  sourceOffset: string;
  /**
   * The consumer group that gave up on the message.
   */
  consumerGroup: string;
  /**
   * The envelope's eventId. Absent when the message could not even be parsed; not necessarily a valid UUID.
   */
  eventId?: string;
  /**
   * How many times the consumer tried to handle the message.
   */
  attempts: number;
  /**
   * The last error.
   */
  error: {
    /**
     * Error class or code, e.g. ContractViolation.
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
  };
  /**
   * When the consumer gave up.
   */
  failedAt: string;
  /**
   * The original message key (utf8), or null when it had none.
   */
  originalKey: string | null;
  /**
   * The original message value, decoded as utf8; empty for an empty value.
   */
  originalValue: string;
  /**
   * The original message headers, each value decoded as utf8.
   */
  originalHeaders: {
    [k: string]: string;
  };
}
