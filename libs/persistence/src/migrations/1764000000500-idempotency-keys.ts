import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Idempotency-Key claims for HTTP commands that create something (an incident report, an order): a
 * client that retries after a timeout gets the first result instead of a second incident or order.
 */
export class IdempotencyKeys1764000000500 implements MigrationInterface {
  name = 'IdempotencyKeys1764000000500';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE idempotency_keys (
        scope        TEXT        NOT NULL,
        key          TEXT        NOT NULL,
        request_hash TEXT        NOT NULL,
        resource_id  TEXT,
        created_at   TIMESTAMPTZ NOT NULL DEFAULT now(),
        PRIMARY KEY (scope, key)
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE idempotency_keys');
  }
}
