import { randomUUID } from 'node:crypto';

/** Carries the caller's `x-correlation-id` into every event a request causes, or starts a new one. */
export function correlationIdFrom(header: string | undefined): string {
  return header && /^[\w.:-]{1,100}$/.test(header) ? header : randomUUID();
}
