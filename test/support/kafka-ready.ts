import { INestApplication } from '@nestjs/common';
import { ModuleRef } from '@nestjs/core';
import { inboxStarted } from '@hub/http';
import { MessagingRuntime } from '@hub/messaging';
import { optionalProvider } from '@hub/operations';

/**
 * An app serves HTTP before Kafka is connected (production wants that); a test that sends it work and waits for the
 * effect over Kafka waits for this first: the producer connected and the relay running, the inbox in its group.
 */
export async function untilKafkaReady(app: INestApplication): Promise<void> {
  await inboxStarted(app);
  // Through ModuleRef: the app's own `get` aborts the process on an unknown provider (the simulator and the console have no Kafka).
  await optionalProvider(app.get(ModuleRef), MessagingRuntime)?.whenConnected();
}
