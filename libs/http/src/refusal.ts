import { QueryFailedError } from 'typeorm';
import { FieldIssue, HubHttpError } from './http-errors';

/** A refusal as the hub answers it over HTTP (contracts/http/common/error.v1), whatever edge it reaches. */
export interface Refusal {
  status: number;
  code: string;
  message: string;
  issues?: FieldIssue[];
}

/**
 * The 4xx answer an error stands for, or undefined when it is not a refusal but a fault (a bug, an outage). Use cases
 * refuse by throwing @hub/http errors; HubExceptionFilter answers them over HTTP, and an edge that is not HTTP (a Kafka
 * handler) asks this what a caller of the same use case over HTTP would have been told, so both say the same.
 */
export function refusalOf(error: unknown): Refusal | undefined {
  if (error instanceof HubHttpError) {
    const status = error.getStatus();
    if (status < 400 || status >= 500) return undefined;
    const body = error.getResponse() as { error: string; message: string; issues?: FieldIssue[] };
    return { status, code: body.error, message: body.message, ...(body.issues ? { issues: body.issues } : {}) };
  }
  return isDataException(error) ? dataExceptionRefusal(error) : undefined;
}

/**
 * The contracts should have refused it; when a value still reaches PostgreSQL that it cannot take (a NUL character,
 * a number out of a column's range), it is the caller's input, not our fault.
 */
export function dataExceptionRefusal(error: QueryFailedError): Refusal {
  return { status: 400, code: 'invalid_value', message: `A value in the request cannot be stored: ${error.message}` };
}

/** SQLSTATE class 22, "data exception": the value itself is unacceptable. */
export function isDataException(error: unknown): error is QueryFailedError & { driverError: { code: string } } {
  return error instanceof QueryFailedError && /^22/.test(String((error.driverError as { code?: unknown }).code ?? ''));
}
