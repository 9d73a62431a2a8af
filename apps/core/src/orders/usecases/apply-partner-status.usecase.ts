import { Injectable, Logger } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import type { OrderStatusChangedV1 } from '@hub/contracts';
import { Envelope, NonRetryableError } from '@hub/messaging';
import { TimelineRepository } from '../../timeline/timeline.repository';
import { judgeTransition } from '../order-lifecycle';
import { OrderRepository } from '../order.repository';

export type PartnerStatusOutcome = 'moved' | 'already-past';

/** Statuses a partner reaches only by accepting the order (it may report progress before its acceptance arrives). */
const ACCEPTED: readonly string[] = ['accepted', 'in_progress', 'work_complete'];

/**
 * A partner reports where its work on an order stands. Runs inside the inbox transaction, so the move,
 * the timeline entry and the "event processed" mark commit together or not at all.
 */
@Injectable()
export class ApplyPartnerStatus {
  private readonly logger = new Logger(ApplyPartnerStatus.name);

  constructor(
    private readonly orders: OrderRepository,
    private readonly timeline: TimelineRepository,
  ) {}

  async execute(tx: EntityManager, event: Envelope<OrderStatusChangedV1>): Promise<PartnerStatusOutcome> {
    const report = event.payload;
    if (!event.partnerId) {
      throw new NonRetryableError(`status report ${event.eventId} names no partner`, 'partner_missing');
    }
    const order = await this.orders.findForPartnerForUpdate(tx, event.partnerId, report.orderId);
    if (!order || order.caseId !== event.caseId) {
      throw new NonRetryableError(
        `partner ${event.partnerId} reported on order ${report.orderId}, which is not its order on case ${event.caseId}`,
        'unknown_order',
      );
    }
    const verdict = judgeTransition(order.status, report.status);
    if (verdict.kind === 'illegal') {
      this.logger.warn(`refused ${event.partnerId} moving order ${order.id} to ${report.status}: ${verdict.reason}`);
      throw new NonRetryableError(`illegal transition: ${verdict.reason}`, 'illegal_transition');
    }
    const occurredAt = new Date(report.reportedAt);
    if (verdict.kind === 'already-past') {
      await this.timeline.append(tx, {
        caseId: order.caseId,
        orderId: order.id,
        kind: 'partner_acknowledged_late',
        actor: `partner:${event.partnerId}`,
        eventId: event.eventId,
        occurredAt,
      });
      return 'already-past';
    }
    const from = order.status;
    order.status = report.status;
    order.statusReason = report.reason ?? order.statusReason;
    order.partnerReference = report.partnerReference ?? order.partnerReference;
    order.updatedAt = new Date();
    // Acceptance is what makes an order invoiceable, even if it is cancelled later: keep when it happened.
    if (order.acceptedAt === null && ACCEPTED.includes(report.status)) order.acceptedAt = occurredAt;
    await this.orders.save(tx, order);
    await this.timeline.append(tx, {
      caseId: order.caseId,
      orderId: order.id,
      kind: 'order_status_changed',
      fromStatus: from,
      toStatus: report.status,
      milestone: report.milestone ?? null,
      note: report.reason ?? report.note ?? null,
      actor: `partner:${event.partnerId}`,
      eventId: event.eventId,
      occurredAt,
    });
    return 'moved';
  }
}
