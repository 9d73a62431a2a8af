import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import type { FailedMessage } from '@hub/messaging';

/** The Kafka message a delivery came from, kept so a delivery given up on can be dead-lettered as it. */
export type SourceMessage = Omit<FailedMessage, 'eventKey'>;

export interface PartnerDelivery {
  id: string;
  partnerId: string;
  orderId: string;
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
  /** Returns false when this order was already handed over (a replay of order.issued). */
  async insert(tx: EntityManager, delivery: Omit<PartnerDelivery, 'attempts' | 'createdAt'>): Promise<boolean> {
    const rows: unknown[] = await tx.query(
      `INSERT INTO partner_deliveries (id, partner_id, order_id, case_id, correlation_id, webhook_id, payload, source_message, status)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, 'pending') ON CONFLICT (partner_id, order_id) DO NOTHING RETURNING id`,
      [delivery.id, delivery.partnerId, delivery.orderId, delivery.caseId, delivery.correlationId, delivery.webhookId,
        JSON.stringify(delivery.payload), JSON.stringify(delivery.sourceMessage)],
    );
    return rows.length === 1;
  }

  async findByOrder(tx: EntityManager, partnerId: string, orderId: string): Promise<PartnerDelivery | null> {
    const rows: DeliveryRow[] = await tx.query(
      'SELECT * FROM partner_deliveries WHERE partner_id = $1 AND order_id = $2',
      [partnerId, orderId],
    );
    return rows[0] ? toDelivery(rows[0]) : null;
  }

  /** Claims one due delivery; the row stays locked (others skip it) until the caller's transaction ends. */
  async claimDue(tx: EntityManager, partnerId: string): Promise<PartnerDelivery | null> {
    const rows: DeliveryRow[] = await tx.query(
      `SELECT * FROM partner_deliveries
        WHERE partner_id = $1 AND status = 'pending' AND next_attempt_at <= now()
        ORDER BY next_attempt_at LIMIT 1 FOR UPDATE SKIP LOCKED`,
      [partnerId],
    );
    return rows[0] ? toDelivery(rows[0]) : null;
  }

  async markDelivered(tx: EntityManager, id: string, attempts: number): Promise<void> {
    await tx.query(
      `UPDATE partner_deliveries SET status = 'delivered', attempts = $2, delivered_at = now(), last_error = NULL WHERE id = $1`,
      [id, attempts],
    );
  }

  async scheduleRetry(tx: EntityManager, id: string, attempts: number, delayMs: number, error: string): Promise<void> {
    await tx.query(
      `UPDATE partner_deliveries SET attempts = $2, next_attempt_at = now() + ($3 || ' milliseconds')::interval, last_error = $4
        WHERE id = $1`,
      [id, attempts, String(delayMs), error],
    );
  }

  async markFailed(tx: EntityManager, id: string, attempts: number, error: string): Promise<void> {
    await tx.query(`UPDATE partner_deliveries SET status = 'failed', attempts = $2, last_error = $3 WHERE id = $1`, [
      id,
      attempts,
      error,
    ]);
  }
}
