import { DynamicModule, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AuthenticatedAppConfig, AuthModule } from '@hub/auth';
import { ObservabilityModule } from '@hub/operations';
import { MessagingRuntime, TOPICS } from '@hub/messaging';
import { postgresOptions } from '@hub/persistence';
import { ADAPTER_SETTINGS, AdapterSettings } from './adapter-settings';
import { callbacksControllerFor } from './callbacks.controller';
import { DeliveriesController } from './deliveries.controller';
import { EndpointController } from './endpoint.controller';
import { feedControllerFor } from './feed.controller';
import { DeliverableIntake } from './deliverable-intake';
import { DeliverableRepository } from './deliverable.repository';
import { InvoiceIntake } from './invoice-intake';
import { invoicesControllerFor, takesInvoices } from './invoices.controller';
import { DeliveryAttemptListRepository } from './delivery-attempt-list.repository';
import { DeliveryLifecycle } from './delivery-lifecycle';
import { DeliveryRepository } from './delivery.repository';
import { PartnerEndpointRepository } from './partner-endpoint.repository';
import { CallbackRecordRepository } from './callback-record.repository';
import { OrderHandOff } from './order-hand-off';
import { OrderEventsHandler } from './order-events.handler';
import { StatusIntake } from './status-intake';
import { submissionsControllerFor } from './submissions.controller';
import { WebhookAuth } from './webhook-auth';

/** Topics every adapter consumes: one handler each, in the kit. */
export const ADAPTER_CONSUMES = [TOPICS.orderIssued, TOPICS.orderCancelled, TOPICS.orderUpdatePlaced, TOPICS.invoiceOutcome, TOPICS.deliverableReviewed];

/**
 * Everything a partner adapter is, but its mapping: persistence, messaging, the order consumer, signed delivery with
 * retries and its record, the inbound callback routes of every native version (signature, then contract), replay
 * protection and health. Built from the adapter's settings, which come from its definition.
 */
@Module({})
export class AdapterKitModule {
  static forPartner(settings: AdapterSettings, config: AuthenticatedAppConfig): DynamicModule {
    return {
      module: AdapterKitModule,
      global: true,
      imports: [
        ObservabilityModule.forApp(settings.appName),
        TypeOrmModule.forRoot(postgresOptions(settings.databaseUrl, [], { applicationName: settings.appName, poolSize: settings.databasePoolSize })),
        // Partner tokens are checked with the keys core publishes; only this adapter's partner's tokens count here.
        AuthModule.forRoot({ config, appName: settings.appName, issuesPartnerTokens: false, adapterPartner: settings.partnerId }),
      ],
      controllers: [
        ...settings.versions.map((native) => callbacksControllerFor(settings.partnerId, native)),
        ...settings.versions.filter(takesInvoices).map((native) => invoicesControllerFor(settings.partnerId, native)),
        ...settings.versions.flatMap((native) => (native.mapping.submissions ?? []).map((submission) => submissionsControllerFor(settings.partnerId, native, submission))),
        // The feed of a partner that pulls, under the version its deliveries are in.
        feedControllerFor(settings.partnerId, settings.outbound.version),
        OrderEventsHandler,
        // Every adapter serves the record of its deliveries and the state of its partner's endpoint.
        DeliveriesController,
        EndpointController,
      ],
      providers: [
        { provide: ADAPTER_SETTINGS, useValue: settings },
        {
          provide: MessagingRuntime,
          inject: [DataSource],
          useFactory: (dataSource: DataSource) =>
            new MessagingRuntime(
              { appName: settings.appName, hubEnv: settings.hubEnv, brokers: settings.brokers, produces: [TOPICS.orderStatusChanged, TOPICS.partnerEndpointDisabled, TOPICS.invoiceSubmitted, TOPICS.deliverablesReceived, ...ADAPTER_CONSUMES] },
              dataSource,
            ),
        },
        DeliveryRepository,
        DeliveryAttemptListRepository,
        PartnerEndpointRepository,
        CallbackRecordRepository,
        OrderHandOff,
        StatusIntake,
        InvoiceIntake,
        DeliverableRepository,
        DeliverableIntake,
        WebhookAuth,
        DeliveryLifecycle,
      ],
      exports: [ADAPTER_SETTINGS, MessagingRuntime, OrderHandOff, StatusIntake, WebhookAuth, DeliveryLifecycle, DeliveryRepository, PartnerEndpointRepository],
    };
  }
}
