import { Injectable } from '@nestjs/common';
import { createHash } from 'node:crypto';
import stableStringify from 'fast-json-stable-stringify';
import { EntityManager } from 'typeorm';

export type IdempotencyClaim =
  | { kind: 'first' }
  /** The same key came with the same request before: answer with what it created. */
  | { kind: 'replay'; resourceId: string }
  /** The same key came with a different request: a client bug, refused. */
  | { kind: 'conflict' };

/** Whose key it is and what it is for: the same key from two callers, or for two operations, are two keys. */
export interface IdempotencyScope {
  operation: string;
  /** The authenticated caller (`staff:sato.coordinator`, `partner:lac`), never a value from the request. */
  caller: string;
}

/** Stripe keeps keys 24 hours: long enough for any client's retries, short enough that keys may be reused after. */
export const IDEMPOTENCY_KEY_LIFETIME = '24 hours';

/**
 * Claims an Idempotency-Key inside the command's own transaction. A concurrent retry with the same key waits on the
 * primary key until the first commits, then sees it as a replay; if the first rolls back, the retry goes ahead as the
 * first. An expired claim is taken over as new. Requests compare as canonical JSON, so key order does not matter.
 */
@Injectable()
export class IdempotencyRepository {
  async claim(tx: EntityManager, scope: IdempotencyScope, key: string, request: unknown): Promise<IdempotencyClaim> {
    const hash = requestHash(request);
    const taken: unknown[] = await tx.query(
      `INSERT INTO idempotency_keys (scope, caller, key, request_hash, expires_at) VALUES ($1, $2, $3, $4, now() + $5::interval)
       ON CONFLICT (scope, caller, key) DO UPDATE
         SET request_hash = EXCLUDED.request_hash, resource_id = NULL, created_at = now(), expires_at = EXCLUDED.expires_at
         WHERE idempotency_keys.expires_at <= now()
       RETURNING key`,
      [scope.operation, scope.caller, key, hash, IDEMPOTENCY_KEY_LIFETIME],
    );
    if (taken.length === 1) return { kind: 'first' };
    const [prior]: { request_hash: string; resource_id: string }[] = await tx.query(
      'SELECT request_hash, resource_id FROM idempotency_keys WHERE scope = $1 AND caller = $2 AND key = $3',
      [scope.operation, scope.caller, key],
    );
    return prior.request_hash === hash ? { kind: 'replay', resourceId: prior.resource_id } : { kind: 'conflict' };
  }

  async complete(tx: EntityManager, scope: IdempotencyScope, key: string, resourceId: string): Promise<void> {
    await tx.query('UPDATE idempotency_keys SET resource_id = $4 WHERE scope = $1 AND caller = $2 AND key = $3', [scope.operation, scope.caller, key, resourceId]);
  }
}

/** SHA-256 of the request as canonical JSON: `{"a":1,"b":2}` and `{"b":2,"a":1}` are one request. */
export function requestHash(request: unknown): string {
  return createHash('sha256').update(stableStringify(request)).digest('hex');
}
