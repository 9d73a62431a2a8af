import { Injectable } from '@nestjs/common';
import { createHash } from 'node:crypto';
import { EntityManager } from 'typeorm';

export type IdempotencyClaim =
  | { kind: 'first' }
  /** The same key came with the same request before: answer with what it created. */
  | { kind: 'replay'; resourceId: string }
  /** The same key came with a different request: a client bug, refused. */
  | { kind: 'conflict' };

/**
 * Claims an Idempotency-Key inside the command's own transaction. A concurrent retry with the same key
 * waits on the primary key until the first commits, then sees it as a replay; if the first rolls back,
 * the retry goes ahead as the first.
 */
@Injectable()
export class IdempotencyRepository {
  async claim(tx: EntityManager, scope: string, key: string, request: unknown): Promise<IdempotencyClaim> {
    const hash = createHash('sha256').update(JSON.stringify(request)).digest('hex');
    const inserted: unknown[] = await tx.query(
      `INSERT INTO idempotency_keys (scope, key, request_hash) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING RETURNING key`,
      [scope, key, hash],
    );
    if (inserted.length === 1) return { kind: 'first' };
    const [prior]: { request_hash: string; resource_id: string }[] = await tx.query(
      'SELECT request_hash, resource_id FROM idempotency_keys WHERE scope = $1 AND key = $2',
      [scope, key],
    );
    return prior.request_hash === hash ? { kind: 'replay', resourceId: prior.resource_id } : { kind: 'conflict' };
  }

  async complete(tx: EntityManager, scope: string, key: string, resourceId: string): Promise<void> {
    await tx.query('UPDATE idempotency_keys SET resource_id = $3 WHERE scope = $1 AND key = $2', [scope, key, resourceId]);
  }
}
