import { HttpException, HttpStatus } from '@nestjs/common';

export interface FieldIssue {
  field: string;
  reason: string;
}

/**
 * Every refusal the hub returns has one shape (contracts/http/common/error.v1): a status, a stable
 * machine code, a sentence a person can act on, and for bad input the fields and why.
 */
export class HubHttpError extends HttpException {
  constructor(status: HttpStatus, code: string, message: string, issues?: FieldIssue[]) {
    super({ statusCode: status, error: code, message, ...(issues ? { issues } : {}) }, status);
  }
}

export const invalidInput = (message: string, issues: FieldIssue[]) =>
  new HubHttpError(HttpStatus.BAD_REQUEST, 'validation_failed', message, issues);

export const notFound = (what: string, id: string) =>
  new HubHttpError(HttpStatus.NOT_FOUND, 'not_found', `${what} ${id} does not exist`);

export const conflict = (code: string, message: string) => new HubHttpError(HttpStatus.CONFLICT, code, message);

export const unprocessable = (code: string, message: string, issues?: FieldIssue[]) =>
  new HubHttpError(HttpStatus.UNPROCESSABLE_ENTITY, code, message, issues);

export const unauthorized = (code: string, message: string) => new HubHttpError(HttpStatus.UNAUTHORIZED, code, message);

export const forbidden = (code: string, message: string, issues?: FieldIssue[]) => new HubHttpError(HttpStatus.FORBIDDEN, code, message, issues);
