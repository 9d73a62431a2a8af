import { Injectable, Logger } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { type ActorContext, actorLabel } from '@hub/auth';
import { conflict, notFound } from '@hub/refusals';
import { createEnvelope, MessagingRuntime, TOPICS } from '@hub/messaging';
import { TimelineRepository } from '../../timeline/timeline.repository';
import { judgeTransition } from '../order-lifecycle';
import { OrderEntity } from '../order.entity';
import { OrderRepository } from '../order.repository';

export interface EndOrderCommand extends ActorContext {
  orderId: string;
  to: 'closed' | 'cancelled';
  reason?: string;
}

/**
 * The coordinator closes an order whose work is complete, or cancels one (with a reason) before it is.
 * An illegal move is refused with what the order can still become, logged, and changes nothing. A cancellation is
 * published in the same transaction, for the partner's adapter to tell the partner.
 */
@Injectable()
export class EndOrder {
  private readonly logger = new Logger(EndOrder.name);

  constructor(
    private readonly dataSource: DataSource,
    private readonly orders: OrderRepository,
    private readonly timeline: TimelineRepository,
    private readonly messaging: MessagingRuntime,
  ) {}

  execute(command: EndOrderCommand): Promise<OrderEntity> {
    return this.dataSource.transaction(async (tx) => {
      const order = await this.orders.findForUpdate(tx, command.orderId);
      if (!order) throw notFound('Order', command.orderId);
      const verdict = judgeTransition(order.status, command.to);
      if (verdict.kind !== 'move') {
        const reason = verdict.kind === 'illegal' ? verdict.reason : `order is already ${order.status}`;
        this.logger.warn(`refused ${actorLabel(command.actor)} moving order ${order.id} to ${command.to}: ${reason}`);
        throw conflict('illegal_transition', `Order ${order.id} cannot be ${command.to}: ${reason}`);
      }
      const from = order.status;
      order.status = command.to;
      order.statusReason = command.reason ?? null;
      order.updatedAt = new Date();
      await this.orders.save(tx, order);
      await this.timeline.append(tx, {
        caseId: order.caseId,
        orderId: order.id,
        kind: 'order_status_changed',
        fromStatus: from,
        toStatus: command.to,
        note: command.reason ?? null,
        actor: actorLabel(command.actor),
        occurredAt: order.updatedAt,
      });
      if (command.to === 'cancelled') {
        const cancelled = createEnvelope(TOPICS.orderCancelled, {
          caseId: order.caseId,
          partnerId: order.partnerId,
          correlationId: command.correlationId,
          occurredAt: order.updatedAt,
          payload: {
            orderId: order.id,
            caseId: order.caseId,
            partnerId: order.partnerId,
            reason: command.reason ?? 'cancelled by the coordinator',
            cancelledBy: actorLabel(command.actor),
            cancelledAt: order.updatedAt.toISOString(),
          },
        });
        await this.messaging.publish(tx, TOPICS.orderCancelled, cancelled);
      }
      return order;
    });
  }
}
