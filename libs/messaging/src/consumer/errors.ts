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

/**
 * A message that used up its attempts without being settled, the last one never finishing: the process handling
 * it was gone (killed, out of memory, exited) before it could succeed or fail. Dead-lettered instead of tried again.
 */
export class CrashLoopError extends NonRetryableError {
  constructor(readonly attempts: number) {
    super(`attempted ${attempts} time(s) without finishing: the process handling it stopped before the last attempt ended`, 'crash_loop');
    this.name = 'CrashLoop';
  }
}
