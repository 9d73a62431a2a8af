import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import type { FailedMessage } from '@hub/messaging';
import { type AttemptRow, type DeliveryAttempt, toAttempt } from './delivery-attempt';

export type { DeliveryAttempt } from './delivery-attempt';

/** The Kafka message a delivery came from, kept so a delivery given up on can be dead-lettered as it. */
export type SourceMessage = Omit<FailedMessage, 'eventKey'>;

/**
 * What a delivery carries to the partner: the order, or (later, never before it) its cancellation, or the coordinator's
 * review of one of its deliverables.
 */
export type DeliveryKind = 'order' | 'cancellation' | 'review';

export interface PartnerDelivery {
  id: string;
  partnerId: string;
  orderId: string;
  kind: DeliveryKind;
  /** Appended to the partner's endpoint URL (e.g. `/<id>/cancellation`); none for the order itself. */
  targetPath: string | null;
  /** What of the order it is about, when an order has several of its kind (the reviewed deliverable's id); '' otherwise. */
  subject: string;
  status: 'pending' | 'delivered' | 'failed';
  caseId: string;
  correlationId: string;
  webhookId: string;
  payload: unknown;
  attempts: number;
  createdAt: Date;
  sourceMessage: SourceMessage | null;
}

interface DeliveryRow {
  id: string;
  partner_id: string;
  order_id: string;
  kind: DeliveryKind;
  target_path: string | null;
  subject: string;
  status: PartnerDelivery['status'];
  case_id: string;
  correlation_id: string;
  webhook_id: string;
  payload: unknown;
  attempts: number;
  created_at: Date;
  source_message: SourceMessage | null;
}

const toDelivery = (r: DeliveryRow): PartnerDelivery => ({
  id: r.id,
  partnerId: r.partner_id,
  orderId: r.order_id,
  kind: r.kind,
  targetPath: r.target_path,
  subject: r.subject,
  status: r.status,
  caseId: r.case_id,
  correlationId: r.correlation_id,
  webhookId: r.webhook_id,
  payload: r.payload,
  attempts: r.attempts,
  createdAt: r.created_at,
  sourceMessage: r.source_message,
});

/**
 * Orders handed to an adapter, waiting for or past delivery to the partner. Every method takes the
 * partner id: an adapter can only ever see its own partner's orders.
 */
@Injectable()
export class DeliveryRepository {
  /**
   * Queues a delivery: 'queued' the first time; 'already-queued' for a replay of a message already handed over;
   * 'rearmed' when the delivery had been given up on and its message was replayed from the dead letters — it goes
   * pending again with a fresh give-up window, its attempts (and their record) carrying on.
   */
  async insert(tx: EntityManager, delivery: Omit<PartnerDelivery, 'attempts' | 'createdAt' | 'status'>): Promise<'queued' | 'already-queued' | 'rearmed'> {
    const rows: { inserted: boolean }[] = await tx.query(
      `INSERT INTO partner_deliveries (id, partner_id, order_id, kind, target_path, case_id, correlation_id, webhook_id, payload, source_message, subject, status)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, 'pending')
       ON CONFLICT (partner_id, order_id, kind, subject) DO UPDATE
          SET status = 'pending', next_attempt_at = now(), created_at = now(), claim_token = NULL, claimed_until = NULL
        WHERE partner_deliveries.status = 'failed'
       RETURNING (xmax = 0) AS inserted`,
      [delivery.id, delivery.partnerId, delivery.orderId, delivery.kind, delivery.targetPath, delivery.caseId, delivery.correlationId, delivery.webhookId,
        JSON.stringify(delivery.payload), JSON.stringify(delivery.sourceMessage), delivery.subject],
    );
    if (rows.length === 0) return 'already-queued';
    if (rows[0].inserted) return 'queued';
    // The insert trigger wakes the worker and the feed; an update does not, so a re-armed delivery says so itself.
    await tx.query(`SELECT pg_notify('hub_partner_delivery', $1)`, [delivery.partnerId]);
    return 'rearmed';
  }

