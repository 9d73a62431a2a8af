import { contractValidator } from '@hub/contracts';
import { Envelope } from '../envelope';
import { TopicDefinition } from '../topic-catalog';
import { InvalidMessageError } from './errors';

/**
 * Validates a raw Kafka value against the envelope contract and the topic's payload contract, where
 * the message enters the app, once. Field paths in errors are relative to the message value.
 */
export function parseInbound<P>(topic: TopicDefinition<P>, raw: string): Envelope<P> {
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    throw new InvalidMessageError(`${topic.name}: message value is not JSON`);
  }
  const validator = contractValidator();
  const envelopeCheck = validator.validate<Envelope<P>>('events/envelope.v1', value);
  if (!envelopeCheck.ok) {
    throw new InvalidMessageError(`${topic.name}: envelope breaks its contract`, envelopeCheck.issues);
  }
  const envelope = envelopeCheck.value;
  if (envelope.type !== topic.eventType || envelope.schemaVersion !== topic.schemaVersion) {
    throw new InvalidMessageError(
      `${topic.name} carries ${topic.eventType} v${topic.schemaVersion}, not ${envelope.type} v${envelope.schemaVersion}`,
      [{ field: 'type', reason: `must be ${topic.eventType} with schemaVersion ${topic.schemaVersion}` }],
    );
  }
  const payloadCheck = validator.validate<P>(topic.payloadSchema, envelope.payload);
  if (!payloadCheck.ok) {
    const issues = payloadCheck.issues.map((i) => ({ field: prefixed(i.field), reason: i.reason }));
    throw new InvalidMessageError(`${topic.name}: payload breaks ${topic.payloadSchema}`, issues);
  }
  return envelope;
}

function prefixed(field: string): string {
  return field === '(root)' ? 'payload' : `payload.${field}`;
}
