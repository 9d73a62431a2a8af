import { Controller } from '@nestjs/common';
import { Ctx, Payload } from '@nestjs/microservices';
import type { DeliverablesReceivedV1 } from '@hub/contracts';
import { ConsumesTopic, Envelope, InboxContext, TOPICS } from '@hub/messaging';
import { RecordDeliverables } from './usecases/record-deliverables.usecase';

/** Kafka entry point for what partners delivered; the rule lives in the use case. */
@Controller()
export class DeliverablesReceivedHandler {
  constructor(private readonly record: RecordDeliverables) {}

  @ConsumesTopic(TOPICS.deliverablesReceived)
  async onReceived(@Payload() event: Envelope<DeliverablesReceivedV1>, @Ctx() ctx: InboxContext): Promise<void> {
    await this.record.execute(ctx.tx, event);
  }
}
