import { Injectable, Logger } from '@nestjs/common';
import { createHash } from 'node:crypto';
import { EntityManager } from 'typeorm';
import type { DeliverablesReceivedV1, DeliverableV1 } from '@hub/contracts';
import { Envelope, NonRetryableError } from '@hub/messaging';
import { OrderRepository } from '../../orders/order.repository';
import { TimelineRepository } from '../../timeline/timeline.repository';
import { DeliverableRepository } from '../deliverable.repository';

const HOUR_MS = 3_600_000;

/** The start of the hour a time falls in (UTC hours are JST hours: Japan is a whole nine hours ahead). */
export const hourOf = (iso: string): Date => new Date(Math.floor(new Date(iso).getTime() / HOUR_MS) * HOUR_MS);

/** The timeline line of a deliverable: its title, then what makes it urgent or what the partner said. */
function noteOf(d: DeliverableV1): string {
  const more = d.discrepancy ?? d.summary;
  return `${d.kind} ${d.reference}${d.version > 1 ? ` v${d.version}` : ''}: ${d.title}${more ? ` — ${more}` : ''}`.slice(0, 2000);
}

/**
 * Deliverables a partner's adapter passed on (already judged there: the partner's own orders, repeats, approvals,
 * restated facts). Runs in the inbox transaction: the records, their timeline entries and the "processed" mark commit
 * together. Urgent ones (and every discrepancy) go on the case timeline as alerts at once; normal ones one entry each;
 * bulk ones (monitoring alerts that are not urgent) as one entry per order, kind and hour, whose count grows as more
 * arrive, so a burst of thousands reads as a few lines.
 */
@Injectable()
export class RecordDeliverables {
  private readonly logger = new Logger(RecordDeliverables.name);

  constructor(
    private readonly deliverables: DeliverableRepository,
    private readonly orders: OrderRepository,
    private readonly timeline: TimelineRepository,
  ) {}

  async execute(tx: EntityManager, event: Envelope<DeliverablesReceivedV1>): Promise<number> {
    const { partnerId } = event.payload;
    if (event.partnerId !== partnerId) throw new NonRetryableError(`deliverables event ${event.eventId} names partner ${event.partnerId} and ${partnerId}`, 'partner_mismatch');
    for (const orderId of new Set(event.payload.deliverables.map((d) => d.orderId))) {
      const order = await this.orders.findVisibleTo(tx, orderId, partnerId);
      if (!order || order.caseId !== event.caseId) {
        throw new NonRetryableError(`partner ${partnerId} delivered on order ${orderId}, which is not its order on case ${event.caseId}`, 'unknown_order');
      }
    }
    const fresh = await this.deliverables.insertAll(tx, event.caseId, partnerId, event.eventId, event.payload.deliverables);
    const actor = `partner:${partnerId}`;
    const bulkHours = new Map<string, { orderId: string; kind: string; hour: Date }>();
    for (const d of fresh) {
      if (d.attention === 'bulk') {
        const hour = hourOf(d.occurredAt);
        bulkHours.set(`${d.orderId}|${d.kind}|${hour.toISOString()}`, { orderId: d.orderId, kind: d.kind, hour });
        continue;
      }
      if (d.attention === 'urgent') this.logger.warn(`case ${event.caseId}: ${partnerId} raised ${d.kind} ${d.reference}${d.discrepancy ? `: ${d.discrepancy}` : ''}`);
      await this.timeline.append(tx, {
        caseId: event.caseId,
        orderId: d.orderId,
        kind: d.attention === 'urgent' ? 'partner_alert' : 'deliverable_received',
        actor,
        occurredAt: new Date(d.occurredAt),
        note: noteOf(d),
        eventId: `deliverable:${d.deliverableId}`,
      });
    }
    for (const { orderId, kind, hour } of bulkHours.values()) {
      const count = await this.deliverables.countInHour(tx, orderId, kind, hour);
      await this.timeline.upsertCount(tx, {
        caseId: event.caseId,
        orderId,
        kind: 'deliverables_counted',
        actor,
        occurredAt: hour,
        milestone: null,
        note: `${count} ${kind} in the hour from ${hour.toISOString()}`,
        // Names what it counts, within the timeline's 100 characters whatever the kind's length.
        eventId: `counted:${createHash('sha256').update(`${orderId}|${kind}|${hour.toISOString()}`).digest('hex')}`,
      });
    }
    return fresh.length;
  }
}
