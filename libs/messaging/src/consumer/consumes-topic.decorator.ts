import { applyDecorators, UseFilters } from '@nestjs/common';
import { EventPattern } from '@nestjs/microservices';
import { TopicDefinition } from '../topic-catalog';
import { PassThroughRpcExceptionFilter } from './pass-through-rpc-exception.filter';

/**
 * Marks a method as the handler of a catalog topic. Takes the topic definition, not a string, so a
 * handler can only exist for a topic in the catalog; the inbox checks at boot that each consumed topic
 * has exactly one. The handler-level filter hands errors to the inbox untouched (see the filter).
 */
export const ConsumesTopic = (topic: TopicDefinition) =>
  applyDecorators(EventPattern(topic.name), UseFilters(new PassThroughRpcExceptionFilter()));
