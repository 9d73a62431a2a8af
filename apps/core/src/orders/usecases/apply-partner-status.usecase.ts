import { Injectable, Logger } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import type { OrderStatusChangedV1 } from '@hub/contracts';
import { createEnvelope, Envelope, MessagingRuntime, NonRetryableError, TOPICS } from '@hub/messaging';
import { judgePartnerReport, TAKEN_ON } from '@hub/partners';
import { TimelineRepository } from '../../timeline/timeline.repository';
import { placePartnerReport } from '../order-lifecycle';
import { OrderEntity } from '../order.entity';
import { OrderRepository } from '../order.repository';
import { Placement, PartnerReportRepository } from '../partner-report.repository';

export type PartnerStatusOutcome = Placement;

/**
 * A partner reports where its work on an order stands. Runs inside the inbox transaction, so the move, the
 * timeline entry, the report's record and the "event processed" mark commit together or not at all.
 *
 * Reports are placed, never dropped: networks and retries reorder a partner's callbacks, so a report that arrives
 * after a later one goes on the timeline where it happened (its reported time) and moves nothing; a report after
 * the coordinator cancelled or closed the order is recorded as late, for the coordinator to see; the same status
 * and milestone resent counts once. Nothing here dead-letters a report of a partner's own order.
 */
@Injectable()
export class ApplyPartnerStatus {
  private readonly logger = new Logger(ApplyPartnerStatus.name);

  constructor(
    private readonly orders: OrderRepository,
    private readonly reports: PartnerReportRepository,
    private readonly timeline: TimelineRepository,
    private readonly messaging: MessagingRuntime,
  ) {}

  async execute(tx: EntityManager, event: Envelope<OrderStatusChangedV1>): Promise<PartnerStatusOutcome> {
    const { placement, note } = await this.placeReport(tx, event);
    // The partner's adapter keeps this with the callback the report came from: the partner can read what became of it.
    const placed = createEnvelope(TOPICS.orderUpdatePlaced, {
      caseId: event.caseId,
      partnerId: event.partnerId as string,
      correlationId: event.correlationId,
      payload: {
        orderId: event.payload.orderId,
        partnerId: event.partnerId as string,
        statusEventId: event.eventId,
        placement,
        ...(note ? { note } : {}),
        placedAt: new Date().toISOString(),
      },
    });
    await this.messaging.publish(tx, TOPICS.orderUpdatePlaced, placed);
    return placement;
  }

  private async placeReport(tx: EntityManager, event: Envelope<OrderStatusChangedV1>): Promise<{ placement: Placement; note?: string }> {
    const report = event.payload;
    const partnerId = event.partnerId;
    if (!partnerId) {
      throw new NonRetryableError(`status report ${event.eventId} names no partner`, 'partner_missing');
    }
    const order = await this.orders.findForPartnerForUpdate(tx, partnerId, report.orderId);
    if (!order || order.caseId !== event.caseId) {
      throw new NonRetryableError(
        `partner ${partnerId} reported on order ${report.orderId}, which is not its order on case ${event.caseId}`,
        'unknown_order',
      );
    }
    const reportedAt = new Date(report.reportedAt);
    const placement = await this.place(tx, order, partnerId, report);
    await this.reports.record(tx, { orderId: order.id, partnerId, eventId: event.eventId, status: report.status, milestone: report.milestone ?? null, reportedAt, placement });
    if (placement === 'repeat') return { placement, note: `${report.status}${report.milestone ? ` (${report.milestone})` : ''} was already reported; it counts once` };

    const entry = { caseId: order.caseId, orderId: order.id, actor: `partner:${partnerId}`, eventId: event.eventId, occurredAt: reportedAt, milestone: report.milestone ?? null };
    if (placement === 'advanced') {
      const from = order.status;
      order.status = report.status;
      order.statusReason = report.reason ?? order.statusReason;
      await this.keepAcceptance(tx, order, report, { partnerReference: report.partnerReference });
      await this.timeline.append(tx, { ...entry, kind: 'order_status_changed', fromStatus: from, toStatus: report.status, note: report.reason ?? report.note ?? null });
      return { placement };
    }
    await this.keepAcceptance(tx, order, report, { partnerReference: report.partnerReference });
    const said = `${report.status}${report.milestone ? ` (${report.milestone})` : ''}`;
    const remark = report.reason ?? report.note;
    const kinds: Record<Exclude<Placement, 'advanced' | 'repeat'>, string> = {
      earlier: report.status === 'acknowledged' ? 'partner_acknowledged_late' : 'partner_update_late',
      after_end: `partner_update_after_${order.status === 'cancelled' ? 'cancellation' : 'close'}`,
      contradiction: 'partner_update_contradicted',
    };
    const why = {
      earlier: `reported ${said}; it arrived after a later report`,
      after_end: `reported ${said} after the order was ${order.status}`,
      contradiction: `reported ${said}, which contradicts the order being ${order.status}; nothing changed`,
    }[placement];
    if (placement === 'contradiction') this.logger.warn(`order ${order.id}: partner ${partnerId} ${why}`);
    await this.timeline.append(tx, { ...entry, kind: kinds[placement], note: remark ? `${why}: ${remark}` : why });
    return { placement, note: why };
  }

  private async place(tx: EntityManager, order: OrderEntity, partnerId: string, report: OrderStatusChangedV1): Promise<Placement> {
    // The adapter acknowledges a delivery on the partner's behalf; a second acknowledgement is a repeat like any other.
    const earlier = await this.reports.earlierOf(tx, partnerId, order.id);
    const judged = judgePartnerReport(earlier, report);
    if (judged.kind === 'repeat') return 'repeat';
    if (judged.kind === 'contradiction') return 'contradiction';
    const verdict = placePartnerReport(order.status, report.status);
    return ({ advance: 'advanced', earlier: 'earlier', 'after-end': 'after_end', contradiction: 'contradiction' } as const)[verdict.kind];
  }

  /**
   * Acceptance is what makes an order invoiceable, even if it is cancelled later: keep the earliest time the partner
   * said it took the order on — a late-arriving acceptance reported before the cancellation still counts.
   */
  private async keepAcceptance(tx: EntityManager, order: OrderEntity, report: OrderStatusChangedV1, seen: { partnerReference?: string }): Promise<void> {
    const reportedAt = new Date(report.reportedAt);
    const ended = order.status === 'cancelled' || order.status === 'closed' ? order.updatedAt : null;
    const takenOn = TAKEN_ON.includes(report.status) && (ended === null || reportedAt <= ended);
    if (takenOn && (order.acceptedAt === null || reportedAt < order.acceptedAt)) order.acceptedAt = reportedAt;
    order.partnerReference = seen.partnerReference ?? order.partnerReference;
    if (ended === null) order.updatedAt = new Date();
    await this.orders.writeReported(tx, order);
  }
}
