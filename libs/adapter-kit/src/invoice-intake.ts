import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { contractValidator, describeIssues, type InvoiceV2 } from '@hub/contracts';
import { notFound } from '@hub/refusals';
import { createEnvelope, MessagingRuntime, TOPICS } from '@hub/messaging';
import { ADAPTER_SETTINGS, AdapterSettings } from './adapter-settings';
import { CallbackRecordRepository } from './callback-record.repository';
import { NativeVersion } from './define-adapter';
import { DeliveryRepository } from './delivery.repository';

/**
 * A partner's invoice in its native form, verified and validated: mapped to the canonical invoice — the partner
 * being the adapter's own, never the document's say — and published for core, which settles it exactly as
 * POST /invoices does and answers on hub.invoice.outcome.v1. The webhook-id claim, the record and the outbox row
 * commit together, so a resent invoice has no second effect; the partner reads core's decision by webhook-id.
 */
@Injectable()
export class InvoiceIntake {
  constructor(
    @Inject(ADAPTER_SETTINGS) private readonly settings: AdapterSettings,
    private readonly dataSource: DataSource,
    private readonly messaging: MessagingRuntime,
    private readonly deliveries: DeliveryRepository,
    private readonly callbacks: CallbackRecordRepository,
  ) {}

  execute(webhookId: string, native: unknown, version: NativeVersion): Promise<{ duplicate: boolean; eventId?: string }> {
    const { partnerId } = this.settings;
    const { mapping } = version;
    const toCanonical = mapping.toCanonicalInvoice as (invoice: unknown) => Omit<InvoiceV2, 'partnerId'>;
    const invoice: InvoiceV2 = { ...toCanonical(native), partnerId };
    // A valid native invoice that maps to an invalid canonical one is our mapping's bug, not the partner's.
    const check = contractValidator().validate('events/invoice-submitted.v2', invoice);
    if (!check.ok) throw new Error(`${partnerId} v${version.version} invoice maps to an invalid InvoiceV2: ${describeIssues(check.issues)}`);
    return this.dataSource.transaction(async (tx) => {
      const order = await this.deliveries.findByOrder(tx, partnerId, invoice.orderId);
      if (!order) throw notFound(`Engagement for ${partnerId}`, invoice.orderId);
      if (!(await this.callbacks.claim(tx, partnerId, webhookId))) return { duplicate: true };
      const envelope = createEnvelope(TOPICS.invoiceSubmitted, { caseId: order.caseId, partnerId, correlationId: order.correlationId, payload: invoice });
      await this.messaging.publish(tx, TOPICS.invoiceSubmitted, envelope);
      await this.callbacks.recordInvoice(tx, partnerId, webhookId, version.version, invoice.orderId, envelope.eventId);
      return { duplicate: false, eventId: envelope.eventId };
    });
  }
}
