import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { ConfirmPaymentRequestV1 } from '@hub/contracts';
import { conflict, notFound, unprocessable } from '@hub/http';
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

  execute(target: PaymentTarget, request: ConfirmPaymentRequestV1): Promise<InvoiceEntity> {
    return this.dataSource.transaction(async (tx) => {
      const payout = await this.findPayout(tx, target);
      const invoice = (await this.invoices.findForUpdate(tx, payout.invoiceId)) as InvoiceEntity;
      if (payout.state === 'paid') {
        throw conflict('payout_already_paid', `Payout ${payout.id} was already confirmed as paid (${payout.paymentReference})`);
      }
      if (payout.state === 'cancelled') throw conflict('payout_cancelled', `Payout ${payout.id} was amended to ¥0 by a credit note; there is nothing to pay`);
      if (request.amountYen !== payout.amountYen) {
        throw unprocessable('amount_mismatch', `The payout instructed is ¥${payout.amountYen.toLocaleString('ja-JP')}, not ¥${request.amountYen.toLocaleString('ja-JP')}`, [
          { field: 'amountYen', reason: `must equal the instructed ¥${payout.amountYen}` },
        ]);
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
        actor: `insurer:${request.confirmedBy}`,
        note: `¥${payout.amountYen.toLocaleString('ja-JP')} to ${payout.payeeName} (${request.paymentReference})`,
        occurredAt: payout.paidAt,
      });
      return this.invoices.save(tx, invoice);
    });
  }

  private async findPayout(tx: Parameters<InvoiceRepository['payoutForUpdate']>[0], target: PaymentTarget): Promise<PayoutEntity> {
    if ('payoutId' in target) {
      const payout = await this.invoices.payoutForUpdate(tx, target.payoutId);
      if (!payout) throw notFound('Payout', target.payoutId);
      return payout;
    }
    const invoice = await this.invoices.findById(tx, target.invoiceId);
    if (!invoice) throw notFound('Invoice', target.invoiceId);
    const payouts = await this.invoices.payoutsForUpdate(tx, target.invoiceId);
    const unpaid = payouts.filter((p) => p.state === 'instructed');
    if (unpaid.length > 1) {
      throw conflict('several_payouts_unpaid', `Invoice ${target.invoiceId} has ${unpaid.length} unpaid payouts (${unpaid.map((p) => p.id).join(', ')}); confirm each with POST /payouts/{payoutId}/confirm-payment`);
    }
    const payout = unpaid[0] ?? payouts.at(-1);
    if (!payout) throw conflict('no_payout', `Invoice ${target.invoiceId} has no payout to confirm (it is ${invoice.state})`);
    return payout;
  }
}
