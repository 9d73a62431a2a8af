import { Injectable, Logger } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { type ActorContext, actorLabel } from '@hub/auth';
import { conflict, forbidden, notFound } from '@hub/refusals';
import { OrderRepository } from '../../orders/order.repository';
import { PolicyGroupCommit } from '../../settlement/policy-group-commit';
import { SettleInvoice } from '../../settlement/usecases/settle-invoice.usecase';
import { TimelineRepository } from '../../timeline/timeline.repository';
import { InvoiceEntity } from '../invoice.entity';
import { InvoiceRepository } from '../invoice.repository';

export type ApprovalCommand =
  | { invoiceId: string; verdict: 'approve'; note?: string }
  | { invoiceId: string; verdict: 'reject'; reason: string };

/**
 * An approver approves a held invoice (it settles now, first come first served from this moment) or rejects it. An
 * approval commits the insurer's money only up to the approver's authority limit (`approval_limit_yen` of their
 * sign-in), counted as the yen the settlement covers; a larger one waits for someone with a higher limit, unchanged.
 * Rejecting spends nothing, so needs no limit.
 */
@Injectable()
export class DecideApproval {
  private readonly logger = new Logger(DecideApproval.name);

  constructor(
    private readonly dataSource: DataSource,
    private readonly invoices: InvoiceRepository,
    private readonly settle: SettleInvoice,
    private readonly orders: OrderRepository,
    private readonly groupCommit: PolicyGroupCommit,
    private readonly timeline: TimelineRepository,
  ) {}

  /**
   * Joins the invoice's policy's group commit (PolicyGroupCommit): the policy's lock before the invoice's row, the order
   * every ledger writer takes them in (a credit note re-deciding invoices holds the policy and then locks invoice rows),
   * and an approval refused after its settlement (above the approver's limit) undoes that decision alone.
   */
  async execute(command: ApprovalCommand, { actor, correlationId }: ActorContext): Promise<InvoiceEntity> {
    // An invoice never changes policy: its policy can be read before the lock is taken.
    const found = await this.invoices.findById(this.dataSource.manager, command.invoiceId);
    if (!found) throw notFound('Invoice', command.invoiceId);
    return this.groupCommit.run(found.policyId, async (tx, policy) => {
      const invoice = (await this.invoices.findForUpdate(tx, found.id)) as InvoiceEntity;
      if (invoice.state !== 'awaiting_approval') {
        this.logger.warn(`refused to ${command.verdict} invoice ${invoice.id}: it is ${invoice.state}`);
        throw conflict('invoice_not_awaiting_approval', `Invoice ${invoice.id} is ${invoice.state}; only an invoice awaiting approval can be approved or rejected`);
      }
      await this.timeline.append(tx, {
        caseId: invoice.caseId,
        orderId: invoice.orderId,
        kind: command.verdict === 'approve' ? 'invoice_approved' : 'invoice_rejected',
        actor: actorLabel(actor),
        note: command.verdict === 'approve' ? (command.note ?? null) : command.reason,
        occurredAt: new Date(),
      });
      if (command.verdict === 'approve') {
        const order = await this.orders.findById(tx, invoice.orderId);
        const decided = await this.settle.execute(tx, invoice, order?.insured ?? true, correlationId, { lockedPolicy: policy });
        // The limit bounds what the approval commits the insurer to pay (the covered yen, known only once settled under
        // the policy's lock), not what the partner asked: refusing here rolls the settlement back with everything else.
        const limitYen = actor.kind === 'staff' ? (actor.approvalLimitYen ?? 0) : 0;
        if (decided.coveredYen > limitYen) {
          this.logger.warn(`refused ${actorLabel(actor)} approving invoice ${invoice.id}: it would pay ¥${decided.coveredYen}, above their limit ¥${limitYen}`);
          throw forbidden(
            'approval_limit_exceeded',
            `Approving invoice ${invoice.id} would pay ¥${decided.coveredYen.toLocaleString('ja-JP')}, above your approval limit of ¥${limitYen.toLocaleString('ja-JP')}: an approver with a higher limit must approve it`,
          );
        }
        return invoice;
      }
      invoice.state = 'rejected';
      invoice.stateReason = command.reason;
      invoice.updatedAt = new Date();
      return this.invoices.save(tx, invoice);
    });
  }
}
