/**
 * Thrown by a handler when retrying cannot help: the message is well-formed but the hub refuses what it
 * asks (an illegal order transition, a partner touching another partner's order). The consumer sends it
 * to the dead-letter topic at once instead of retrying.
 */
export class NonRetryableError extends Error {
  constructor(
    message: string,
    readonly code: string,
  ) {
    super(message);
    this.name = 'NonRetryableError';
  }
}

/** The message does not satisfy its contract; issues name each field and why. */
export class InvalidMessageError extends NonRetryableError {
  constructor(
    message: string,
    readonly issues: { field: string; reason: string }[] = [],
  ) {
    super(message, 'invalid_message');
    this.name = 'InvalidMessageError';
  }
}
