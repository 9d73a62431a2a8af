import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import type { CallbackOutcomeV1, InvoiceOutcomeV1, OrderStatusChangedV1, PartnerUpdatePlacedV1 } from '@hub/contracts';
import type { PartnerReport } from '@hub/partners';

/** The adapter's answer to a callback: passed on to core, a repeat that counts once, or refused (409). */
export type CallbackAnswer = { outcome: 'accepted'; eventId: string } | { outcome: 'repeated' } | { outcome: 'refused'; code: string; reason: string };

interface CallbackRow {
  partner_id: string;
  webhook_id: string;
  kind: CallbackOutcomeV1['kind'];
  received_at: Date;
  order_id: string | null;
  outcome: CallbackOutcomeV1['outcome'];
  reason_code: string | null;
  reason: string | null;
  event_id: string | null;
  core_outcome: CallbackOutcomeV1['core']['result'];
  core_code: string | null;
  core_note: string | null;
  invoice_id: string | null;
  core_decided_at: Date | null;
}

/**
 * Every callback (and invoice) a partner sent, by webhook-id: the claim that makes a resent one have no second effect,
 * what it reported, the adapter's answer and, once core has decided, core's. Every method takes the partner id.
 */
@Injectable()
export class CallbackRecordRepository {
  /** True the first time this partner's webhook id is seen; false for a replay. */
  async claim(tx: EntityManager, partnerId: string, webhookId: string): Promise<boolean> {
    const rows: unknown[] = await tx.query(
      `INSERT INTO inbound_webhooks (partner_id, webhook_id) VALUES ($1, $2) ON CONFLICT DO NOTHING RETURNING webhook_id`,
      [partnerId, webhookId],
    );
    return rows.length === 1;
  }

  async recordAnswer(tx: EntityManager, partnerId: string, webhookId: string, nativeVersion: number, status: OrderStatusChangedV1, answer: CallbackAnswer): Promise<void> {
    await tx.query(
      `UPDATE inbound_webhooks
          SET order_id = $3, native_version = $4, status = $5, milestone = $6, reported_at = $7, outcome = $8, reason_code = $9, reason = $10, event_id = $11
        WHERE partner_id = $1 AND webhook_id = $2`,
      [partnerId, webhookId, status.orderId, nativeVersion, status.status, status.milestone ?? null, status.reportedAt, answer.outcome,
        answer.outcome === 'refused' ? answer.code : null, answer.outcome === 'refused' ? answer.reason : null, answer.outcome === 'accepted' ? answer.eventId : null],
    );
  }

  /** An invoice the adapter passed to core as `eventId`. */
  async recordInvoice(tx: EntityManager, partnerId: string, webhookId: string, nativeVersion: number, orderId: string, eventId: string): Promise<void> {
    await tx.query(
      `UPDATE inbound_webhooks SET kind = 'invoice', order_id = $3, native_version = $4, outcome = 'accepted', event_id = $5 WHERE partner_id = $1 AND webhook_id = $2`,
      [partnerId, webhookId, orderId, nativeVersion, eventId],
    );
  }

  /** Core's decision on an invoice, kept with the request it came in. */
  async recordInvoiceOutcome(tx: EntityManager, partnerId: string, decided: InvoiceOutcomeV1): Promise<void> {
    const note = decided.refusal
      ? decided.refusal.message
      : `invoice ${decided.invoiceNumber} ${decided.state ?? 'stored'}: covered ¥${decided.coveredYen ?? 0}, retained ¥${decided.retainedYen ?? 0}`;
    await tx.query(
      `UPDATE inbound_webhooks SET core_outcome = $3, core_code = $4, core_note = $5, invoice_id = $6, core_decided_at = $7 WHERE partner_id = $1 AND event_id = $2`,
      [partnerId, decided.submittedEventId, decided.outcome, decided.refusal?.code ?? null, note.slice(0, 2000), decided.invoiceId ?? null, decided.decidedAt],
    );
  }

  /** What the partner reported on the order in callbacks the adapter passed on, oldest report first. */
  async reportsOf(tx: EntityManager, partnerId: string, orderId: string): Promise<PartnerReport[]> {
    return tx.query(
      `SELECT status, milestone FROM inbound_webhooks WHERE partner_id = $1 AND order_id = $2 AND outcome = 'accepted' ORDER BY reported_at, received_at`,
      [partnerId, orderId],
    );
  }

  async recordPlacement(tx: EntityManager, partnerId: string, placed: PartnerUpdatePlacedV1): Promise<void> {
    await tx.query(
      `UPDATE inbound_webhooks SET core_outcome = $3, core_note = $4, core_decided_at = $5 WHERE partner_id = $1 AND event_id = $2`,
      [partnerId, placed.statusEventId, placed.placement, placed.note ?? null, placed.placedAt],
    );
  }

  async outcomeOf(tx: EntityManager, partnerId: string, webhookId: string): Promise<CallbackOutcomeV1 | null> {
    const rows: CallbackRow[] = await tx.query('SELECT * FROM inbound_webhooks WHERE partner_id = $1 AND webhook_id = $2', [partnerId, webhookId]);
    const r = rows[0];
    if (!r) return null;
    return {
      webhookId: r.webhook_id,
      partnerId: r.partner_id,
      kind: r.kind,
      orderId: r.order_id,
      receivedAt: r.received_at.toISOString(),
      outcome: r.outcome,
      reasonCode: r.reason_code,
      reason: r.reason,
      eventId: r.event_id,
      core: { result: r.core_outcome, code: r.core_code, note: r.core_note, invoiceId: r.invoice_id, decidedAt: r.core_decided_at?.toISOString() ?? null },
    };
  }
}
