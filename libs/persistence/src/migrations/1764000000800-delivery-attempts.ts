import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Delivery like Svix's worker (issue 7, first part): a delivery is claimed with a lease (no transaction or row lock
 * is held while the partner is called), every attempt is a row of its own, and a partner that says it is overloaded
 * (429, 503) is slowed down as a whole. The attempt count moves when a delivery is claimed, so a process that dies
 * mid-call has still spent the attempt.
 */
export class DeliveryAttempts1764000000800 implements MigrationInterface {
  name = 'DeliveryAttempts1764000000800';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE partner_deliveries ADD COLUMN claim_token UUID, ADD COLUMN claimed_until TIMESTAMPTZ`);
    // An earlier pending delivery of the same case holds the later ones back: found through this index.
    await q.query(`CREATE INDEX partner_deliveries_case_pending_idx ON partner_deliveries (partner_id, case_id, created_at) WHERE status = 'pending'`);
    await q.query(`
      CREATE TABLE delivery_attempts (
        id               BIGSERIAL PRIMARY KEY,
        delivery_id      UUID        NOT NULL REFERENCES partner_deliveries (id),
        partner_id       TEXT        NOT NULL,
        order_id         UUID        NOT NULL,
        attempt_no       INTEGER     NOT NULL CHECK (attempt_no >= 1),
        started_at       TIMESTAMPTZ NOT NULL,
        duration_ms      INTEGER     NOT NULL CHECK (duration_ms >= 0),
        http_status      INTEGER,
        outcome          TEXT        NOT NULL CHECK (outcome IN ('delivered', 'overloaded', 'failed', 'refused', 'unreachable')),
        error            TEXT,
        response_excerpt TEXT,
        UNIQUE (delivery_id, attempt_no)
      )`);
    await q.query(`CREATE INDEX delivery_attempts_partner_idx ON delivery_attempts (partner_id, started_at)`);
    await q.query(`
      CREATE TABLE partner_endpoints (
        partner_id   TEXT PRIMARY KEY,
        slowed_until TIMESTAMPTZ
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE partner_endpoints');
    await q.query('DROP TABLE delivery_attempts');
    await q.query('DROP INDEX partner_deliveries_case_pending_idx');
    await q.query('ALTER TABLE partner_deliveries DROP COLUMN claim_token, DROP COLUMN claimed_until');
  }
}
