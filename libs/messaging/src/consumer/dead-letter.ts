import type { DeadLetterV1 } from '@hub/contracts';
import { IHeaders } from 'kafkajs';
import { DataSource, EntityManager } from 'typeorm';
import { appendRawToOutbox } from '../outbox/outbox-writer';
import { TopicDefinition } from '../topic-catalog';
import { InvalidMessageError } from './errors';
import { InboundMessageMeta } from './inbox-context';

export interface FailedMessage {
  /** What `processed_events` knows this message by: its event id, or topic:partition:offset when unparseable. */
  eventKey: string;
  eventId?: string;
  raw: string;
  meta: InboundMessageMeta;
  headers?: IHeaders;
}

export interface DeadLetterWriter {
  appName: string;
  groupId: string;
}

/**
 * Puts a message that could not be handled on its topic's dead-letter topic, with the error, through the
 * outbox: the dead letter and the "processed" mark commit together, so a redelivery is not dead-lettered
 * twice and a crash here loses nothing.
 */
export async function deadLetter(
  consumer: DeadLetterWriter & { dataSource: DataSource },
  definition: TopicDefinition,
  failed: FailedMessage,
  error: unknown,
  attempts: number,
): Promise<void> {
  await consumer.dataSource.transaction((tx) => appendDeadLetter(tx, consumer, definition, failed, error, attempts));
}

/** The same, inside the caller's transaction (e.g. an adapter giving up on a partner delivery). */
export async function appendDeadLetter(
  tx: EntityManager,
  writer: DeadLetterWriter,
  definition: TopicDefinition,
  failed: FailedMessage,
  error: unknown,
  attempts: number,
): Promise<void> {
  const record: DeadLetterV1 = {
    sourceTopic: failed.meta.topic,
    sourcePartition: failed.meta.partition,
    sourceOffset: failed.meta.offset,
    consumerGroup: writer.groupId,
    attempts,
    error: describeError(error),
    failedAt: new Date().toISOString(),
    originalKey: failed.meta.key,
    originalValue: failed.raw,
    originalHeaders: stringHeaders(failed.headers),
  };
  if (failed.eventId) record.eventId = failed.eventId;
  const claimed: unknown[] = await tx.query(
    `INSERT INTO processed_events (consumer_group, event_key, topic, outcome) VALUES ($1, $2, $3, 'dead_lettered')
     ON CONFLICT DO NOTHING RETURNING event_key`,
    [writer.groupId, failed.eventKey, failed.meta.topic],
  );
  if (claimed.length === 0) return;
  await appendRawToOutbox(tx, writer.appName, {
    topic: definition.deadLetterTopic,
    key: failed.meta.key,
    eventId: `dlq:${writer.groupId}:${failed.eventKey}`,
    headers: { ...record.originalHeaders, 'dead-letter-error': record.error.name, 'consumer-group': writer.groupId },
    value: record,
  });
}

function describeError(error: unknown): DeadLetterV1['error'] {
  if (error instanceof InvalidMessageError && error.issues.length > 0) {
    return { name: error.name, message: error.message, issues: error.issues };
  }
  if (error instanceof Error) return { name: error.name, message: error.message };
  return { name: 'Error', message: String(error) };
}

function stringHeaders(headers: IHeaders | Record<string, string> | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers ?? {})) {
    if (value === undefined) continue;
    out[name] = Array.isArray(value) ? value.map(String).join(',') : value.toString();
  }
  return out;
}
