import { Controller } from '@nestjs/common';
import { Ctx, Payload } from '@nestjs/microservices';
import type { InvoiceV2 } from '@hub/contracts';
import { ConsumesTopic, Envelope, InboxContext, TOPICS } from '@hub/messaging';
import { SubmitInvoiceFromAdapter } from './usecases/submit-invoice-from-adapter.usecase';

/** Kafka entry point for partner invoices from their adapters; the rule lives in the use case (the one behind POST /invoices). */
@Controller()
export class InvoiceSubmittedHandler {
  constructor(private readonly submitInvoiceFromAdapter: SubmitInvoiceFromAdapter) {}

  @ConsumesTopic(TOPICS.invoiceSubmitted)
  async onInvoiceSubmitted(@Payload() event: Envelope<InvoiceV2>, @Ctx() ctx: InboxContext): Promise<void> {
    await this.submitInvoiceFromAdapter.execute(ctx.tx, event);
  }
}
