import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import type { InvoiceV1 } from '@hub/contracts';
import { conflict, invalidInput, unprocessable } from '@hub/http';
import { validateQualifiedInvoice } from '@hub/invoicing';
import { CaseRepository } from '../../cases/case.repository';
import { CoreConfig } from '../../core.config';
import { OrderRepository } from '../../orders/order.repository';
import { jstDate } from '../../settlement/coverage-facts';
import { SettleInvoice } from '../../settlement/usecases/settle-invoice.usecase';
import { TimelineRepository } from '../../timeline/timeline.repository';
import { InvoiceEntity, StoredInvoiceLine } from '../invoice.entity';
import { approvalReason, INVOICEABLE_ORDER_STATUSES } from '../invoice-policy';

/**
 * A partner's invoice arrives (from its adapter, or directly). It must be a valid qualified invoice, for
 * an order of the same partner, on a case with confirmed coverage; a second invoice with the same number
 * is refused. It then either settles at once or waits for a coordinator, in the same transaction.
 */
@Injectable()
export class SubmitInvoice {
  constructor(
    private readonly dataSource: DataSource,
    private readonly config: CoreConfig,
    private readonly orders: OrderRepository,
    private readonly cases: CaseRepository,
    private readonly settle: SettleInvoice,
    private readonly timeline: TimelineRepository,
  ) {}

  async execute(request: InvoiceV1, correlationId: string): Promise<InvoiceEntity> {
    const checked = validateQualifiedInvoice({ ...request, orderRef: request.orderId }, jstDate(new Date()));
    if (!checked.ok) {
      throw invalidInput(`Invoice ${request.invoiceNumber} is not a valid qualified invoice`, checked.issues);
    }
    const { tax, lines } = checked.computed;
    return this.dataSource.transaction(async (tx) => {
      // The partner id is part of the lookup: another partner's order is indistinguishable from none.
      const order = await this.orders.findForPartnerForUpdate(tx, request.partnerId, request.orderId);
      if (!order) {
        throw unprocessable('wrong_partner_for_order', `Order ${request.orderId} is not an order of ${request.partnerId}`, [
          { field: 'orderId', reason: `is not an order of ${request.partnerId}` },
        ]);
      }
      if (!INVOICEABLE_ORDER_STATUSES.includes(order.status)) {
        throw conflict('order_not_invoiceable', `Order ${order.id} is ${order.status}; it can be invoiced once the partner has accepted it`);
      }
      const incidentCase = await this.cases.findById(tx, order.caseId);
      if (incidentCase?.coverageStatus !== 'confirmed') {
        throw conflict('coverage_not_confirmed', `Coverage for case ${order.caseId} is not confirmed; its fees cannot be settled`);
      }
      const now = new Date();
      const fields: InvoiceEntity = {
        id: randomUUID(),
        partnerId: request.partnerId,
        invoiceNumber: request.invoiceNumber,
        orderId: order.id,
        caseId: order.caseId,
        policyId: incidentCase.policyId,
        issueDate: request.issueDate,
        registrationNumber: request.issuerRegistrationNumber,
        roundingMode: request.roundingMode,
        lines: request.lines.map((line, i): StoredInvoiceLine => ({ ...line, ...lines[i], lineNo: i + 1 })),
        netYen: tax.netYen,
        taxYen: tax.taxYen,
        grossYen: tax.grossYen,
        state: 'submitted',
        stateReason: null,
        recoveryDueYen: 0,
        submittedAt: now,
        updatedAt: now,
      };
      const invoice = Object.assign(new InvoiceEntity(), fields);
      const inserted = await tx
        .createQueryBuilder()
        .insert()
        .into(InvoiceEntity)
        .values(invoice)
        .orIgnore()
        .returning('id')
        .execute();
      if (inserted.raw.length === 0) {
        throw conflict('duplicate_invoice_number', `${request.partnerId} already submitted invoice ${request.invoiceNumber}`);
      }
      await this.timeline.append(tx, {
        caseId: invoice.caseId,
        orderId: invoice.orderId,
        kind: 'invoice_submitted',
        actor: `partner:${invoice.partnerId}`,
        note: `invoice ${invoice.invoiceNumber}: ¥${invoice.grossYen.toLocaleString('ja-JP')}`,
        occurredAt: now,
      });
      const holdReason = approvalReason(invoice.grossYen, order.estimateYen, {
        approvalThresholdYen: this.config.INVOICE_APPROVAL_THRESHOLD_YEN,
        estimateTolerancePercent: this.config.INVOICE_ESTIMATE_TOLERANCE_PERCENT,
      });
      if (holdReason) {
        invoice.state = 'awaiting_approval';
        invoice.stateReason = holdReason;
        await tx.getRepository(InvoiceEntity).save(invoice);
        return invoice;
      }
      await this.settle.execute(tx, invoice, correlationId, incidentCase);
      return invoice;
    });
  }
}
