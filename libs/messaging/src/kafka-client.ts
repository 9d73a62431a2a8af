import { Kafka, logLevel } from 'kafkajs';

/** One place that decides how the hub's apps connect to Kafka. */
export function createKafka(brokers: string[], clientId: string): Kafka {
  return new Kafka({
    clientId,
    brokers,
    logLevel: logLevel.ERROR,
    retry: { initialRetryTime: 200, retries: 8 },
  });
}
