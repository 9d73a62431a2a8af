import { Controller, Get, Inject, Param, Query } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Callers } from '@hub/auth';
import type { DeliveryAttemptListV4, DeliveryAttemptV1, DeliveryRecordV2, DeliveryStateV1 } from '@hub/contracts';
import { notFound, uuidParam } from '@hub/http';
import { ADAPTER_SETTINGS, AdapterSettings } from './adapter-settings';
import { encodeAttemptCursor } from './delivery-attempt-cursor';
import { DeliveryAttemptListRepository } from './delivery-attempt-list.repository';
import { parseDeliveryAttemptQuery } from './delivery-attempt-query';
import { type DeliveryAttempt, DeliveryKind, DeliveryRepository } from './delivery.repository';

/**
 * Every adapter's record of its deliveries to its partner, for the people who run the hub: one order's delivery
 * (and its cancellation's) with every attempt, pushed or fetched from the feed, and the partner's attempts as a list,
 * filtered and a page at a time. Scoped to the adapter's own partner by the repositories.
 */
@Controller('deliveries')
export class DeliveriesController {
  private readonly partnerId: string;

  constructor(
    @Inject(ADAPTER_SETTINGS) settings: AdapterSettings,
    private readonly deliveries: DeliveryRepository,
    private readonly attemptList: DeliveryAttemptListRepository,
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

  /** The partner's attempts newest first, filtered, one page at a time (nextCursor null on the last). */
  @Get()
  @Callers('operator', 'auditor', 'coordinator')
  async list(@Query() query: unknown): Promise<DeliveryAttemptListV4> {
    const { filter, page } = parseDeliveryAttemptQuery(query);
    const { attempts, more } = await this.attemptList.page(this.dataSource.manager, this.partnerId, filter, page);
    const last = attempts.at(-1);
    return {
      partnerId: this.partnerId,
      attempts: attempts.map((a) => ({ attemptId: a.attemptId, orderId: a.attempt.orderId, kind: a.kind, attempt: attemptView(a.attempt) })),
      nextCursor: more && last ? encodeAttemptCursor(last.keyset) : null,
    };
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
