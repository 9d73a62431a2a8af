import { EntityManager } from 'typeorm';
import { currentTraceparent } from '@hub/config';
import { contractValidator, describeIssues } from '@hub/contracts';
import { Envelope, envelopeHeaders } from '../envelope';
import { TopicDefinition } from '../topic-catalog';

/**
 * Appends a message to the outbox inside the caller's transaction, so the message exists if and only if
 * the state change that caused it was committed. The relay publishes it later.
 */
export async function appendToOutbox<P>(
  tx: EntityManager,
  sourceApp: string,
  topic: TopicDefinition<P>,
  envelope: Envelope<P>,
): Promise<void> {
  // A producer that breaks its own contract is a bug; stop it here rather than poison every consumer.
  const check = contractValidator().validate(topic.payloadSchema, envelope.payload);
  if (!check.ok) {
    throw new Error(`Refusing to publish ${topic.name} ${envelope.eventId}: payload breaks its contract (${describeIssues(check.issues)})`);
  }
  await appendRawToOutbox(tx, sourceApp, {
    topic: topic.name,
    key: envelope.caseId,
    eventId: envelope.eventId,
    // The trace of the work that wrote it travels with the message (W3C traceparent, as OpenTelemetry's kafkajs
    // instrumentation carries it): the consumer's log lines continue the same trace.
    headers: withTraceparent(envelopeHeaders(envelope)),
    value: envelope,
  });
}

export interface RawOutboxMessage {
  topic: string;
  key: string | null;
  /** Unique per message: the envelope's event id, or a derived id for dead letters. */
  eventId: string;
  headers: Record<string, string>;
  value: unknown;
}

/** For messages that are not envelopes, such as dead letters. */
export async function appendRawToOutbox(tx: EntityManager, sourceApp: string, message: RawOutboxMessage): Promise<void> {
  await tx.query(
    `INSERT INTO outbox_messages (source_app, topic, message_key, event_id, headers, value)
     VALUES ($1, $2, $3, $4, $5, $6)`,
    [sourceApp, message.topic, message.key, message.eventId, JSON.stringify(message.headers), JSON.stringify(message.value)],
  );
}

function withTraceparent(headers: Record<string, string>): Record<string, string> {
  const traceparent = currentTraceparent();
  return traceparent ? { ...headers, traceparent } : headers;
}
