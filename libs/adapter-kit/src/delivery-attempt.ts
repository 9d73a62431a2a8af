import type { DeliveryOutcome } from './partner-endpoint.client';

/** One attempt at delivering to the partner, as the record keeps it (a row of delivery_attempts). */
export interface DeliveryAttempt {
  deliveryId: string;
  partnerId: string;
  orderId: string;
  attemptNo: number;
  startedAt: Date;
  durationMs: number;
  httpStatus?: number;
  outcome: DeliveryOutcome;
  error?: string;
  excerpt?: string;
  /** push: the adapter called the partner; poll: the partner fetched it from its feed and acknowledged it. */
  channel?: 'push' | 'poll';
}

/** A delivery_attempts row as PostgreSQL gives it; read by the repositories of the record only. */
export interface AttemptRow {
  delivery_id: string;
  partner_id: string;
  order_id: string;
  attempt_no: number;
  started_at: Date;
  duration_ms: number;
  http_status: number | null;
  outcome: DeliveryOutcome;
  error: string | null;
  response_excerpt: string | null;
  channel: 'push' | 'poll';
}

export const toAttempt = (r: AttemptRow): DeliveryAttempt => ({
  deliveryId: r.delivery_id,
  partnerId: r.partner_id,
  orderId: r.order_id,
  attemptNo: r.attempt_no,
  startedAt: r.started_at,
  durationMs: r.duration_ms,
  ...(r.http_status !== null ? { httpStatus: r.http_status } : {}),
  outcome: r.outcome,
  ...(r.error !== null ? { error: r.error } : {}),
  ...(r.response_excerpt !== null ? { excerpt: r.response_excerpt } : {}),
  channel: r.channel,
});
