import { randomUUID } from 'node:crypto';
import type { EnvelopeV1 } from '@hub/contracts';
import { TopicDefinition } from './topic-catalog';

/** An envelope whose payload is typed by its topic (the envelope itself is generated from contracts/). */
export type Envelope<P> = Omit<EnvelopeV1, 'payload'> & { payload: P };

export interface EnvelopeInput<P> {
  caseId: string;
  correlationId: string;
  partnerId?: string;
  payload: P;
  occurredAt?: Date;
  eventId?: string;
}

export function createEnvelope<P>(topic: TopicDefinition<P>, input: EnvelopeInput<P>): Envelope<P> {
  const envelope: Envelope<P> = {
    eventId: input.eventId ?? randomUUID(),
    type: topic.eventType,
    schemaVersion: topic.schemaVersion,
    occurredAt: (input.occurredAt ?? new Date()).toISOString(),
    correlationId: input.correlationId,
    caseId: input.caseId,
    payload: input.payload,
  };
  if (input.partnerId !== undefined) envelope.partnerId = input.partnerId;
  return envelope;
}

/**
 * Which deployment produced a message. One environment normally has its own cluster; where several share
 * a broker (a developer's demo, test run and benchmark), consumers use it to leave the others' messages alone.
 */
export const HUB_ENV_HEADER = 'hub-env';

/** Kafka headers repeat the envelope's ids so tooling can filter without parsing the value. */
export function envelopeHeaders(envelope: Envelope<unknown>): Record<string, string> {
  const headers: Record<string, string> = {
    'event-id': envelope.eventId,
    'event-type': envelope.type,
    'schema-version': String(envelope.schemaVersion),
    'correlation-id': envelope.correlationId,
    'case-id': envelope.caseId,
  };
  if (envelope.partnerId) headers['partner-id'] = envelope.partnerId;
  return headers;
}
