import { INestApplication, Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { DataSource } from 'typeorm';
import { ADAPTER_CONSUMES, AdapterKitModule } from '@hub/adapter-kit';
import { kafkaBrokerList } from '@hub/config';
import { configureAndListen, logLevelsUpTo } from '@hub/http';
import { connectKafkaInbox, MessagingRuntime, PARTNER_DELIVERY_POLICY } from '@hub/messaging';
import { AdapterLacConfig, DEV_LAC_WEBHOOK_SECRET } from './adapter-lac.config';
import { HealthController } from './health.controller';
import { LacCallbacksController } from './lac-callbacks.controller';
import { lacMappingV1 } from './lac-mapping';
import { OrderIssuedHandler } from './order-issued.handler';

export const ADAPTER_LAC_APP_NAME = 'adapter-lac';

export async function startAdapterLac(config: AdapterLacConfig): Promise<{ app: INestApplication; url: string }> {
  if (!['dev', 'test'].includes(config.HUB_ENV) && config.LAC_WEBHOOK_SECRET === DEV_LAC_WEBHOOK_SECRET) {
    throw new Error(`LAC_WEBHOOK_SECRET: the built-in demo secret is refused when HUB_ENV=${config.HUB_ENV}`);
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
      }),
    ],
    controllers: [LacCallbacksController, OrderIssuedHandler, HealthController],
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
  await app.startAllMicroservices();
  const url = await configureAndListen(app, { openApi: 'adapter-lac', port: config.PORT, host: config.HOST });
  return { app, url };
}
