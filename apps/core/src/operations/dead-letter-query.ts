import type { DeadLetterQueryV1 } from '@hub/contracts';
import { DeadLetterFilter } from '@hub/messaging';
import { checkQuery, cursorRefused, DEFAULT_PAGE_SIZE } from '@hub/http';
import { decodeCursor } from './dead-letter-cursor';

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
  const q = checkQuery<DeadLetterQueryV1>('http/core/dead-letter-query.v1', query, 200);
  let afterId: string | undefined;
  if (q.cursor !== undefined) {
    afterId = decodeCursor(q.cursor) ?? undefined;
    if (!afterId) throw cursorRefused();
  }
  return {
    filter: { state: q.state, partnerId: q.partnerId, topic: q.topic, consumerGroup: q.consumerGroup, since: q.since ? new Date(q.since) : undefined },
    limit: q.limit === undefined ? DEFAULT_PAGE_SIZE : Number(q.limit),
    afterId,
  };
}
