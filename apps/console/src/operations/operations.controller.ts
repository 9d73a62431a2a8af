import { Controller, Get, HttpStatus, Inject } from '@nestjs/common';
import type { Kafka } from 'kafkajs';
import { Callers } from '@hub/auth';
import { HubHttpError } from '@hub/http';
import { CONSOLE_SETTINGS, type ConsoleSettings } from '../console-settings';
import { consumerLag, type TopicLag } from './consumer-lag';

export const CONSOLE_KAFKA = Symbol('CONSOLE_KAFKA');

/** What the people who run the hub watch besides dead letters and deliveries (which core and the adapters serve). */
@Controller('api/operations')
export class OperationsController {
  constructor(
    @Inject(CONSOLE_KAFKA) private readonly kafka: Kafka,
    @Inject(CONSOLE_SETTINGS) private readonly settings: ConsoleSettings,
  ) {}

  @Get('consumer-lag')
  @Callers('operator', 'auditor')
  async lag(): Promise<{ measuredAt: string; lags: TopicLag[] }> {
    try {
      return { measuredAt: new Date().toISOString(), lags: await consumerLag(this.kafka, this.settings.hubEnv) };
    } catch (error) {
      throw new HubHttpError(HttpStatus.SERVICE_UNAVAILABLE, 'broker_unavailable', `The Kafka broker did not answer: ${(error as Error).message}`);
    }
  }

  /** Which partners' adapters the console knows, for the operations screen's list. */
  @Get('partners')
  @Callers('operator', 'auditor', 'coordinator')
  partners(): { partners: string[] } {
    return { partners: Object.keys(this.settings.adapterUrls) };
  }
}
