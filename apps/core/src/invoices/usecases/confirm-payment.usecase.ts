import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { ConfirmPaymentRequestV1 } from '@hub/contracts';
import { conflict, notFound, unprocessable } from '@hub/http';
import { TimelineRepository } from '../../timeline/timeline.repository';
import { InvoiceEntity } from '../invoice.entity';
import { InvoiceRepository } from '../invoice.repository';
import { PayoutEntity } from '../payout.entity';

/** The insurer confirms it paid an instructed payout, for exactly the instructed amount. */
@Injectable()
export class ConfirmPayment {
  constructor(
    private readonly dataSource: DataSource,
    private readonly invoices: InvoiceRepository,
    private readonly timeline: TimelineRepository,
  ) {}

  execute(invoiceId: string, request: ConfirmPaymentRequestV1): Promise<InvoiceEntity> {
    return this.dataSource.transaction(async (tx) => {
      const invoice = await this.invoices.findForUpdate(tx, invoiceId);
      if (!invoice) throw notFound('Invoice', invoiceId);
      const payout = await this.invoices.payoutForUpdate(tx, invoiceId);
      if (!payout) throw conflict('no_payout', `Invoice ${invoiceId} has no payout to confirm (it is ${invoice.state})`);
      if (payout.state === 'paid') {
        throw conflict('payout_already_paid', `The payout for invoice ${invoiceId} was already confirmed as paid (${payout.paymentReference})`);
      }
      if (request.amountYen !== payout.amountYen) {
        throw unprocessable('amount_mismatch', `The payout instructed is ¥${payout.amountYen.toLocaleString('ja-JP')}, not ¥${request.amountYen.toLocaleString('ja-JP')}`, [
          { field: 'amountYen', reason: `must equal the instructed ¥${payout.amountYen}` },
        ]);
      }
      payout.state = 'paid';
      payout.paymentReference = request.paymentReference;
      payout.paidAt = new Date(request.paidAt);
      await tx.getRepository(PayoutEntity).save(payout);
      invoice.state = 'paid';
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
}
