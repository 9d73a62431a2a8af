import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Adapter state: orders waiting to be (or already) delivered to a partner's endpoint, and the
 * webhook ids a partner has already sent us, so a replayed callback has no second effect.
 */
export class AdapterDeliveries1764000000200 implements MigrationInterface {
  name = 'AdapterDeliveries1764000000200';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE partner_deliveries (
        id              UUID PRIMARY KEY,
        partner_id      TEXT        NOT NULL,
        order_id        UUID        NOT NULL,
        case_id         UUID        NOT NULL,
        correlation_id  TEXT        NOT NULL,
        webhook_id      TEXT        NOT NULL UNIQUE,
        payload         JSONB       NOT NULL,
        status          TEXT        NOT NULL CHECK (status IN ('pending', 'delivered', 'failed')),
        attempts        INTEGER     NOT NULL DEFAULT 0,
        next_attempt_at TIMESTAMPTZ NOT NULL DEFAULT now(),
        last_error      TEXT,
        delivered_at    TIMESTAMPTZ,
        created_at      TIMESTAMPTZ NOT NULL DEFAULT now(),
        UNIQUE (partner_id, order_id)
      )`);
    await q.query(`
      CREATE INDEX partner_deliveries_due_idx ON partner_deliveries (partner_id, next_attempt_at)
      WHERE status = 'pending'`);
    await q.query(`
      CREATE TABLE inbound_webhooks (
        partner_id  TEXT        NOT NULL,
        webhook_id  TEXT        NOT NULL,
        received_at TIMESTAMPTZ NOT NULL DEFAULT now(),
        PRIMARY KEY (partner_id, webhook_id)
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE inbound_webhooks');
    await q.query('DROP TABLE partner_deliveries');
  }
}
