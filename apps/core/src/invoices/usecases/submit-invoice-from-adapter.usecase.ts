import { Injectable, Logger } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import type { PartnerActor } from '@hub/auth';
import type { InvoiceOutcomeV1, InvoiceV2 } from '@hub/contracts';
import { refusalOf } from '@hub/refusals';
import { createEnvelope, Envelope, MessagingRuntime, TOPICS } from '@hub/messaging';
import { withSavepoint } from '@hub/persistence';
import { InvoiceEntity } from '../invoice.entity';
import { InvoiceRepository } from '../invoice.repository';
import { SubmitInvoice } from './submit-invoice.usecase';

/** The outcome's verdict, and the case of the invoice when one was stored. */
type Decision = Pick<InvoiceOutcomeV1, 'outcome' | 'invoiceId' | 'state' | 'coveredYen' | 'retainedYen' | 'refusal'> & { caseId?: string };

/**
 * A partner's invoice its adapter mapped to the canonical invoice and sent over Kafka. It is settled by the very use
 * case behind POST /invoices, inside the inbox transaction, so the invoice, its settlement and the event's processed
 * mark commit together: a redelivered message is claimed once and has one effect.
 *
 * Whatever POST /invoices would refuse is refused here with the same code, message and issues, and reported back on
 * hub.invoice.outcome.v1 instead of being dead-lettered: what the attempt did is rolled back to a savepoint and the
 * refusal commits with the processed mark. A fault that is not a refusal propagates, so the inbox retries and then
 * dead-letters the message, as for any other topic.
 */
@Injectable()
export class SubmitInvoiceFromAdapter {
  private readonly logger = new Logger(SubmitInvoiceFromAdapter.name);

  constructor(
    private readonly submitInvoice: SubmitInvoice,
    private readonly invoices: InvoiceRepository,
    private readonly messaging: MessagingRuntime,
  ) {}

  async execute(tx: EntityManager, event: Envelope<InvoiceV2>): Promise<InvoiceOutcomeV1['outcome']> {
    const invoice = event.payload;
    // The adapter stamps its own partner on the envelope: that is who sent the invoice and who hears back (an envelope
    // naming no partner is refused, and the outcome goes to the partner the invoice names).
    const sender = event.partnerId ?? invoice.partnerId;
    const decided = await this.decide(tx, event);
    const { caseId, ...outcome } = decided;
    await this.messaging.publish(
      tx,
      TOPICS.invoiceOutcome,
      createEnvelope(TOPICS.invoiceOutcome, {
        // The stored invoice's case once accepted (a correct adapter's envelope names the same); the envelope's otherwise.
        caseId: caseId ?? event.caseId,
        partnerId: sender,
        correlationId: event.correlationId,
        payload: {
          partnerId: sender,
          orderId: invoice.orderId,
          invoiceNumber: invoice.invoiceNumber,
          submittedEventId: event.eventId,
          ...outcome,
          decidedAt: new Date().toISOString(),
        },
      }),
    );
    return decided.outcome;
  }

  private async decide(tx: EntityManager, event: Envelope<InvoiceV2>): Promise<Decision> {
    const invoice = event.payload;
    if (event.partnerId !== invoice.partnerId) {
      // Over HTTP there is no sender to compare; over Kafka an adapter must not invoice for another partner.
      this.logger.warn(`invoice ${invoice.invoiceNumber} (event ${event.eventId}) names ${invoice.partnerId} but came from ${event.partnerId ?? 'an envelope naming no partner'}`);
      return {
        outcome: 'refused',
        refusal: {
          code: 'partner_mismatch',
          message: `Invoice ${invoice.invoiceNumber} names partner ${invoice.partnerId}, but ${event.partnerId ? `${event.partnerId}'s adapter sent it` : 'its envelope names no sending partner'}`,
          issues: [{ field: 'partnerId', reason: event.partnerId ? `must be ${event.partnerId}, the partner whose adapter sent it` : 'must be the partner on the envelope, which names none' }],
        },
      };
    }
    let stored: InvoiceEntity;
    try {
      stored = await withSavepoint(tx, 'invoice_from_adapter', () => this.submitInvoice.execute(invoice, { actor: adapterSender(invoice.partnerId), correlationId: event.correlationId }, tx));
    } catch (error) {
      const refusal = refusalOf(error);
      if (!refusal) throw error;
      return { outcome: 'refused', refusal: { code: refusal.code, message: refusal.message, issues: refusal.issues ?? [] } };
    }
    const decision = stored.state === 'settled' ? await this.invoices.currentDecisionOf(tx, stored.id) : null;
    return {
      outcome: 'accepted',
      caseId: stored.caseId,
      invoiceId: stored.id,
      state: stored.state,
      ...(decision ? { coveredYen: decision.coveredYen, retainedYen: decision.retainedYen } : {}),
    };
  }
}

/** The partner whose adapter sent the event: the adapter authenticated it (token and signature), the envelope carries it. */
function adapterSender(partnerId: string): PartnerActor {
  return { kind: 'partner', partnerId, clientId: `adapter-${partnerId}` };
}
