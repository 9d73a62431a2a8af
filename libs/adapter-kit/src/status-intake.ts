import { Inject, Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import type { OrderStatusChangedV1 } from '@hub/contracts';
import { conflict, notFound } from '@hub/refusals';
import { createEnvelope, MessagingRuntime, TOPICS } from '@hub/messaging';
import { judgePartnerReport } from '@hub/partners';
import { ADAPTER_SETTINGS, AdapterSettings } from './adapter-settings';
import { CallbackAnswer, CallbackRecordRepository } from './callback-record.repository';
import { NativeVersion } from './define-adapter';
import { DeliveryRepository, PartnerDelivery } from './delivery.repository';

export interface IntakeResult {
  /** True when nothing was done again: the same webhook-id resent, or the same status and milestone reported again. */
  duplicate: boolean;
  eventId?: string;
}

/**
 * Turns a verified, validated partner callback into the canonical status event, judged against what the partner
 * itself reported on the order before (in any arrival order): the same status and milestone again counts once,
 * and a report that can never be true with the earlier ones (declining an order it took on) is refused at once —
 * 409 with the reason — rather than accepted and dropped later. The webhook-id claim, the answer and the outbox row
 * commit together; a refusal is committed before it is answered, so the partner can read it back by webhook-id.
 * The order's delivery row is locked, so two callbacks about one order are judged one after the other.
 */
@Injectable()
export class StatusIntake {
  constructor(
    @Inject(ADAPTER_SETTINGS) private readonly settings: AdapterSettings,
    private readonly dataSource: DataSource,
    private readonly messaging: MessagingRuntime,
    private readonly deliveries: DeliveryRepository,
    private readonly callbacks: CallbackRecordRepository,
  ) {}

  async execute(webhookId: string, callback: unknown, native: NativeVersion): Promise<IntakeResult> {
    const { partnerId } = this.settings;
    const result = await this.dataSource.transaction(async (tx): Promise<IntakeResult & { refused?: { code: string; reason: string } }> => {
      const status = native.mapping.toCanonicalStatus(callback);
      const delivery = await this.deliveries.findByOrder(tx, partnerId, status.orderId, true);
      if (!delivery) throw notFound(`Engagement for ${partnerId}`, status.orderId);
      const { reports, seen } = await this.callbacks.historyOf(tx, partnerId, delivery.orderId, webhookId);
      // A resent webhook-id gets the answer its first delivery got: one refused then is refused again.
      if (seen) return seen.outcome === 'refused' ? { duplicate: true, refused: { code: seen.reasonCode ?? 'refused', reason: seen.reason ?? '' } } : { duplicate: true };
      const judged = judgePartnerReport(reports, status);
      const answer: CallbackAnswer =
        judged.kind === 'repeat'
          ? { outcome: 'repeated' }
          : judged.kind === 'contradiction'
            ? { outcome: 'refused', code: 'contradicts_earlier_update', reason: judged.reason }
            : { outcome: 'accepted', eventId: await this.publishStatus(tx, delivery, status) };
      // The id was claimed meanwhile only by a callback about another order under the same id: not this one's to answer.
      if (!(await this.callbacks.recordCallback(tx, partnerId, webhookId, native.version, status, answer))) throw conflict('webhook_id_reused', `webhook-id ${webhookId} was already used`);
      if (answer.outcome === 'refused') return { duplicate: false, refused: answer };
      return answer.outcome === 'accepted' ? { duplicate: false, eventId: answer.eventId } : { duplicate: true };
    });
    if (result.refused) throw conflict(result.refused.code, `Callback ${webhookId} refused: ${result.refused.reason}`);
    return result;
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
