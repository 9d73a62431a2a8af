import { Controller } from '@nestjs/common';
import { Ctx, Payload } from '@nestjs/microservices';
import type { OrderIssuedV1 } from '@hub/contracts';
import { ConsumesTopic, Envelope, InboxContext, TOPICS } from '@hub/messaging';
import { OrderHandOff } from './order-hand-off';

/** Kafka entry point for issued orders; the hand-off skips other partners' orders before any mapping sees them. */
@Controller()
export class OrderIssuedHandler {
  constructor(private readonly handOff: OrderHandOff) {}

  @ConsumesTopic(TOPICS.orderIssued)
  async onOrderIssued(@Payload() event: Envelope<OrderIssuedV1>, @Ctx() ctx: InboxContext): Promise<void> {
    await this.handOff.execute(ctx.tx, event, ctx.meta);
  }
}
