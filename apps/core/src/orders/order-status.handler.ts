import { Controller } from '@nestjs/common';
import { Ctx, Payload } from '@nestjs/microservices';
import type { OrderStatusChangedV1 } from '@hub/contracts';
import { ConsumesTopic, Envelope, InboxContext, TOPICS } from '@hub/messaging';
import { ApplyPartnerStatus } from './usecases/apply-partner-status.usecase';

/** Kafka entry point for partner status reports; the rule lives in the use case. */
@Controller()
export class OrderStatusHandler {
  constructor(private readonly applyPartnerStatus: ApplyPartnerStatus) {}

  @ConsumesTopic(TOPICS.orderStatusChanged)
  async onStatusChanged(@Payload() event: Envelope<OrderStatusChangedV1>, @Ctx() ctx: InboxContext): Promise<void> {
    await this.applyPartnerStatus.execute(ctx.tx, event);
  }
}
