import { randomUUID } from 'node:crypto';
import type { DeadLetterV1 } from '@hub/contracts';
import { IHeaders } from 'kafkajs';
import { DataSource, EntityManager } from 'typeorm';
import { DeadLetterRepository } from '../dead-letters/dead-letter.repository';
import { appendRawToOutbox } from '../outbox/outbox-writer';
import { TopicDefinition } from '../topic-catalog';
import { InvalidMessageError } from './errors';
import { InboundMessageMeta } from './inbox-context';
import { Refusal } from '@hub/refusals';

export interface FailedMessage {
  /** What `processed_events` knows this message by: its event id, or topic:partition:offset when unparseable. */
  eventKey: string;
  eventId?: string;
  raw: string;
  meta: InboundMessageMeta;
  headers?: IHeaders;
}

// Stateless; appendDeadLetter is a function, so it holds its own instance rather than being injected.
const letters = new DeadLetterRepository();

export interface DeadLetterWriter {
  appName: string;
  groupId: string;
}

/**
 * Puts a message that could not be handled on its topic's dead-letter topic, with the error, through the
 * outbox, and on the record (`dead_letters`, where it can be listed and replayed): the dead letter and the
 * "processed" mark commit together, so a redelivery is not dead-lettered twice and a crash here loses nothing.
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
  const id = randomUUID();
  const { replayCount } = await letters.insert(tx, id, {
    consumerGroup: writer.groupId,
    appName: writer.appName,
    sourceTopic: record.sourceTopic,
    sourcePartition: record.sourcePartition,
    sourceOffset: record.sourceOffset,
    eventKey: failed.eventKey,
    eventId: failed.eventId ?? null,
    ...concerning(record.originalHeaders, failed.raw),
    originalKey: record.originalKey,
    originalValue: record.originalValue,
    originalHeaders: record.originalHeaders,
    error: record.error,
    attempts,
    failedAt: new Date(record.failedAt),
  });
  await appendRawToOutbox(tx, writer.appName, {
    topic: definition.deadLetterTopic,
    key: failed.meta.key,
    // outbox event ids are unique: a message replayed and dead-lettered again is a new dead letter with an id of its own.
    eventId: replayCount === 0 ? `dlq:${writer.groupId}:${failed.eventKey}` : `dlq:${writer.groupId}:${failed.eventKey}:${id}`,
    headers: { ...record.originalHeaders, 'dead-letter-error': record.error.name, 'consumer-group': writer.groupId, 'dead-letter-id': id },
    value: record,
  });
}

/** The case and partner a message concerns: from the envelope's headers, else from the envelope itself when it parses. */
function concerning(headers: Record<string, string>, raw: string): { caseId: string | null; partnerId: string | null } {
  let envelope: { caseId?: unknown; partnerId?: unknown } = {};
  if (!headers['case-id'] || !headers['partner-id']) {
    try {
      const parsed: unknown = JSON.parse(raw);
      if (typeof parsed === 'object' && parsed !== null) envelope = parsed;
    } catch {
      // Not JSON: it concerns no case or partner we can tell.
    }
  }
  const text = (value: unknown) => (typeof value === 'string' && value.length > 0 && value.length <= 100 ? value : null);
  return { caseId: text(headers['case-id']) ?? text(envelope.caseId), partnerId: text(headers['partner-id']) ?? text(envelope.partnerId) };
}

function describeError(error: unknown): DeadLetterV1['error'] {
  if (error instanceof InvalidMessageError && error.issues.length > 0) {
    return { name: error.name, message: error.message, issues: error.issues };
  }
  // A domain refusal is recorded by its code, as an HTTP caller of the same use case would have been told it.
  if (error instanceof Refusal) return { name: error.code, message: error.message, ...(error.issues?.length ? { issues: error.issues } : {}) };
  // The record's contract wants a message; an error thrown without one is known by its name.
  if (error instanceof Error) return { name: error.name, message: error.message || error.name };
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