  /** The partner's order delivery (not its cancellation); `lock` serialises the partner's callbacks about one order. */
  async findByOrder(tx: EntityManager, partnerId: string, orderId: string, lock = false): Promise<PartnerDelivery | null> {
    const rows: DeliveryRow[] = await tx.query(
      `SELECT * FROM partner_deliveries WHERE partner_id = $1 AND order_id = $2 AND kind = 'order'${lock ? ' FOR NO KEY UPDATE' : ''}`,
      [partnerId, orderId],
    );
    return rows[0] ? toDelivery(rows[0]) : null;
  }

  /**
   * Claims the next due delivery of the partner, in a statement of its own, with a lease: no transaction or row lock
   * is held while the partner is called. A delivery waits while an earlier one of the same case (by queue sequence,
   * which a re-armed delivery keeps) is pending, and a cancellation until its order has reached the partner, so it
   * never overtakes it; none is claimed while the partner asked us to slow down, its breaker is open or its endpoint
   * is disabled. The attempt is counted here, so a process that dies mid-call has still spent it.
   */
  async claim(tx: EntityManager, partnerId: string, token: string, leaseMs: number, breakerThreshold = Number.MAX_SAFE_INTEGER): Promise<PartnerDelivery | null> {
    const [rows]: [DeliveryRow[], number] = await tx.query(
      `UPDATE partner_deliveries d
          SET claim_token = $2, claimed_until = now() + ($3 || ' milliseconds')::interval, attempts = d.attempts + 1
        WHERE d.id = (
          SELECT x.id FROM partner_deliveries x
           WHERE x.partner_id = $1 AND x.status = 'pending' AND x.next_attempt_at <= now()
             AND (x.claimed_until IS NULL OR x.claimed_until < now())
             -- a cancellation goes only once its order has reached the partner, whatever order they were queued in;
             -- until then it is held, and holds nothing else back
             AND (x.kind = 'order' OR EXISTS (
               SELECT 1 FROM partner_deliveries o WHERE o.partner_id = x.partner_id AND o.order_id = x.order_id AND o.kind = 'order' AND o.status = 'delivered'))
             AND NOT EXISTS (
               SELECT 1 FROM partner_deliveries e
                WHERE e.partner_id = x.partner_id AND e.case_id = x.case_id AND e.status = 'pending' AND e.feed_seq < x.feed_seq
                  AND (e.kind = 'order' OR EXISTS (
                    SELECT 1 FROM partner_deliveries eo WHERE eo.partner_id = e.partner_id AND eo.order_id = e.order_id AND eo.kind = 'order' AND eo.status = 'delivered')))
             AND NOT EXISTS (
               SELECT 1 FROM partner_endpoints p
                WHERE p.partner_id = x.partner_id
                  AND (p.disabled_at IS NOT NULL OR p.slowed_until > now() OR p.breaker_open_until > now()
                       -- half-open: after the cool-down, one probe at a time until the partner answers again
                       OR (p.consecutive_failures >= $4::bigint AND EXISTS (
                             SELECT 1 FROM partner_deliveries f WHERE f.partner_id = p.partner_id AND f.status = 'pending' AND f.claimed_until > now()))))
           ORDER BY x.next_attempt_at LIMIT 1 FOR UPDATE SKIP LOCKED)
        RETURNING d.*`,
      [partnerId, token, String(leaseMs), breakerThreshold],
    );
    return rows[0] ? toDelivery(rows[0]) : null;
  }

  /** Extends a claim this worker still holds by `leaseMs` from now; false when it no longer holds it. */
  async renewClaim(tx: EntityManager, id: string, token: string, leaseMs: number): Promise<boolean> {
    const [, count]: [unknown[], number] = await tx.query(
      `UPDATE partner_deliveries SET claimed_until = now() + ($3 || ' milliseconds')::interval WHERE id = $1 AND claim_token = $2 AND status = 'pending'`,
      [id, token, String(leaseMs)],
    );
    return count === 1;
  }

