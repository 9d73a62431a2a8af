import { Inject, Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import type { OrderStatusChangedV1 } from '@hub/contracts';
import { notFound } from '@hub/http';
import { createEnvelope, MessagingRuntime, TOPICS } from '@hub/messaging';
import { ADAPTER_SETTINGS, AdapterSettings } from './adapter-settings';
import { DeliveryRepository, PartnerDelivery } from './delivery.repository';
import { InboundWebhookRepository } from './inbound-webhook.repository';
import { PartnerMapping } from './partner-mapping';

export interface IntakeResult {
  duplicate: boolean;
  eventId?: string;
}

/**
 * Turns a verified, validated partner callback into the canonical status event. The webhook id claim
 * and the outbox row commit together: a replayed callback finds its id taken and has no second effect.
 */
@Injectable()
export class StatusIntake {
  constructor(
    @Inject(ADAPTER_SETTINGS) private readonly settings: AdapterSettings,
    private readonly dataSource: DataSource,
    private readonly messaging: MessagingRuntime,
    private readonly deliveries: DeliveryRepository,
    private readonly inbound: InboundWebhookRepository,
  ) {}

  /** `mapping` is that of the native version the callback came in. */
  execute(webhookId: string, callback: unknown, mapping: PartnerMapping<unknown, unknown>): Promise<IntakeResult> {
    const { partnerId } = this.settings;
    return this.dataSource.transaction(async (tx) => {
      const orderId = mapping.orderIdOf(callback);
      const delivery = await this.deliveries.findByOrder(tx, partnerId, orderId);
      if (!delivery) throw notFound(`Engagement for ${partnerId}`, orderId);
      if (!(await this.inbound.claim(tx, partnerId, webhookId))) return { duplicate: true };
      const eventId = await this.publishStatus(tx, delivery, mapping.toCanonicalStatus(callback));
      return { duplicate: false, eventId };
    });
  }

  /** Also used when a delivery succeeds: the partner's system has acknowledged the order. */
  async publishStatus(tx: EntityManager, delivery: PartnerDelivery, status: OrderStatusChangedV1): Promise<string> {
    const envelope = createEnvelope(TOPICS.orderStatusChanged, {
      caseId: delivery.caseId,
      partnerId: delivery.partnerId,
      correlationId: delivery.correlationId,
      payload: status,
    });
    await this.messaging.publish(tx, TOPICS.orderStatusChanged, envelope);
    return envelope.eventId;
  }
}
