import { Kafka, logLevel } from 'kafkajs';

/** One place that decides how the hub's apps connect to Kafka. */
export function createKafka(brokers: string[], clientId: string): Kafka {
  return new Kafka({
    clientId,
    brokers,
    logLevel: logLevel.ERROR,
    // Back-off capped at 2 s (kafkajs's default cap is 30 s): a client that waited out a broker outage must notice its
    // return at once, not after its next half-minute step.
    retry: { initialRetryTime: 200, maxRetryTime: 2_000, retries: 8 },
  });
}