  /** The delivery, locked, if this claim still holds it (a lease that ran out may have passed it to another worker). */
  async lockClaimed(tx: EntityManager, id: string, token: string): Promise<boolean> {
    const rows: unknown[] = await tx.query(`SELECT 1 FROM partner_deliveries WHERE id = $1 AND claim_token = $2 AND status = 'pending' FOR UPDATE`, [id, token]);
    return rows.length === 1;
  }

  async recordAttempt(tx: EntityManager, attempt: DeliveryAttempt): Promise<void> {
    await tx.query(
      `INSERT INTO delivery_attempts (delivery_id, partner_id, order_id, attempt_no, started_at, duration_ms, http_status, outcome, error, response_excerpt, channel)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11) ON CONFLICT (delivery_id, attempt_no) DO NOTHING`,
      [attempt.deliveryId, attempt.partnerId, attempt.orderId, attempt.attemptNo, attempt.startedAt, attempt.durationMs, attempt.httpStatus ?? null,
        attempt.outcome, attempt.error ?? null, attempt.excerpt ?? null, attempt.channel ?? 'push'],
    );
  }

  /** Where one of the partner's deliveries stands, for the people who run the hub. */
  async statusOf(tx: EntityManager, partnerId: string, orderId: string, kind: DeliveryKind = 'order'): Promise<DeliveryStatus | null> {
    const rows: { status: DeliveryStatus['status']; attempts: number; next_attempt_at: Date; last_error: string | null; delivered_at: Date | null }[] = await tx.query(
      `SELECT status, attempts, next_attempt_at, last_error, delivered_at FROM partner_deliveries WHERE partner_id = $1 AND order_id = $2 AND kind = $3`,
      [partnerId, orderId, kind],
    );
    const r = rows[0];
    return r ? { status: r.status, attempts: r.attempts, nextAttemptAt: r.status === 'pending' ? r.next_attempt_at : null, lastError: r.last_error, deliveredAt: r.delivered_at } : null;
  }

  /**
   * A page of the partner's feed: its pending deliveries after the cursor, in the order they were queued. Marks when
   * each was first fetched, so the record can say how long the partner took to acknowledge it.
   */
  async feedPage(tx: EntityManager, partnerId: string, after: string, limit: number): Promise<(PartnerDelivery & { feedSeq: string })[]> {
    const [rows]: [(DeliveryRow & { feed_seq: string })[], number] = await tx.query(
      `UPDATE partner_deliveries d SET first_fetched_at = COALESCE(d.first_fetched_at, now())
        WHERE d.id IN (
          SELECT x.id FROM partner_deliveries x
           WHERE x.partner_id = $1 AND x.status = 'pending'
             -- sequence numbers commit out of order: one never fetched yet is served even below the cursor
             AND (x.feed_seq > $2::bigint OR x.first_fetched_at IS NULL)
             AND (x.kind = 'order' OR EXISTS (
               SELECT 1 FROM partner_deliveries o WHERE o.partner_id = x.partner_id AND o.order_id = x.order_id AND o.kind = 'order' AND o.status = 'delivered'))
           ORDER BY x.feed_seq LIMIT $3)
        RETURNING d.*`,
      [partnerId, after, limit],
    );
    return rows.sort((a, b) => Number(BigInt(a.feed_seq) - BigInt(b.feed_seq))).map((r) => ({ ...toDelivery(r), feedSeq: String(r.feed_seq) }));
  }

  /**
   * The partner acknowledged a delivery from its feed: locked, and the attempt counted, when it is still pending;
   * with how long since it was first fetched. Null when the partner has no delivery by this id.
   */
  async takeAcknowledged(tx: EntityManager, partnerId: string, webhookId: string): Promise<{ delivery: PartnerDelivery; waitedMs: number } | null> {
    const rows: (DeliveryRow & { waited_ms: string })[] = await tx.query(
      `SELECT *, (extract(epoch FROM now() - COALESCE(first_fetched_at, now())) * 1000)::bigint AS waited_ms
         FROM partner_deliveries WHERE partner_id = $1 AND webhook_id = $2 FOR NO KEY UPDATE`,
      [partnerId, webhookId],
    );
    const row = rows[0];
    if (!row) return null;
    if (row.status === 'pending') await tx.query('UPDATE partner_deliveries SET attempts = attempts + 1 WHERE id = $1', [row.id]);
    const delivery = toDelivery(row);
    return { delivery: { ...delivery, attempts: delivery.attempts + (row.status === 'pending' ? 1 : 0) }, waitedMs: Number(row.waited_ms) };
  }

