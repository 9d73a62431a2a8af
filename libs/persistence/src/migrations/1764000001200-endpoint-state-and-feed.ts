import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Issue 7: a partner's endpoint can be disabled — by the partner (`410 Gone`) or by failing for days — with an alert,
 * until an operator enables it again; and a partner without an endpoint pulls its deliveries from a feed and
 * acknowledges them. Both ways land on the same delivery record: an attempt says which channel it came through.
 * And a partner's invoice comes in through its adapter like a callback: its record says which kind it was and what
 * core decided (the code of a refusal, the invoice stored).
 */
export class EndpointStateAndFeed1764000001200 implements MigrationInterface {
  name = 'EndpointStateAndFeed1764000001200';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE partner_endpoints
        ADD COLUMN failing_since   TIMESTAMPTZ,
        ADD COLUMN disabled_at     TIMESTAMPTZ,
        ADD COLUMN disabled_reason TEXT CHECK (disabled_reason IN ('gone', 'failing')),
        ADD COLUMN disabled_error  TEXT,
        ADD CONSTRAINT partner_endpoints_disabled_why CHECK ((disabled_at IS NULL) = (disabled_reason IS NULL))`);
    await q.query(`ALTER TABLE delivery_attempts DROP CONSTRAINT delivery_attempts_outcome_check`);
    await q.query(`
      ALTER TABLE delivery_attempts
        ADD CONSTRAINT delivery_attempts_outcome_check CHECK (outcome IN ('delivered', 'overloaded', 'failed', 'refused', 'unreachable', 'gone')),
        ADD COLUMN channel TEXT NOT NULL DEFAULT 'push' CHECK (channel IN ('push', 'poll'))`);
    // The feed's cursor: deliveries in the order they were queued, per partner.
    await q.query(`ALTER TABLE partner_deliveries ADD COLUMN feed_seq BIGSERIAL, ADD COLUMN first_fetched_at TIMESTAMPTZ`);
    await q.query(`CREATE UNIQUE INDEX partner_deliveries_feed_idx ON partner_deliveries (partner_id, feed_seq)`);
    await q.query(`
      ALTER TABLE inbound_webhooks
        ADD COLUMN kind       TEXT NOT NULL DEFAULT 'status' CHECK (kind IN ('status', 'invoice')),
        ADD COLUMN core_code  TEXT,
        ADD COLUMN invoice_id UUID`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('ALTER TABLE inbound_webhooks DROP COLUMN kind, DROP COLUMN core_code, DROP COLUMN invoice_id');
    await q.query('DROP INDEX partner_deliveries_feed_idx');
    await q.query('ALTER TABLE partner_deliveries DROP COLUMN feed_seq, DROP COLUMN first_fetched_at');
    await q.query(`DELETE FROM delivery_attempts WHERE outcome = 'gone' OR channel = 'poll'`);
    await q.query('ALTER TABLE delivery_attempts DROP COLUMN channel, DROP CONSTRAINT delivery_attempts_outcome_check');
    await q.query(`ALTER TABLE delivery_attempts ADD CONSTRAINT delivery_attempts_outcome_check CHECK (outcome IN ('delivered', 'overloaded', 'failed', 'refused', 'unreachable'))`);
    await q.query(`
      ALTER TABLE partner_endpoints DROP CONSTRAINT partner_endpoints_disabled_why,
        DROP COLUMN failing_since, DROP COLUMN disabled_at, DROP COLUMN disabled_reason, DROP COLUMN disabled_error`);
  }
}
