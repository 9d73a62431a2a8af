/**
 * GET /deliveries in an adapter's API document: its query, as contracts/http/adapter/delivery-attempt-query.v1 has it
 * (a unit test keeps the two the same), and what changed for the clients of the documents before it. The filters anyone
 * can use as they are have examples (issue 12): the engagement requests the partner took from its feed, a page of 20;
 * an order, a cursor and a time window are the caller's own.
 */
const query = (name: string, description: string, schema: Record<string, unknown>, example?: string) => ({
  name,
  in: 'query',
  required: false,
  description,
  schema,
  ...(example === undefined ? {} : { example }),
});

export const DELIVERY_LIST_PARAMETERS = [
  query('orderId', 'Only attempts at delivering this order, its cancellation or reviews of its deliverables.', { type: 'string', format: 'uuid' }),
  query('kind', 'Only attempts at delivering this: the order, its cancellation, or a review of one of its deliverables.', { type: 'string', enum: ['order', 'cancellation', 'review'] }, 'order'),
  query('outcome', "Only attempts that ended so (the attempt's outcome).", { type: 'string', enum: ['delivered', 'overloaded', 'failed', 'refused', 'unreachable', 'gone'] }, 'delivered'),
  query('channel', "Only attempts pushed to the partner's endpoint (push), or fetched from its feed and acknowledged (poll).", { type: 'string', enum: ['push', 'poll'] }, 'poll'),
  query('from', 'Only attempts started at or after this instant.', { type: 'string', format: 'date-time' }),
  query('to', 'Only attempts started before this instant (later than from).', { type: 'string', format: 'date-time' }),
  query('limit', 'Page size, 1 to 200; 50 when absent.', { type: 'string', pattern: '^(?:[1-9]|[1-9][0-9]|1[0-9][0-9]|200)$' }, '20'),
  query('cursor', 'The nextCursor of the previous page; keep the other parameters as they were.', { type: 'string', minLength: 1, maxLength: 200 }),
];

export const DELIVERY_LIST_DESCRIPTION = [
  "The partner's attempts (this adapter's partner's only), newest first by (startedAt, attemptId), both descending: a page",
  'continues strictly after the last attempt of the one before, so following nextCursor returns every attempt once and',
  'none twice, also while attempts are recorded in between (one started after the place the reading reached comes in the',
  'next reading from the top). The query is DeliveryAttemptQueryV1: a parameter not listed, or given twice, is refused',
  '(400) rather than ignored.',
].join(' ');

export const DELIVERY_LIST_REFUSALS =
  'A parameter not listed or given twice, a value its schema refuses, limit not a whole number from 1 to 200, to not later than from, or a cursor this list did not return (error validation_failed, naming the parameter).';

/** Said in the document's info.description: the answer is no longer everything up to 500 attempts at once. */
export const DELIVERY_LIST_CHANGE = [
  'GET /deliveries answers one page at a time (issue 10; DeliveryAttemptListV4, with nextCursor and each attempt\'s',
  'attemptId): filtered by orderId, kind, outcome, channel and from/to, at most 200 attempts a page, 50 when no limit is',
  'asked. A breaking change from the documents before it for clients that expected every attempt, up to 500, in one answer:',
  'limit above 200 is refused (400), and the rest is read by following nextCursor.',
];
