import { Controller, Logger } from '@nestjs/common';
import { Ctx, Payload } from '@nestjs/microservices';
import type { SystemActor } from '@hub/auth';
import type { PayoutBankConfirmedV1 } from '@hub/contracts';
import { ConsumesTopic, Envelope, InboxContext, TOPICS } from '@hub/messaging';
import { InvoiceRepository } from './invoice.repository';
import { ConfirmPayment } from './usecases/confirm-payment.usecase';

/** Who confirms a payment the bank reported: the reconciler that matched the transfer, on timelines as `reconciler`. */
export const RECONCILER_ACTOR: SystemActor = { kind: 'system', name: 'reconciler' };

/**
 * Kafka entry point for payments the insurer's bank reported and the reconciler matched to a payout
 * (hub.payout.bank-confirmed.v1): the rule is the use case behind POST /payouts/{payoutId}/confirm-payment, run in the
 * inbox's transaction so the payment and the event's claim commit together.
 *
 * A payout already paid under the same reference is this confirmation arriving again (replayed, or after a person
 * confirmed the same payment with the bank's reference): nothing to do. Any other refusal — the amount is not one the
 * payout was instructed at, the payout was amended to ¥0, it was paid under another reference, it does not exist — is
 * the same answer on every attempt: the inbox dead-letters a Refusal at once, without retrying (kafka-inbox.server.ts),
 * so it never loops. Dead-lettering rather than ignoring it is deliberate: money left the insurer's account that the hub
 * could not book, so it stays on the record (GET /dead-letters, the console, the messaging-health job) until a person
 * settles it and, if the payout was put right, replays it.
 */
@Controller()
export class PayoutBankConfirmedHandler {
  private readonly logger = new Logger(PayoutBankConfirmedHandler.name);

  constructor(
    private readonly invoices: InvoiceRepository,
    private readonly confirmPayment: ConfirmPayment,
  ) {}

  @ConsumesTopic(TOPICS.payoutBankConfirmed)
  async onBankConfirmed(@Payload() event: Envelope<PayoutBankConfirmedV1>, @Ctx() ctx: InboxContext): Promise<void> {
    const { payoutId, paymentReference, paidAt, amountYen } = event.payload;
    const payout = await this.invoices.payoutById(ctx.tx, payoutId);
    if (payout?.state === 'paid' && payout.paymentReference === paymentReference) {
      this.logger.log(`payout ${payoutId} is already paid under ${paymentReference}: bank confirmation ${event.eventId} changes nothing`);
      return;
    }
    await this.confirmPayment.executeIn(ctx.tx, { payoutId }, { paymentReference, paidAt, amountYen }, { actor: RECONCILER_ACTOR, correlationId: event.correlationId });
  }
}
