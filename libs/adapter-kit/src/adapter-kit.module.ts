import { DynamicModule, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { MessagingRuntime, TOPICS } from '@hub/messaging';
import { postgresOptions } from '@hub/persistence';
import { ADAPTER_SETTINGS, AdapterSettings } from './adapter-settings';
import { DeliveriesController } from './deliveries.controller';
import { DeliveryLifecycle } from './delivery-lifecycle';
import { DeliveryRepository } from './delivery.repository';
import { InboundWebhookRepository } from './inbound-webhook.repository';
import { OrderHandOff } from './order-hand-off';
import { StatusIntake } from './status-intake';
import { WebhookAuth } from './webhook-auth';

/** Topics every adapter consumes: one handler each, in the adapter app. */
export const ADAPTER_CONSUMES = [TOPICS.orderIssued];

/**
 * Everything partner adapters share: persistence, messaging, signed delivery with retries, inbound
 * signature checks and replay protection. The adapter app adds its mapping and two thin controllers.
 */
@Module({})
export class AdapterKitModule {
  static forPartner(settings: AdapterSettings): DynamicModule {
    return {
      module: AdapterKitModule,
      global: true,
      imports: [TypeOrmModule.forRoot(postgresOptions(settings.databaseUrl, [], { applicationName: settings.appName }))],
      // Every adapter serves the record of its deliveries.
      controllers: [DeliveriesController],
      providers: [
        { provide: ADAPTER_SETTINGS, useValue: settings },
        {
          provide: MessagingRuntime,
          inject: [DataSource],
          useFactory: (dataSource: DataSource) =>
            new MessagingRuntime(
              { appName: settings.appName, hubEnv: settings.hubEnv, brokers: settings.brokers, produces: [TOPICS.orderStatusChanged, ...ADAPTER_CONSUMES] },
              dataSource,
            ),
        },
        DeliveryRepository,
        InboundWebhookRepository,
        OrderHandOff,
        StatusIntake,
        WebhookAuth,
        DeliveryLifecycle,
      ],
      exports: [ADAPTER_SETTINGS, MessagingRuntime, OrderHandOff, StatusIntake, WebhookAuth, DeliveryLifecycle, DeliveryRepository],
    };
  }
}
