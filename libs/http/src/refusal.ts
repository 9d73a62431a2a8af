import { type FieldIssue, refusalOf as domainRefusalOf } from '@hub/refusals';
import { HubHttpError, REFUSAL_STATUS } from './http-errors';

/** A refusal as the hub answers it over HTTP (contracts/http/common/error.v1). */
export interface HttpRefusal {
  status: number;
  code: string;
  message: string;
  issues?: FieldIssue[];
}

/**
 * The 4xx answer an error stands for, or undefined when it is a fault (a bug, an outage): a domain Refusal (its kind
 * sets the status), a data exception PostgreSQL raised on the caller's value, or an edge's own HubHttpError.
 */
export function httpRefusalOf(error: unknown): HttpRefusal | undefined {
  const refusal = domainRefusalOf(error);
  if (refusal) return { status: REFUSAL_STATUS[refusal.kind], code: refusal.code, message: refusal.message, ...(refusal.issues ? { issues: refusal.issues } : {}) };
  if (error instanceof HubHttpError) {
    const status = error.getStatus();
    if (status < 400 || status >= 500) return undefined;
    const body = error.getResponse() as { error: string; message: string; issues?: FieldIssue[] };
    return { status, code: body.error, message: body.message, ...(body.issues ? { issues: body.issues } : {}) };
  }
  return undefined;
}
