import { Body, Controller, Get, HttpCode, Inject, Logger, Post } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { type ActorContext, actorLabel, CallerContext, Callers } from '@hub/auth';
import type { EnableEndpointRequestV2, PartnerEndpointV1 } from '@hub/contracts';
import { conflict, ContractBodyPipe } from '@hub/http';
import { ADAPTER_SETTINGS, AdapterSettings } from './adapter-settings';
import { DeliveryLifecycle } from './delivery-lifecycle';
import { DeliveryRepository } from './delivery.repository';
import { PartnerEndpointRepository } from './partner-endpoint.repository';

/**
 * The partner's endpoint as the people who run the hub see it: whether deliveries go out and why not, and enabling
 * it again after it was disabled (410 Gone, or failing for days) once the partner says it is back.
 */
@Controller('endpoint')
export class EndpointController {
  private readonly logger = new Logger(EndpointController.name);

  constructor(
    @Inject(ADAPTER_SETTINGS) private readonly settings: AdapterSettings,
    private readonly endpoint: PartnerEndpointRepository,
    private readonly deliveries: DeliveryRepository,
    private readonly lifecycle: DeliveryLifecycle,
    private readonly dataSource: DataSource,
  ) {}

  @Get()
  @Callers('partner', 'operator', 'auditor')
  async get(): Promise<PartnerEndpointV1> {
    const tx = this.dataSource.manager;
    const state = await this.endpoint.stateOf(tx, this.settings.partnerId);
    return {
      partnerId: state.partnerId,
      url: this.settings.channel === 'push' ? this.settings.endpointUrl : null,
      channel: this.settings.channel,
      state: state.disabledAt ? 'disabled' : 'enabled',
      disabledAt: state.disabledAt?.toISOString() ?? null,
      disabledReason: state.disabledReason,
      disabledError: state.disabledError,
      consecutiveFailures: state.consecutiveFailures,
      failingSince: state.failingSince?.toISOString() ?? null,
      breakerOpenUntil: state.breakerOpenUntil?.toISOString() ?? null,
      slowedUntil: state.slowedUntil?.toISOString() ?? null,
      pendingDeliveries: await this.deliveries.pendingCount(tx, this.settings.partnerId),
    };
  }

  @Post('enable')
  @Callers('operator')
  @HttpCode(200)
  async enable(
    @Body(new ContractBodyPipe('http/adapter/enable-endpoint.v2')) body: EnableEndpointRequestV2,
    @CallerContext() { actor }: ActorContext,
  ): Promise<PartnerEndpointV1> {
    const enabled = await this.dataSource.transaction((tx) => this.endpoint.enable(tx, this.settings.partnerId));
    if (!enabled) throw conflict('endpoint_not_disabled', `${this.settings.partnerId}'s endpoint is not disabled; nothing to enable`);
    this.logger.warn(`${this.settings.partnerId}: endpoint enabled by ${actorLabel(actor)}: ${body.reason}`);
    this.lifecycle.worker.wake();
    return this.get();
  }
}
