import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { type ActorContext, actorLabel } from '@hub/auth';
import type { ConfirmPaymentRequestV2 } from '@hub/contracts';
import { conflict, notFound, unprocessable } from '@hub/refusals';
import { TimelineRepository } from '../../timeline/timeline.repository';
import { InvoiceEntity } from '../invoice.entity';
import { InvoiceRepository } from '../invoice.repository';
import { PayoutEntity } from '../payout.entity';

/** Which payout the insurer confirms: one by its id, or an invoice's only unpaid one. */
export type PaymentTarget = { payoutId: string } | { invoiceId: string };

/**
 * The insurer confirms it paid an instructed payout, for exactly the amount instructed now (after any amendment).
 * An invoice is paid once none of its payouts waits any more; with a settlement and a supplementary payout both
 * unpaid, each is confirmed by its own id.
 */
@Injectable()
export class ConfirmPayment {
  constructor(
    private readonly dataSource: DataSource,
    private readonly invoices: InvoiceRepository,
    private readonly timeline: TimelineRepository,
  ) {}

  execute(target: PaymentTarget, request: ConfirmPaymentRequestV2, context: ActorContext): Promise<InvoiceEntity> {
    return this.dataSource.transaction((tx) => this.executeIn(tx, target, request, context));
  }

  /** The same, in the caller's transaction: the Kafka inbox's, so the confirmation and the event's claim commit together. */
  async executeIn(tx: EntityManager, target: PaymentTarget, request: ConfirmPaymentRequestV2, { actor }: ActorContext): Promise<InvoiceEntity> {
    // The invoice's row first, then its payouts: the order a credit note amending them takes too.
    const invoiceId = await this.invoiceIdOf(tx, target);
    const invoice = await this.invoices.findForUpdate(tx, invoiceId);
    if (!invoice) throw notFound('Invoice', invoiceId);
    const payout = await this.payoutOf(tx, invoice, target);
    if (payout.state === 'paid') {
      throw conflict('payout_already_paid', `Payout ${payout.id} was already confirmed as paid (${payout.paymentReference})`);
    }
    // The insurer may have paid an amount the hub has since amended down (its payment run and the credit note
    // crossed): that payment is recorded as made, and what it paid beyond the amended amount becomes a recovery due.
    const amendments = (await this.invoices.amendmentsOf(tx, [payout.id])).get(payout.id) ?? [];
    const payable = [payout.amountYen, ...amendments.map((a) => a.fromYen)];
    if (payout.state === 'cancelled' && !amendments.some((a) => a.fromYen === request.amountYen)) {
      throw conflict('payout_cancelled', `Payout ${payout.id} was amended to ¥0 by a credit note; there is nothing to pay`);
    }
    if (!payable.includes(request.amountYen)) {
      throw unprocessable('amount_mismatch', `The payout instructed is ¥${payout.amountYen.toLocaleString('ja-JP')}, not ¥${request.amountYen.toLocaleString('ja-JP')}`, [
        { field: 'amountYen', reason: `must equal the instructed ¥${payout.amountYen}${amendments.length > 0 ? ` (or an amount it had before an amendment: ${amendments.map((a) => `¥${a.fromYen}`).join(', ')})` : ''}` },
      ]);
    }
    const overpaidYen = request.amountYen - payout.amountYen;
    if (overpaidYen > 0) {
      invoice.recoveryDueYen += overpaidYen;
      payout.amountYen = request.amountYen;
      // The amendments the payment overtook, newest first, reduced nothing after all: their credit notes' yen
      // become a recovery due, so each note's record says what happened to the cover it released.
      let left = overpaidYen;
      for (const amendment of [...amendments].reverse()) {
        const overtaken = Math.min(left, amendment.fromYen - amendment.toYen);
        if (overtaken > 0) await this.invoices.reclassifyAsRecovery(tx, amendment.creditNoteId, overtaken);
        left -= overtaken;
      }
    }
    payout.state = 'paid';
    payout.paymentReference = request.paymentReference;
    payout.paidAt = new Date(request.paidAt);
    await this.invoices.savePayout(tx, payout);
    const waiting = (await this.invoices.payoutsOf(tx, invoice.id)).some((p) => p.id !== payout.id && p.state === 'instructed');
    if (!waiting && invoice.state !== 'credited') invoice.state = 'paid';
    invoice.updatedAt = new Date();
    await this.timeline.append(tx, {
      caseId: invoice.caseId,
      orderId: invoice.orderId,
      kind: 'payout_paid',
      actor: actorLabel(actor),
      note: `¥${payout.amountYen.toLocaleString('ja-JP')} to ${payout.payeeName} (${request.paymentReference})${overpaidYen > 0 ? `, ¥${overpaidYen.toLocaleString('ja-JP')} more than amended: to recover` : ''}`,
      occurredAt: payout.paidAt,
    });
    return this.invoices.save(tx, invoice);
  }

  private async invoiceIdOf(tx: EntityManager, target: PaymentTarget): Promise<string> {
    if ('invoiceId' in target) return target.invoiceId;
    const payout = await this.invoices.payoutById(tx, target.payoutId);
    if (!payout) throw notFound('Payout', target.payoutId);
    return payout.invoiceId;
  }

  private async payoutOf(tx: EntityManager, invoice: InvoiceEntity, target: PaymentTarget): Promise<PayoutEntity> {
    const payouts = await this.invoices.payoutsForUpdate(tx, invoice.id);
    if ('payoutId' in target) return payouts.find((p) => p.id === target.payoutId) as PayoutEntity;
    const unpaid = payouts.filter((p) => p.state === 'instructed');
    if (unpaid.length > 1) {
      throw conflict('several_payouts_unpaid', `Invoice ${invoice.id} has ${unpaid.length} unpaid payouts (${unpaid.map((p) => p.id).join(', ')}); confirm each with POST /payouts/{payoutId}/confirm-payment`);
    }
    // With none unpaid, the answer names the latest payout: already paid, or cancelled by a credit note.
    const payout = unpaid[0] ?? payouts.at(-1);
    if (!payout) throw conflict('no_payout', `Invoice ${invoice.id} has no payout to confirm (it is ${invoice.state})`);
    return payout;
  }
}
