import { Controller } from '@nestjs/common';
import { Ctx, Payload } from '@nestjs/microservices';
import type { OrderIssuedV1 } from '@hub/contracts';
import { OrderHandOff } from '@hub/adapter-kit';
import { ConsumesTopic, Envelope, InboxContext, TOPICS } from '@hub/messaging';

@Controller()
export class OrderIssuedHandler {
  constructor(private readonly handOff: OrderHandOff) {}

  @ConsumesTopic(TOPICS.orderIssued)
  async onOrderIssued(@Payload() event: Envelope<OrderIssuedV1>, @Ctx() ctx: InboxContext): Promise<void> {
    await this.handOff.execute(ctx.tx, event, ctx.meta);
  }
}
