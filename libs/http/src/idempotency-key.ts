import { createParamDecorator, ExecutionContext } from '@nestjs/common';
import type { Request } from 'express';
import { invalidInput } from './http-errors';

/** Printable ASCII, at most 255 characters (IETF httpapi Idempotency-Key draft). */
const KEY_FORMAT = /^[\x21-\x7e]{1,255}$/;

export function parseIdempotencyKey(value: unknown): string | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== 'string' || !KEY_FORMAT.test(value)) {
    throw invalidInput('Idempotency-Key must be 1–255 printable ASCII characters', [
      { field: 'Idempotency-Key', reason: 'must be 1–255 printable ASCII characters without spaces' },
    ]);
  }
  return value;
}

/** The optional `Idempotency-Key` header of a command, checked where it enters. */
export const IdempotencyKey = createParamDecorator((_data: unknown, ctx: ExecutionContext) =>
  parseIdempotencyKey(ctx.switchToHttp().getRequest<Request>().headers['idempotency-key']),
);
