import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { type AttemptRow, type DeliveryAttempt, toAttempt } from './delivery-attempt';
import { type AttemptKeyset, instantText } from './delivery-attempt-cursor';
import type { DeliveryAttemptFilter, DeliveryAttemptPageRequest } from './delivery-attempt-query';
import type { DeliveryKind } from './delivery.repository';

/** An attempt as GET /deliveries lists it: with its id, what it delivered, and the keyset a page can end on. */
export interface ListedAttempt {
  attemptId: string;
  kind: DeliveryKind;
  attempt: DeliveryAttempt;
  keyset: AttemptKeyset;
}

type ListedRow = AttemptRow & { attempt_id: string; keyset_at: string; kind: DeliveryKind };

/**
 * The SQL of one page of the partner's attempts, newest first by (started_at, id), both descending: the order the
 * (partner_id, started_at, id) index keeps, so a page deep in the record costs one index range scan like the first (no
 * OFFSET re-reading what came before). A page continues strictly after the last row of the one before, a position
 * attempts recorded meanwhile never take, so paging on returns each attempt once. It fetches `limit + 1` rows: the extra
 * one only says another page follows. The order and kind filters are on the delivery, whose (partner_id, order_id, …)
 * key finds one order's few attempts without walking the partner's record.
 */
export function attemptPageQuery(partnerId: string, filter: DeliveryAttemptFilter, page: DeliveryAttemptPageRequest): { sql: string; params: unknown[] } {
  const params: unknown[] = [partnerId];
  const bind = (value: unknown): string => `$${params.push(value)}`;
  const conditions = ['a.partner_id = $1', 'd.partner_id = $1'];
  if (filter.orderId !== undefined) conditions.push(`d.order_id = ${bind(filter.orderId)}`);
  if (filter.kind !== undefined) conditions.push(`d.kind = ${bind(filter.kind)}`);
  if (filter.outcome !== undefined) conditions.push(`a.outcome = ${bind(filter.outcome)}`);
  if (filter.channel !== undefined) conditions.push(`a.channel = ${bind(filter.channel)}`);
  if (filter.from !== undefined) conditions.push(`a.started_at >= ${bind(filter.from)}`);
  if (filter.to !== undefined) conditions.push(`a.started_at < ${bind(filter.to)}`);
  if (page.after) conditions.push(`(a.started_at, a.id) < (CAST(${bind(page.after.startedAt)} AS timestamptz), CAST(${bind(page.after.id)} AS bigint))`);
  const sql =
    `SELECT a.*, a.id::text AS attempt_id, ${instantText('a.started_at')} AS keyset_at, d.kind` +
    ` FROM delivery_attempts a JOIN partner_deliveries d ON d.id = a.delivery_id` +
    ` WHERE ${conditions.join(' AND ')}` +
    ` ORDER BY a.started_at DESC, a.id DESC LIMIT ${bind(page.limit + 1)}`;
  return { sql, params };
}

/**
 * The partner's delivery attempts as a list, a page at a time, for the people who run the hub. The partner id is a
 * required argument: an adapter can only ever list its own partner's attempts.
 */
@Injectable()
export class DeliveryAttemptListRepository {
  /** One page, in one statement, and whether another follows (`limit + 1` rows came back). */
  async page(tx: EntityManager, partnerId: string, filter: DeliveryAttemptFilter, page: DeliveryAttemptPageRequest): Promise<{ attempts: ListedAttempt[]; more: boolean }> {
    const { sql, params } = attemptPageQuery(partnerId, filter, page);
    const rows: ListedRow[] = await tx.query(sql, params);
    const attempts = rows.slice(0, page.limit).map((r) => ({ attemptId: r.attempt_id, kind: r.kind, attempt: toAttempt(r), keyset: { startedAt: r.keyset_at, id: r.attempt_id } }));
    return { attempts, more: rows.length > page.limit };
  }
}
