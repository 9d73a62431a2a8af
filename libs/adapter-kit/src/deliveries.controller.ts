import { Controller, Get, Inject, Param, Query } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { DeliveryAttemptListV1, DeliveryRecordV1 } from '@hub/contracts';
import { invalidInput, notFound, uuidParam } from '@hub/http';
import { ADAPTER_SETTINGS, AdapterSettings } from './adapter-settings';
import { type DeliveryAttempt, DeliveryRepository } from './delivery.repository';

/**
 * Every adapter's record of its deliveries to its partner, for the people who run the hub: one order's delivery
 * with every attempt, and the partner's latest attempts. Scoped to the adapter's own partner by the repository.
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
  async get(@Param('orderId', uuidParam('orderId')) orderId: string): Promise<DeliveryRecordV1> {
    const tx = this.dataSource.manager;
    const delivery = await this.deliveries.statusOf(tx, this.partnerId, orderId);
    if (!delivery) throw notFound('Delivery of order', orderId);
    return {
      orderId,
      partnerId: this.partnerId,
      status: delivery.status,
      attempts: delivery.attempts,
      nextAttemptAt: delivery.nextAttemptAt?.toISOString() ?? null,
      lastError: delivery.lastError,
      deliveredAt: delivery.deliveredAt?.toISOString() ?? null,
      attemptLog: (await this.deliveries.attemptsOf(tx, this.partnerId, orderId)).map(attemptView),
    };
  }

  @Get()
  async list(@Query('limit') limit?: string): Promise<DeliveryAttemptListV1> {
    const count = limit === undefined ? 100 : Number(limit);
    if (!Number.isSafeInteger(count) || count < 1 || count > 500 || (limit !== undefined && !/^\d+$/.test(limit))) {
      throw invalidInput('limit must be a whole number from 1 to 500', [{ field: 'limit', reason: 'must be a whole number from 1 to 500' }]);
    }
    const attempts = await this.deliveries.latestAttempts(this.dataSource.manager, this.partnerId, count);
    return { partnerId: this.partnerId, attempts: attempts.map((a) => ({ orderId: a.orderId, ...attemptView(a) })) };
  }
}

function attemptView(a: DeliveryAttempt): DeliveryRecordV1['attemptLog'][number] {
  return {
    attemptNo: a.attemptNo,
    startedAt: a.startedAt.toISOString(),
    durationMs: a.durationMs,
    httpStatus: a.httpStatus ?? null,
    outcome: a.outcome,
    error: a.error ?? null,
    responseExcerpt: a.excerpt ?? null,
  };
}
