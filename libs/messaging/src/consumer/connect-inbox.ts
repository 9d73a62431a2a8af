import { INestApplication } from '@nestjs/common';
import { KafkaInboxOptions, KafkaInboxServer } from './kafka-inbox.server';

/** Attaches the Kafka inbox to an HTTP app; `app.startAllMicroservices()` then starts consuming. */
export function connectKafkaInbox(app: INestApplication, options: KafkaInboxOptions): void {
  app.connectMicroservice({ strategy: new KafkaInboxServer(options) }, { inheritAppConfig: false });
}
