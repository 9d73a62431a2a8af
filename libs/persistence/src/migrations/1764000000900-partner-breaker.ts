import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A circuit breaker per partner (like Convoy's): consecutive failed attempts open it, which stops deliveries to that
 * partner for a cool-down that grows while it keeps failing; then one probe at a time tells whether it is back.
 */
export class PartnerBreaker1764000000900 implements MigrationInterface {
  name = 'PartnerBreaker1764000000900';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE partner_endpoints
      ADD COLUMN consecutive_failures INTEGER NOT NULL DEFAULT 0 CHECK (consecutive_failures >= 0),
      ADD COLUMN breaker_open_until   TIMESTAMPTZ`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('ALTER TABLE partner_endpoints DROP COLUMN consecutive_failures, DROP COLUMN breaker_open_until');
  }
}