  async pendingCount(tx: EntityManager, partnerId: string): Promise<number> {
    const [row]: { count: string }[] = await tx.query(`SELECT count(*) FROM partner_deliveries WHERE partner_id = $1 AND status = 'pending'`, [partnerId]);
    return Number(row.count);
  }

  /** The partner's pending deliveries, by case: who an alert about the partner's endpoint concerns. */
  async pendingByCase(tx: EntityManager, partnerId: string): Promise<{ caseId: string; correlationId: string; orderIds: string[] }[]> {
    const rows: { case_id: string; correlation_id: string; order_ids: string[] }[] = await tx.query(
      `SELECT case_id, min(correlation_id) AS correlation_id, array_agg(DISTINCT order_id::text ORDER BY order_id::text) AS order_ids
         FROM partner_deliveries WHERE partner_id = $1 AND status = 'pending' GROUP BY case_id ORDER BY case_id`,
      [partnerId],
    );
    return rows.map((r) => ({ caseId: r.case_id, correlationId: r.correlation_id, orderIds: r.order_ids }));
  }

  /** Every attempt at delivering one of the partner's orders (or its cancellation), oldest first. */
  async attemptsOf(tx: EntityManager, partnerId: string, orderId: string, kind: DeliveryKind = 'order'): Promise<DeliveryAttempt[]> {
    const rows: AttemptRow[] = await tx.query(
      `SELECT a.* FROM delivery_attempts a JOIN partner_deliveries d ON d.id = a.delivery_id
        WHERE a.partner_id = $1 AND a.order_id = $2 AND d.kind = $3 ORDER BY a.attempt_no`,
      [partnerId, orderId, kind],
    );
    return rows.map(toAttempt);
  }

  /** Where the partner's cancellation of an order stands, if the order was cancelled. */
  async cancellationOf(tx: EntityManager, partnerId: string, orderId: string): Promise<(PartnerDelivery & { deliveredAt: Date | null }) | null> {
    const rows: (DeliveryRow & { delivered_at: Date | null })[] = await tx.query(
      `SELECT * FROM partner_deliveries WHERE partner_id = $1 AND order_id = $2 AND kind = 'cancellation'`,
      [partnerId, orderId],
    );
    return rows[0] ? { ...toDelivery(rows[0]), deliveredAt: rows[0].delivered_at } : null;
  }

  async markDelivered(tx: EntityManager, id: string): Promise<void> {
    await tx.query(
      `UPDATE partner_deliveries SET status = 'delivered', delivered_at = now(), last_error = NULL, claim_token = NULL, claimed_until = NULL WHERE id = $1`,
      [id],
    );
  }

  async scheduleRetry(tx: EntityManager, id: string, delayMs: number, error: string): Promise<void> {
    await tx.query(
      `UPDATE partner_deliveries SET next_attempt_at = now() + ($2 || ' milliseconds')::interval, last_error = $3, claim_token = NULL, claimed_until = NULL
        WHERE id = $1`,
      [id, String(delayMs), error],
    );
  }

  async markFailed(tx: EntityManager, id: string, error: string): Promise<void> {
    await tx.query(`UPDATE partner_deliveries SET status = 'failed', last_error = $2, claim_token = NULL, claimed_until = NULL WHERE id = $1`, [id, error]);
  }
}

export interface DeliveryStatus {
  status: 'pending' | 'delivered' | 'failed';
  attempts: number;
  nextAttemptAt: Date | null;
  lastError: string | null;
  deliveredAt: Date | null;
}
