import { Controller, Get, Inject, Param, Query } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Callers } from '@hub/auth';
import type { DeliveryAttemptListV3, DeliveryAttemptV1, DeliveryRecordV2, DeliveryStateV1 } from '@hub/contracts';
import { invalidInput, notFound, uuidParam } from '@hub/http';
import { ADAPTER_SETTINGS, AdapterSettings } from './adapter-settings';
import { type DeliveryAttempt, DeliveryKind, DeliveryRepository } from './delivery.repository';

/**
 * Every adapter's record of its deliveries to its partner, for the people who run the hub: one order's delivery
 * (and its cancellation's) with every attempt, pushed or fetched from the feed, and the partner's latest attempts.
 * Scoped to the adapter's own partner by the repository.
 */
@Controller('deliveries')
export class DeliveriesController {
  private readonly partnerId: string;

  constructor(
    @Inject(ADAPTER_SETTINGS) settings: AdapterSettings,
    private readonly deliveries: DeliveryRepository,
    private readonly dataSource: DataSource,
  ) {
    this.partnerId = settings.partnerId;
  }

  @Get(':orderId')
  @Callers('operator', 'auditor', 'coordinator')
  async get(@Param('orderId', uuidParam('orderId')) orderId: string): Promise<DeliveryRecordV2> {
    const order = await this.stateOf(orderId, 'order');
    if (!order) throw notFound('Delivery of order', orderId);
    return { orderId, partnerId: this.partnerId, order, cancellation: await this.stateOf(orderId, 'cancellation') };
  }

  @Get()
  @Callers('operator', 'auditor', 'coordinator')
  async list(@Query('limit') limit?: string): Promise<DeliveryAttemptListV3> {
    const count = limit === undefined ? 100 : Number(limit);
    if (!Number.isSafeInteger(count) || count < 1 || count > 500 || (limit !== undefined && !/^\d+$/.test(limit))) {
      throw invalidInput('limit must be a whole number from 1 to 500', [{ field: 'limit', reason: 'must be a whole number from 1 to 500' }]);
    }
    const attempts = await this.deliveries.latestAttempts(this.dataSource.manager, this.partnerId, count);
    return { partnerId: this.partnerId, attempts: attempts.map((a) => ({ orderId: a.orderId, kind: a.kind, attempt: attemptView(a) })) };
  }

  private async stateOf(orderId: string, kind: DeliveryKind): Promise<DeliveryStateV1 | null> {
    const tx = this.dataSource.manager;
    const delivery = await this.deliveries.statusOf(tx, this.partnerId, orderId, kind);
    if (!delivery) return null;
    return {
      status: delivery.status,
      attempts: delivery.attempts,
      nextAttemptAt: delivery.nextAttemptAt?.toISOString() ?? null,
      lastError: delivery.lastError,
      deliveredAt: delivery.deliveredAt?.toISOString() ?? null,
      attemptLog: (await this.deliveries.attemptsOf(tx, this.partnerId, orderId, kind)).map(attemptView),
    };
  }
}

function attemptView(a: DeliveryAttempt): DeliveryAttemptV1 {
  return {
    attemptNo: a.attemptNo,
    channel: a.channel ?? 'push',
    startedAt: a.startedAt.toISOString(),
    durationMs: a.durationMs,
    httpStatus: a.httpStatus ?? null,
    outcome: a.outcome,
    error: a.error ?? null,
    responseExcerpt: a.excerpt ?? null,
  };
}
