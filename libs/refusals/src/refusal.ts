import { QueryFailedError } from 'typeorm';

export interface FieldIssue {
  field: string;
  reason: string;
}

/**
 * What kind of "no" a rule says, independent of how an edge carries it: the HTTP filter turns it into a status, the
 * Kafka inbox into an outcome event, the console into a message — so the same rule answers the same way everywhere.
 */
export type RefusalKind = 'invalid' | 'not_found' | 'conflict' | 'unprocessable' | 'forbidden';

/**
 * The one refusal type the hub's use cases throw (design.md, examples 2): a stable code, a sentence a person can act on,
 * and for bad input the fields and why. Use cases import this, never an HTTP library.
 */
export class Refusal extends Error {
  constructor(
    readonly kind: RefusalKind,
    readonly code: string,
    message: string,
    readonly issues?: FieldIssue[],
  ) {
    super(message);
    this.name = 'Refusal';
  }
}

export const invalidInput = (message: string, issues: FieldIssue[]) => new Refusal('invalid', 'validation_failed', message, issues);

/** Unknown and forbidden objects answer the same: the message names only the id the caller gave. */
export const notFound = (what: string, id: string) => new Refusal('not_found', 'not_found', `${what} ${id} does not exist`);

export const conflict = (code: string, message: string, issues?: FieldIssue[]) => new Refusal('conflict', code, message, issues);

export const unprocessable = (code: string, message: string, issues?: FieldIssue[]) => new Refusal('unprocessable', code, message, issues);

export const forbidden = (code: string, message: string, issues?: FieldIssue[]) => new Refusal('forbidden', code, message, issues);

/** The answer to an Idempotency-Key reused for a different request. */
export const idempotencyKeyReused = (key: string) =>
  unprocessable('idempotency_key_reused', `Idempotency-Key ${key} was already used for a different request`, [
    { field: 'Idempotency-Key', reason: 'was already used for a different request' },
  ]);

/**
 * The refusal an error stands for, or undefined when it is a fault (a bug, an outage). A value PostgreSQL cannot take
 * (SQLSTATE class 22: a NUL character, a number out of a column's range) slipped past the contracts, but it is still the
 * caller's input: refused without echoing the database's own words.
 */
export function refusalOf(error: unknown): Refusal | undefined {
  if (error instanceof Refusal) return error;
  if (isDataException(error)) {
    return new Refusal('invalid', 'invalid_value', 'A value in the request cannot be stored: a number out of range or a character that is not allowed', [
      { field: '(request)', reason: 'holds a number out of range or a character that is not allowed (such as NUL)' },
    ]);
  }
  return undefined;
}

/** SQLSTATE class 22, "data exception": the value itself is unacceptable. */
export function isDataException(error: unknown): error is QueryFailedError & { driverError: { code: string } } {
  return error instanceof QueryFailedError && /^22/.test(String((error.driverError as { code?: unknown }).code ?? ''));
}
