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
  async claim(tx: EntityManager, partnerId: string, webhookId: string, kind: 'status' | 'invoice' | 'submission' = 'status'): Promise<boolean> {
    const rows: unknown[] = await tx.query(
      `INSERT INTO inbound_webhooks (partner_id, webhook_id, kind) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING RETURNING webhook_id`,
      [partnerId, webhookId, kind],
    );
    return rows.length === 1;
  }

  /**
   * What the partner said before about this order, and whether this webhook-id was seen already (with its answer),
   * in one read. Callers hold the order's delivery row, so no other callback about the order is judged meanwhile.
   */
  async historyOf(tx: EntityManager, partnerId: string, orderId: string, webhookId: string): Promise<{ reports: PartnerReport[]; seen: { outcome: CallbackOutcomeV1['outcome']; reasonCode: string | null; reason: string | null } | null }> {
    const rows: { status: PartnerReport['status']; milestone: string | null; webhook_id: string; outcome: CallbackOutcomeV1['outcome']; reason_code: string | null; reason: string | null }[] = await tx.query(
      `SELECT status, milestone, webhook_id, outcome, reason_code, reason FROM inbound_webhooks
        WHERE partner_id = $1 AND (webhook_id = $3 OR (order_id = $2 AND outcome = 'accepted'))
        ORDER BY reported_at, received_at`,
      [partnerId, orderId, webhookId],
    );
    const seen = rows.find((r) => r.webhook_id === webhookId);
    return {
      reports: rows.filter((r) => r.webhook_id !== webhookId).map((r) => ({ status: r.status, milestone: r.milestone })),
      seen: seen ? { outcome: seen.outcome, reasonCode: seen.reason_code, reason: seen.reason } : null,
    };
  }

  /**
   * Claims the webhook-id with what it reported and the adapter's answer, in one statement; false when the id was
   * claimed meanwhile (then nothing of this attempt may commit).
   */
  async recordCallback(tx: EntityManager, partnerId: string, webhookId: string, nativeVersion: number, status: OrderStatusChangedV1, answer: CallbackAnswer): Promise<boolean> {
    const rows: unknown[] = await tx.query(
      `INSERT INTO inbound_webhooks (partner_id, webhook_id, kind, order_id, native_version, status, milestone, reported_at, outcome, reason_code, reason, event_id)
       VALUES ($1, $2, 'status', $3, $4, $5, $6, $7, $8, $9, $10, $11) ON CONFLICT DO NOTHING RETURNING webhook_id`,
      [partnerId, webhookId, status.orderId, nativeVersion, status.status, status.milestone ?? null, status.reportedAt, answer.outcome,
        answer.outcome === 'refused' ? answer.code : null, answer.outcome === 'refused' ? answer.reason : null, answer.outcome === 'accepted' ? answer.eventId : null],
    );
    return rows.length === 1;
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

  async recordPlacement(tx: EntityManager, partnerId: string, placed: PartnerUpdatePlacedV1): Promise<void> {
    await tx.query(
      `UPDATE inbound_webhooks SET core_outcome = $3, core_note = $4, core_decided_at = $5 WHERE partner_id = $1 AND event_id = $2`,
      [partnerId, placed.statusEventId, placed.placement, placed.note ?? null, placed.placedAt],
    );
  }

  async outcomeOf(tx: EntityManager, partnerId: string, webhookId: string): Promise<CallbackOutcomeV1 | null> {
    // A submission of deliverables was answered in full when it was received (its receipt): there is nothing to read back.
    const rows: CallbackRow[] = await tx.query(`SELECT * FROM inbound_webhooks WHERE partner_id = $1 AND webhook_id = $2 AND kind <> 'submission'`, [partnerId, webhookId]);
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
