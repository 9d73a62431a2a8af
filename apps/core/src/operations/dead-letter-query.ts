import { contractValidator, describeIssues, type DeadLetterQueryV1 } from '@hub/contracts';
import { invalidInput } from '@hub/http';
import { DeadLetterFilter } from '@hub/messaging';
import { decodeCursor } from './dead-letter-cursor';

export const DEFAULT_PAGE_SIZE = 50;

const LIMIT_REASON = 'must be a whole number from 1 to 200';

export interface DeadLetterQuery {
  filter: DeadLetterFilter;
  limit: number;
  /** The dead letter the page starts after. */
  afterId?: string;
}

/**
 * GET /dead-letters' query, checked against its contract where it enters (a misspelt or repeated parameter is
 * refused, never ignored) and turned into a filter and a page.
 */
export function parseDeadLetterQuery(query: unknown): DeadLetterQuery {
  const check = contractValidator().validate('http/core/dead-letter-query.v1', query ?? {});
  if (!check.ok) {
    // The limit's pattern is exact but unreadable; say what it means.
    const issues = dedupe(check.issues.map((i) => (i.field === 'limit' ? { field: 'limit', reason: LIMIT_REASON } : i)));
    throw invalidInput(`Query is invalid: ${describeIssues(issues)}`, issues);
  }
  const q: DeadLetterQueryV1 = check.value;
  let afterId: string | undefined;
  if (q.cursor !== undefined) {
    afterId = decodeCursor(q.cursor) ?? undefined;
    if (!afterId) throw invalidInput('cursor is not one this API returned', [{ field: 'cursor', reason: 'must be a nextCursor this API returned' }]);
  }
  return {
    filter: { state: q.state, partnerId: q.partnerId, topic: q.topic, consumerGroup: q.consumerGroup, since: q.since ? new Date(q.since) : undefined },
    limit: q.limit === undefined ? DEFAULT_PAGE_SIZE : Number(q.limit),
    afterId,
  };
}

function dedupe<T extends { field: string; reason: string }>(issues: T[]): T[] {
  return issues.filter((issue, i) => issues.findIndex((o) => o.field === issue.field && o.reason === issue.reason) === i);
}
