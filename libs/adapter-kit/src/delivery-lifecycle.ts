import { Inject, Injectable, OnApplicationBootstrap, BeforeApplicationShutdown } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { TOPICS } from '@hub/messaging';
import { PgNotificationListener } from '@hub/persistence';
import { ADAPTER_SETTINGS, AdapterSettings } from './adapter-settings';
import { DeliveryRepository } from './delivery.repository';
import { PartnerDeliveryWorker } from './partner-delivery.worker';
import { StatusIntake } from './status-intake';

/** Runs the partner delivery worker for as long as the adapter runs. */
@Injectable()
export class DeliveryLifecycle implements OnApplicationBootstrap, BeforeApplicationShutdown {
  readonly worker: PartnerDeliveryWorker;
  private readonly queued: PgNotificationListener;

  constructor(
    @Inject(ADAPTER_SETTINGS) settings: AdapterSettings,
    dataSource: DataSource,
    deliveries: DeliveryRepository,
    intake: StatusIntake,
  ) {
    this.worker = new PartnerDeliveryWorker(dataSource, deliveries, {
      partnerId: settings.partnerId,
      endpointUrl: settings.endpointUrl,
      secrets: settings.secrets,
      policy: settings.deliveryPolicy,
      giveUpAfterMs: settings.deliveryGiveUpAfterMs,
      ...(settings.breaker ? { breaker: settings.breaker } : {}),
      source: { topics: { order: TOPICS.orderIssued, cancellation: TOPICS.orderCancelled }, deadLetters: { appName: settings.appName, groupId: `${settings.hubEnv}.${settings.appName}` } },
      // A 2xx from the partner's system is its acknowledgement of the order (a cancellation's is on its record).
      onDelivered: async (tx, delivery) => {
        if (delivery.kind !== 'order') return;
        await intake.publishStatus(tx, delivery, {
          orderId: delivery.orderId,
          status: 'acknowledged',
          reportedAt: new Date().toISOString(),
        });
      },
    });
    const partnerId = settings.partnerId;
    this.queued = new PgNotificationListener(settings.databaseUrl, settings.appName).on('hub_partner_delivery', (queuedFor) => {
      if (queuedFor === partnerId) this.worker.wake();
    });
  }

  async onApplicationBootstrap(): Promise<void> {
    await this.queued.start();
    this.worker.start();
  }

  // Before TypeORM closes its pool (it does so on application shutdown), so no tick runs without a database.
  async beforeApplicationShutdown(): Promise<void> {
    await this.queued.close();
    await this.worker.stop();
  }
}
