import { Inject, Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { EntityManager } from 'typeorm';
import { contractValidator, describeIssues, type DeliverableReviewedV1, type OrderCancelledV1, type OrderIssuedV1 } from '@hub/contracts';
import { currentTraceparent } from '@hub/config';
import { Envelope, envelopeHeaders, InboundMessageMeta, NonRetryableError } from '@hub/messaging';
import { ADAPTER_SETTINGS, AdapterSettings } from './adapter-settings';
import { DeliverableRepository } from './deliverable.repository';
import { DeliveryKind, DeliveryRepository } from './delivery.repository';
import { newWebhookId } from './partner-endpoint.client';

export type HandOffOutcome = 'queued' | 'rearmed' | 'not-for-this-partner' | 'already-queued';

/**
 * Takes an issued order, or its cancellation, off Kafka and queues its native form for delivery, in the inbox
 * transaction. Messages for other partners are skipped before any mapping sees them: every adapter reads the same
 * topics. A cancellation is queued behind its order (the worker never lets a later delivery of a case overtake an
 * earlier one), so the partner never hears of a cancellation before the order it cancels.
 */
@Injectable()
export class OrderHandOff {
  constructor(
    @Inject(ADAPTER_SETTINGS) private readonly settings: AdapterSettings,
    private readonly deliveries: DeliveryRepository,
    private readonly deliverables: DeliverableRepository,
  ) {}

  async execute(tx: EntityManager, event: Envelope<OrderIssuedV1>, source: InboundMessageMeta): Promise<HandOffOutcome> {
    const { partnerId, outbound: { mapping } } = this.settings;
    if (event.payload.partnerId !== partnerId) return 'not-for-this-partner';
    const native = this.checked(mapping.nativeOrderSchema, mapping.toNativeOrder(event.payload), event.payload.orderId);
    return this.queue(tx, event, source, 'order', null, native, '');
  }

  async cancel(tx: EntityManager, event: Envelope<OrderCancelledV1>, source: InboundMessageMeta): Promise<HandOffOutcome> {
    const { partnerId, outbound: { mapping } } = this.settings;
    const { orderId } = event.payload;
    if (event.payload.partnerId !== partnerId) return 'not-for-this-partner';
    // Queued even when the order has not reached the partner (not handed over yet: the topics are not ordered against
    // each other; or given up on and maybe replayed later): it goes out only once the order has, never before.
    if (!mapping.toNativeCancellation || !mapping.nativeCancellationSchema) {
      throw new NonRetryableError(`${partnerId} v${this.settings.outbound.version} has no native cancellation; tell the partner by hand`, 'no_native_cancellation');
    }
    const { path, body } = mapping.toNativeCancellation(event.payload);
    return this.queue(tx, event, source, 'cancellation', path, this.checked(mapping.nativeCancellationSchema, body, orderId), '');
  }

  /**
   * The coordinator approved or returned one of the partner's deliverables: kept with it (a publication is accepted only
   * after approval), and queued for the partner in its native form behind the order, like a cancellation. A partner
   * whose mapping has no review notice is told by people; the decision still binds its publications.
   */
  async review(tx: EntityManager, event: Envelope<DeliverableReviewedV1>, source: InboundMessageMeta): Promise<HandOffOutcome> {
    const { partnerId, outbound: { mapping } } = this.settings;
    const review = event.payload;
    if (review.partnerId !== partnerId) return 'not-for-this-partner';
    if (!(await this.deliverables.recordReview(tx, partnerId, review.deliverableId, review.decision))) {
      throw new NonRetryableError(`review of ${review.deliverableId}: no such deliverable of ${partnerId}`, 'unknown_deliverable');
    }
    if (!mapping.reviews) return 'queued';
    const { path, body } = mapping.reviews.toNative(review);
    return this.queue(tx, event, source, 'review', path, this.checked(mapping.reviews.contract, body, review.orderId), review.deliverableId);
  }

  /** We must never send a partner something its own contract refuses; that is our bug, not a retry. */
  private checked(schema: string, native: unknown, orderId: string): unknown {
    const check = contractValidator().validate(schema, native);
    if (!check.ok) throw new NonRetryableError(`order ${orderId} maps to an invalid ${schema}: ${describeIssues(check.issues)}`, 'mapping_failed');
    return native;
  }

  private queue(
    tx: EntityManager,
    event: Envelope<OrderIssuedV1 | OrderCancelledV1 | DeliverableReviewedV1>,
    source: InboundMessageMeta,
    kind: DeliveryKind,
    targetPath: string | null,
    payload: unknown,
    subject: string,
  ): Promise<HandOffOutcome> {
    return this.deliveries.insert(tx, {
      id: randomUUID(),
      partnerId: this.settings.partnerId,
      orderId: event.payload.orderId,
      kind,
      targetPath,
      subject,
      caseId: event.caseId,
      correlationId: event.correlationId,
      webhookId: newWebhookId(),
      payload,
      // With the trace it came in (the adapter's handling of it), so the delivery worker's attempts continue that trace.
      sourceMessage: { meta: source, eventId: event.eventId, raw: JSON.stringify(event), headers: { ...envelopeHeaders(event), ...traceHeader() } },
    });
  }
}

/** The current work's traceparent as a header, if it is traced. */
function traceHeader(): Record<string, string> {
  const traceparent = currentTraceparent();
  return traceparent ? { traceparent } : {};
}
