import { contractValidator, type DeliveryAttemptQueryV1, describeIssues } from '@hub/contracts';
import { invalidInput } from '@hub/http';
import { type AttemptKeyset, decodeAttemptCursor } from './delivery-attempt-cursor';

/** Which of the partner's attempts a page is of; each filter not asked for narrows nothing. */
export interface DeliveryAttemptFilter {
  orderId?: string;
  kind?: DeliveryAttemptQueryV1['kind'];
  outcome?: DeliveryAttemptQueryV1['outcome'];
  channel?: DeliveryAttemptQueryV1['channel'];
  /** startedAt at or after, inclusive. */
  from?: Date;
  /** startedAt before, exclusive. */
  to?: Date;
}

export interface DeliveryAttemptPageRequest {
  limit: number;
  /** The last attempt of the page before; absent for the first page. */
  after?: AttemptKeyset;
}

export const DEFAULT_ATTEMPT_PAGE_SIZE = 50;
const QUERY_CONTRACT = 'http/adapter/delivery-attempt-query.v1';
/** The contract's pattern for limit is exact but unreadable: its reason is said in words. */
const LIMIT_REASON = 'must be a whole number from 1 to 200';

/**
 * GET /deliveries' query checked against its contract where it enters: a misspelt or repeated parameter is refused
 * naming it, never ignored (it would widen the answer), and so are a range that is empty or backwards and a cursor this
 * list did not make. Every refusal is a 400 validation_failed naming the field.
 */
export function parseDeliveryAttemptQuery(query: unknown): { filter: DeliveryAttemptFilter; page: DeliveryAttemptPageRequest } {
  const check = contractValidator().validate<DeliveryAttemptQueryV1>(QUERY_CONTRACT, query ?? {});
  if (!check.ok) {
    const issues = check.issues.map((i) => (i.field === 'limit' && i.reason.startsWith('must match the pattern') ? { field: 'limit', reason: LIMIT_REASON } : i));
    throw invalidInput(`Query is invalid: ${describeIssues(issues)}`, issues);
  }
  const q = check.value;
  const from = q.from === undefined ? undefined : new Date(q.from);
  const to = q.to === undefined ? undefined : new Date(q.to);
  if (from && to && from >= to) throw invalidInput('to must be later than from', [{ field: 'to', reason: 'must be later than from' }]);
  const after = q.cursor === undefined ? undefined : decodeAttemptCursor(q.cursor);
  if (after === null) throw invalidInput('cursor is not one this API returned', [{ field: 'cursor', reason: 'must be a nextCursor this API returned' }]);
  return {
    filter: { orderId: q.orderId, kind: q.kind, outcome: q.outcome, channel: q.channel, from, to },
    page: { limit: q.limit === undefined ? DEFAULT_ATTEMPT_PAGE_SIZE : Number(q.limit), after },
  };
}
