import { Controller, Inject } from '@nestjs/common';
import { Ctx, Payload } from '@nestjs/microservices';
import type { DeliverableReviewedV1, InvoiceOutcomeV1, OrderCancelledV1, OrderIssuedV1, PartnerUpdatePlacedV1 } from '@hub/contracts';
import { ConsumesTopic, Envelope, InboxContext, TOPICS } from '@hub/messaging';
import { ADAPTER_SETTINGS, AdapterSettings } from './adapter-settings';
import { CallbackRecordRepository } from './callback-record.repository';
import { OrderHandOff } from './order-hand-off';

/** Kafka entry points of every adapter; each skips other partners' messages before any mapping sees them. */
@Controller()
export class OrderEventsHandler {
  constructor(
    @Inject(ADAPTER_SETTINGS) private readonly settings: AdapterSettings,
    private readonly handOff: OrderHandOff,
    private readonly callbacks: CallbackRecordRepository,
  ) {}

  @ConsumesTopic(TOPICS.orderIssued)
  async onOrderIssued(@Payload() event: Envelope<OrderIssuedV1>, @Ctx() ctx: InboxContext): Promise<void> {
    await this.handOff.execute(ctx.tx, event, ctx.meta);
  }

  @ConsumesTopic(TOPICS.orderCancelled)
  async onOrderCancelled(@Payload() event: Envelope<OrderCancelledV1>, @Ctx() ctx: InboxContext): Promise<void> {
    await this.handOff.cancel(ctx.tx, event, ctx.meta);
  }

  /** The coordinator reviewed one of the partner's deliverables: kept, and told to the partner behind its order. */
  @ConsumesTopic(TOPICS.deliverableReviewed)
  async onDeliverableReviewed(@Payload() event: Envelope<DeliverableReviewedV1>, @Ctx() ctx: InboxContext): Promise<void> {
    await this.handOff.review(ctx.tx, event, ctx.meta);
  }

  /** Core placed a report this adapter passed on: kept with the callback it came from, for the partner to read. */
  @ConsumesTopic(TOPICS.orderUpdatePlaced)
  async onUpdatePlaced(@Payload() event: Envelope<PartnerUpdatePlacedV1>, @Ctx() ctx: InboxContext): Promise<void> {
    if (event.payload.partnerId !== this.settings.partnerId) return;
    await this.callbacks.recordPlacement(ctx.tx, this.settings.partnerId, event.payload);
  }

  /** Core decided on an invoice this adapter passed on: kept with the request it came in, for the partner to read. */
  @ConsumesTopic(TOPICS.invoiceOutcome)
  async onInvoiceOutcome(@Payload() event: Envelope<InvoiceOutcomeV1>, @Ctx() ctx: InboxContext): Promise<void> {
    if (event.payload.partnerId !== this.settings.partnerId) return;
    await this.callbacks.recordInvoiceOutcome(ctx.tx, this.settings.partnerId, event.payload);
  }
}
