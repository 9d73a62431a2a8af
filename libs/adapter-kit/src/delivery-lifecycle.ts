import { Inject, Injectable, OnApplicationBootstrap, BeforeApplicationShutdown } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { isDemoEnvironment } from '@hub/config';
import { createEnvelope, MessagingRuntime, TOPICS, WakeablePause } from '@hub/messaging';
import { HubMetrics } from '@hub/operations';
import { PgNotificationListener } from '@hub/persistence';
import { ADAPTER_SETTINGS, AdapterSettings } from './adapter-settings';
import { DeliveryRepository, PartnerDelivery } from './delivery.repository';
import { PartnerDeliveryWorker } from './partner-delivery.worker';
import { EndpointState, PartnerEndpointRepository } from './partner-endpoint.repository';
import { StatusIntake } from './status-intake';

const ENDPOINT_STATES = ['closed', 'open', 'slowed', 'disabled'] as const;

/** One word for the endpoint's state, as the breaker metric reports it: disabled over open over slowed. */
function endpointStateName(state: EndpointState): (typeof ENDPOINT_STATES)[number] {
  const now = Date.now();
  if (state.disabledAt) return 'disabled';
  if (state.breakerOpenUntil && state.breakerOpenUntil.getTime() > now) return 'open';
  if (state.slowedUntil && state.slowedUntil.getTime() > now) return 'slowed';
  return 'closed';
}

/**
 * Runs the partner delivery worker for as long as the adapter runs — when the partner takes pushes; a partner that
 * polls gets its deliveries from the feed, which waits on the same "queued" signal.
 */
@Injectable()
export class DeliveryLifecycle implements OnApplicationBootstrap, BeforeApplicationShutdown {
  readonly worker: PartnerDeliveryWorker;
  /** Woken when a delivery for this partner is queued: the worker's idle wait and the feed's long polls. */
  readonly queuedSignal = new WakeablePause();
  private readonly queued: PgNotificationListener;

  constructor(
    @Inject(ADAPTER_SETTINGS) private readonly settings: AdapterSettings,
    dataSource: DataSource,
    deliveries: DeliveryRepository,
    endpoint: PartnerEndpointRepository,
    private readonly intake: StatusIntake,
    messaging: MessagingRuntime,
    metrics: HubMetrics,
  ) {
    this.worker = new PartnerDeliveryWorker(dataSource, deliveries, endpoint, {
      partnerId: settings.partnerId,
      endpointUrl: settings.endpointUrl,
      refusePrivateAddresses: !isDemoEnvironment(settings.hubEnv),
      secrets: settings.secrets,
      policy: settings.deliveryPolicy,
      giveUpAfterMs: settings.deliveryGiveUpAfterMs,
      ...(settings.breaker ? { breaker: settings.breaker } : {}),
      ...(settings.disableAfterFailingMs !== undefined ? { disableAfterFailingMs: settings.disableAfterFailingMs } : {}),
      // The alert for the coordinator: one event per case whose deliveries the disabled endpoint holds.
      onEndpointDisabled: async (tx, reason, error) => {
        const disabledAt = new Date();
        for (const held of await deliveries.pendingByCase(tx, settings.partnerId)) {
          const alert = createEnvelope(TOPICS.partnerEndpointDisabled, {
            caseId: held.caseId,
            partnerId: settings.partnerId,
            correlationId: held.correlationId,
            occurredAt: disabledAt,
            payload: { partnerId: settings.partnerId, caseId: held.caseId, reason, error: error.slice(0, 2000), disabledAt: disabledAt.toISOString(), heldOrderIds: held.orderIds },
          });
          await messaging.publish(tx, TOPICS.partnerEndpointDisabled, alert);
        }
      },
      source: { topics: { order: TOPICS.orderIssued, cancellation: TOPICS.orderCancelled, review: TOPICS.deliverableReviewed }, deadLetters: { appName: settings.appName, groupId: `${settings.hubEnv}.${settings.appName}` } },
      onDelivered: (tx, delivery) => this.delivered(tx, delivery),
      onAttempt: ({ outcome, durationMs }) => {
        metrics.deliveryAttempts.inc({ partner: settings.partnerId, outcome });
        metrics.deliveryDuration.observe({ partner: settings.partnerId }, durationMs / 1000);
      },
    });
    metrics.onScrape(async () => {
      const current = endpointStateName(await endpoint.stateOf(dataSource.manager, settings.partnerId));
      for (const state of ENDPOINT_STATES) metrics.endpointState.set({ partner: settings.partnerId, state }, state === current ? 1 : 0);
    });
    const partnerId = settings.partnerId;
    this.queued = new PgNotificationListener(settings.databaseUrl, settings.appName).on('hub_partner_delivery', (queuedFor) => {
      if (queuedFor !== partnerId) return;
      this.worker.wake();
      this.queuedSignal.wake();
    });
  }

  /**
   * A delivery reached the partner, pushed (a 2xx) or pulled (acknowledged from the feed): the partner's system has
   * acknowledged the order (a cancellation's arrival is on its record).
   */
  async delivered(tx: EntityManager, delivery: PartnerDelivery): Promise<void> {
    if (delivery.kind !== 'order') return;
    await this.intake.publishStatus(tx, delivery, { orderId: delivery.orderId, status: 'acknowledged', reportedAt: new Date().toISOString() });
  }

  async onApplicationBootstrap(): Promise<void> {
    await this.queued.start();
    if (this.settings.channel === 'push') this.worker.start();
  }

  // Before TypeORM closes its pool (it does so on application shutdown), so no tick runs without a database.
  async beforeApplicationShutdown(): Promise<void> {
    await this.queued.close();
    await this.worker.stop();
  }
}
