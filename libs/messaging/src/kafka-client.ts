import { Logger } from '@nestjs/common';
import { Kafka, logCreator, logLevel } from 'kafkajs';

/**
 * kafkajs's lines through the app's own logger (one format, secrets redacted, the work's ids), under the context
 * kafkajs, with kafkajs's own fields (broker, groupId, retryCount…) kept as they are.
 */
const throughHubLogger: logCreator = () => {
  const logger = new Logger('kafkajs');
  return ({ level, log }) => {
    const { message, timestamp: _timestamp, logger: _name, ...fields } = log;
    const entry = { message: `${log.logger ?? ''} ${message}`.trim(), ...fields };
    if (level === logLevel.ERROR || level === logLevel.NOTHING) logger.error(entry);
    else if (level === logLevel.WARN) logger.warn(entry);
    else if (level === logLevel.INFO) logger.log(entry);
    else logger.debug(entry);
  };
};

/** One place that decides how the hub's apps connect to Kafka. */
export function createKafka(brokers: string[], clientId: string): Kafka {
  return new Kafka({
    clientId,
    brokers,
    logLevel: logLevel.ERROR,
    logCreator: throughHubLogger,
    // Back-off capped at 2 s (kafkajs's default cap is 30 s): a client that waited out a broker outage must notice its
    // return at once, not after its next half-minute step.
    retry: { initialRetryTime: 200, maxRetryTime: 2_000, retries: 8 },
  });
}
