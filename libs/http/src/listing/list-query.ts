import { contractValidator, describeIssues, type SchemaRef } from '@hub/contracts';
import { invalidInput } from '../http-errors';
import { decodeKeyset, type Keyset, type KeysetList } from './keyset';

/** What every list takes besides its filters. */
export interface PagedQuery {
  limit?: string;
  cursor?: string;
}

export interface PageRequest {
  limit: number;
  /** The last row of the page before; absent for the first page. */
  after?: Keyset;
}

export interface ParsedListQuery<Q> {
  query: Q;
  page: PageRequest;
  /** `from` inclusive, `to` exclusive, when asked for. */
  range: { from?: Date; to?: Date };
}

export const DEFAULT_PAGE_SIZE = 50;
const MAX_PAGE_SIZE = 200;

/**
 * A list's query checked against its contract where it enters: a misspelt or repeated parameter is refused naming it,
 * never ignored (it would widen the answer). The patterns of `limit` and `q` are exact but unreadable, so their
 * reasons are said in words (`maxLimit` is the contract's).
 */
export function checkQuery<Q>(contract: SchemaRef, query: unknown, maxLimit: number): Q {
  const check = contractValidator().validate<Q>(contract, query ?? {});
  if (check.ok) return check.value;
  const readable: Record<string, string> = { limit: `must be a whole number from 1 to ${maxLimit}`, q: 'must not contain control characters (such as NUL)' };
  const reasons = check.issues.map((i) => (readable[i.field] && i.reason.startsWith('must match the pattern') ? { field: i.field, reason: readable[i.field] } : i));
  const issues = reasons.filter((issue, i) => reasons.findIndex((o) => o.field === issue.field && o.reason === issue.reason) === i);
  throw invalidInput(`Query is invalid: ${describeIssues(issues)}`, issues);
}

export function cursorRefused(field = 'cursor', reason = 'must be a nextCursor this API returned'): Error {
  return invalidInput(`${field} is not one this API returned`, [{ field, reason }]);
}

/** A list's query (filters, `from`/`to`, `limit` 1 to 200, 50 when absent, and `cursor`), checked and turned into a page. */
export function parseListQuery<Q extends PagedQuery & { from?: string; to?: string }>(contract: SchemaRef, query: unknown, list: KeysetList): ParsedListQuery<Q> {
  const q = checkQuery<Q>(contract, query, MAX_PAGE_SIZE);
  const after = q.cursor === undefined ? undefined : decodeKeyset(list, q.cursor);
  if (after === null) throw cursorRefused();
  const range = { from: q.from === undefined ? undefined : new Date(q.from), to: q.to === undefined ? undefined : new Date(q.to) };
  if (range.from && range.to && range.from >= range.to) throw invalidInput('to must be later than from', [{ field: 'to', reason: 'must be later than from' }]);
  return { query: q, page: { limit: q.limit === undefined ? DEFAULT_PAGE_SIZE : Number(q.limit), after }, range };
}
