import { createParamDecorator, ExecutionContext } from '@nestjs/common';
import type { ActorContext } from './actor';
import type { AuthenticatedRequest } from './access.guard';
import { correlationIdFrom } from './correlation';

/**
 * The actor the access guard proved and the request's correlation id, as every use case command carries them. On a
 * route open to `anyone` there is no actor, and asking for one is a programming error: it fails loudly.
 */
export const CallerContext = createParamDecorator((_data: unknown, context: ExecutionContext): ActorContext => {
  const request = context.switchToHttp().getRequest<AuthenticatedRequest>();
  if (!request.actor) throw new Error('CallerContext on a route without credentials: declare its callers');
  const header = request.headers['x-correlation-id'];
  return { actor: request.actor, correlationId: correlationIdFrom(typeof header === 'string' ? header : undefined) };
});
