import { Inject, Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { contractValidator, describeIssues, type OrderIssuedV1 } from '@hub/contracts';
import { Envelope, envelopeHeaders, InboundMessageMeta, NonRetryableError } from '@hub/messaging';
import { ADAPTER_SETTINGS, AdapterSettings } from './adapter-settings';
import { DeliveryRepository } from './delivery.repository';
import { newWebhookId } from './partner-endpoint.client';
import { randomUUID } from 'node:crypto';

export type HandOffOutcome = 'queued' | 'not-for-this-partner' | 'already-queued';

/**
 * Takes an issued order off Kafka and queues its native form for delivery, in the inbox transaction.
 * Orders for other partners are skipped here: every adapter reads the one order topic.
 */
@Injectable()
export class OrderHandOff {
  constructor(
    @Inject(ADAPTER_SETTINGS) private readonly settings: AdapterSettings,
    private readonly deliveries: DeliveryRepository,
  ) {}

  async execute(tx: EntityManager, event: Envelope<OrderIssuedV1>, source: InboundMessageMeta): Promise<HandOffOutcome> {
    const { partnerId, outbound: { mapping } } = this.settings;
    if (event.payload.partnerId !== partnerId) return 'not-for-this-partner';
    const native = mapping.toNativeOrder(event.payload);
    // We must never send a partner something its own contract refuses; that is our bug, not a retry.
    const check = contractValidator().validate(mapping.nativeOrderSchema, native);
    if (!check.ok) {
      throw new NonRetryableError(
        `order ${event.payload.orderId} maps to an invalid ${mapping.nativeOrderSchema}: ${describeIssues(check.issues)}`,
        'mapping_failed',
      );
    }
    const inserted = await this.deliveries.insert(tx, {
      id: randomUUID(),
      partnerId,
      orderId: event.payload.orderId,
      caseId: event.caseId,
      correlationId: event.correlationId,
      webhookId: newWebhookId(),
      payload: native,
      sourceMessage: { meta: source, eventId: event.eventId, raw: JSON.stringify(event), headers: envelopeHeaders(event) },
    });
    return inserted ? 'queued' : 'already-queued';
  }
}
