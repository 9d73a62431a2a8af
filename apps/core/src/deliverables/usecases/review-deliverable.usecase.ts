import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { type ActorContext, actorLabel } from '@hub/auth';
import type { DeliverableViewV1 } from '@hub/contracts';
import { createEnvelope, MessagingRuntime, TOPICS } from '@hub/messaging';
import { conflict, notFound } from '@hub/refusals';
import { OrderRepository } from '../../orders/order.repository';
import { TimelineRepository } from '../../timeline/timeline.repository';
import { DeliverableRepository } from '../deliverable.repository';

export interface ReviewDeliverableCommand extends ActorContext {
  orderId: string;
  deliverableId: string;
  decision: 'approved' | 'returned';
  comment?: string;
}

/**
 * The coordinator, for the insured, approves a deliverable that needs approval (a PRAP draft) or returns it with
 * comments. Only the latest version core has (a later one may still be on its way: the partner's adapter accepts a
 * publication only of its own latest version, approved), once, while the order is open; the review, its timeline entry
 * and the event that tells the partner commit together. The order row is locked, so two reviews cannot both succeed.
 */
@Injectable()
export class ReviewDeliverable {
  constructor(
    private readonly dataSource: DataSource,
    private readonly orders: OrderRepository,
    private readonly deliverables: DeliverableRepository,
    private readonly timeline: TimelineRepository,
    private readonly messaging: MessagingRuntime,
  ) {}

  execute(command: ReviewDeliverableCommand): Promise<DeliverableViewV1> {
    return this.dataSource.transaction(async (tx) => {
      const order = await this.orders.findForUpdate(tx, command.orderId);
      const deliverable = order ? await this.deliverables.find(tx, order.id, command.deliverableId) : null;
      if (!order || !deliverable) throw notFound('Deliverable', command.deliverableId);
      const what = `${deliverable.kind} ${deliverable.reference} v${deliverable.version}`;
      if (!deliverable.needsApproval) throw conflict('review_not_needed', `${what} does not need approval`);
      if (order.status === 'cancelled' || order.status === 'closed' || order.status === 'declined') throw conflict('order_ended', `Order ${order.id} is ${order.status}: its deliverables are no longer reviewed`);
      const latest = await this.deliverables.latestVersion(tx, order.id, deliverable.kind, deliverable.reference);
      if (latest > deliverable.version) throw conflict('superseded', `${what} was superseded by v${latest}: review the latest version`);
      const reviewedAt = new Date();
      const reviewedBy = actorLabel(command.actor);
      const envelope = createEnvelope(TOPICS.deliverableReviewed, {
        caseId: order.caseId,
        partnerId: order.partnerId,
        correlationId: command.correlationId,
        payload: {
          deliverableId: deliverable.deliverableId,
          orderId: order.id,
          partnerId: order.partnerId,
          kind: deliverable.kind,
          reference: deliverable.reference,
          version: deliverable.version,
          decision: command.decision,
          ...(command.comment ? { comment: command.comment } : {}),
          reviewedBy,
          reviewedAt: reviewedAt.toISOString(),
        },
      });
      const recorded = await this.deliverables.recordReview(tx, { ...command, reviewedBy, reviewedAt, eventId: envelope.eventId });
      if (!recorded) throw conflict('already_reviewed', `${what} was already ${deliverable.review?.decision ?? 'reviewed'}`);
      await this.timeline.append(tx, {
        caseId: order.caseId,
        orderId: order.id,
        kind: command.decision === 'approved' ? 'deliverable_approved' : 'deliverable_returned',
        actor: reviewedBy,
        occurredAt: reviewedAt,
        note: `${what}: ${deliverable.title}${command.comment ? ` — ${command.comment}` : ''}`.slice(0, 2000),
        eventId: envelope.eventId,
      });
      await this.messaging.publish(tx, TOPICS.deliverableReviewed, envelope);
      return (await this.deliverables.find(tx, order.id, deliverable.deliverableId)) as DeliverableViewV1;
    });
  }
}
