import { HttpException, HttpStatus } from '@nestjs/common';
import type { FieldIssue, RefusalKind } from '@hub/refusals';

// The domain's refusals, re-exported for controllers and pipes, which refuse bad input at the edge with the same type
// the use cases throw.
export { conflict, forbidden, idempotencyKeyReused, invalidInput, notFound, Refusal, unprocessable, type FieldIssue } from '@hub/refusals';

/**
 * An answer only an HTTP edge gives (credentials, encodings, limits), in the one shape every refusal has
 * (contracts/http/common/error.v1): a status, a stable machine code, a sentence a person can act on, and for bad input
 * the fields and why. Rules of the domain throw a Refusal instead.
 */
export class HubHttpError extends HttpException {
  constructor(status: HttpStatus, code: string, message: string, issues?: FieldIssue[]) {
    super({ statusCode: status, error: code, message, ...(issues ? { issues } : {}) }, status);
  }
}

export const unauthorized = (code: string, message: string) => new HubHttpError(HttpStatus.UNAUTHORIZED, code, message);

/** The status each kind of refusal answers over HTTP (core's OpenAPI documents the codes under these). */
export const REFUSAL_STATUS: Record<RefusalKind, number> = {
  invalid: HttpStatus.BAD_REQUEST,
  forbidden: HttpStatus.FORBIDDEN,
  not_found: HttpStatus.NOT_FOUND,
  conflict: HttpStatus.CONFLICT,
  unprocessable: HttpStatus.UNPROCESSABLE_ENTITY,
};
