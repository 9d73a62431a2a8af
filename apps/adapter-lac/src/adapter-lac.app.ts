import { INestApplication, Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { DataSource } from 'typeorm';
import { ADAPTER_CONSUMES, AdapterKitModule, DEMO_WEBHOOK_SECRETS } from '@hub/adapter-kit';
import { kafkaBrokerList } from '@hub/config';
import { databaseHealthController, logLevelsUpTo, startHttpApp } from '@hub/http';
import { connectKafkaInbox, MessagingRuntime, PARTNER_DELIVERY_POLICY } from '@hub/messaging';
import { AdapterLacConfig } from './adapter-lac.config';
import { LacCallbacksController } from './lac-callbacks.controller';
import { lacMappingV1 } from './lac-mapping';
import { OrderIssuedHandler } from './order-issued.handler';

export const ADAPTER_LAC_APP_NAME = 'adapter-lac';

export async function startAdapterLac(config: AdapterLacConfig): Promise<{ app: INestApplication; url: string }> {
  const demoSecretIn = (['LAC_WEBHOOK_SECRET', 'LAC_WEBHOOK_PREVIOUS_SECRET'] as const).find((name) => config[name] === DEMO_WEBHOOK_SECRETS.lac);
  if (!['dev', 'test'].includes(config.HUB_ENV) && demoSecretIn) {
    // The demo secret is in this repository: anyone could sign as LAC with it.
    throw new Error(`${demoSecretIn}: the built-in demo secret is refused when HUB_ENV=${config.HUB_ENV}`);
  }

  @Module({
    imports: [
      AdapterKitModule.forPartner({
        appName: ADAPTER_LAC_APP_NAME,
        mapping: lacMappingV1,
        databaseUrl: config.DATABASE_URL,
        brokers: kafkaBrokerList(config),
        hubEnv: config.HUB_ENV,
        endpointUrl: config.LAC_ENDPOINT_URL,
        secrets: [config.LAC_WEBHOOK_SECRET, ...(config.LAC_WEBHOOK_PREVIOUS_SECRET ? [config.LAC_WEBHOOK_PREVIOUS_SECRET] : [])],
        timestampToleranceSeconds: config.WEBHOOK_TOLERANCE_SECONDS,
        deliveryPolicy: PARTNER_DELIVERY_POLICY,
        deliveryGiveUpAfterMs: config.LAC_DELIVERY_GIVE_UP_AFTER_SECONDS * 1000,
        breaker: {
          threshold: config.LAC_BREAKER_THRESHOLD,
          coolDownMs: config.LAC_BREAKER_COOL_DOWN_SECONDS * 1000,
          maxCoolDownMs: Math.max(config.LAC_BREAKER_COOL_DOWN_SECONDS, config.LAC_BREAKER_MAX_COOL_DOWN_SECONDS) * 1000,
        },
      }),
    ],
    controllers: [LacCallbacksController, OrderIssuedHandler, databaseHealthController(ADAPTER_LAC_APP_NAME)],
  })
  class AdapterLacModule {}

  // rawBody: the signature covers the exact bytes LAC sent, not our re-serialisation of them.
  const app = await NestFactory.create(AdapterLacModule, { rawBody: true, logger: logLevelsUpTo(config.LOG_LEVEL) });
  connectKafkaInbox(app, {
    appName: ADAPTER_LAC_APP_NAME,
    hubEnv: config.HUB_ENV,
    kafka: app.get(MessagingRuntime).kafka,
    dataSource: app.get(DataSource),
    consumes: ADAPTER_CONSUMES,
  });
  const url = await startHttpApp(app, { openApi: 'adapter-lac', port: config.PORT, host: config.HOST });
  return { app, url };
}
