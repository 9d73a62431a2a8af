import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * What partners deliver besides their status (issue 9): documents under approval, alerts, daily figures, certificates,
 * evidence. The adapter keeps its partner's deliverables to apply the rules every partner shares (a changed resend
 * refused, repeats collapsed, publication after approval, restated facts compared); core keeps them for people, with the
 * coordinator's reviews. A review is a delivery to the partner too: a delivery is now one per order, kind and subject.
 */
export class PartnerDeliverables1764000001400 implements MigrationInterface {
  name = 'PartnerDeliverables1764000001400';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE partner_deliveries ADD COLUMN subject TEXT NOT NULL DEFAULT ''`);
    // A submission's webhook-id is claimed like a callback's, as its own kind (its receipt was the answer).
    await q.query(`ALTER TABLE inbound_webhooks DROP CONSTRAINT inbound_webhooks_kind_check`);
    await q.query(`ALTER TABLE inbound_webhooks ADD CONSTRAINT inbound_webhooks_kind_check CHECK (kind IN ('status', 'invoice', 'submission'))`);
    await q.query(`ALTER TABLE partner_deliveries DROP CONSTRAINT partner_deliveries_kind_check`);
    await q.query(`ALTER TABLE partner_deliveries ADD CONSTRAINT partner_deliveries_kind_check CHECK (kind IN ('order', 'cancellation', 'review'))`);
    await q.query(`ALTER TABLE partner_deliveries DROP CONSTRAINT partner_deliveries_one_per_kind`);
    await q.query(`ALTER TABLE partner_deliveries ADD CONSTRAINT partner_deliveries_one_per_subject UNIQUE (partner_id, order_id, kind, subject)`);

    await q.query(`
      CREATE TABLE adapter_deliverables (
        deliverable_id  UUID        PRIMARY KEY,
        partner_id      TEXT        NOT NULL,
        order_id        UUID        NOT NULL,
        kind            TEXT        NOT NULL,
        reference       TEXT        NOT NULL,
        version         INTEGER     NOT NULL CHECK (version >= 1),
        content_hash    TEXT        NOT NULL,
        facts           JSONB       NOT NULL,
        needs_approval  BOOLEAN     NOT NULL,
        attention       TEXT        NOT NULL CHECK (attention IN ('urgent', 'normal', 'bulk')),
        review_decision TEXT        CHECK (review_decision IN ('approved', 'returned')),
        occurrences     INTEGER     NOT NULL DEFAULT 1,
        webhook_id      TEXT        NOT NULL,
        received_at     TIMESTAMPTZ NOT NULL DEFAULT now(),
        UNIQUE (partner_id, order_id, kind, reference, version)
      )`);

    await q.query(`
      CREATE TABLE order_deliverables (
        deliverable_id  UUID        PRIMARY KEY,
        seq             BIGSERIAL   NOT NULL UNIQUE,
        order_id        UUID        NOT NULL REFERENCES orders (id),
        case_id         UUID        NOT NULL,
        partner_id      TEXT        NOT NULL,
        kind            TEXT        NOT NULL,
        reference       TEXT        NOT NULL,
        version         INTEGER     NOT NULL,
        title           TEXT        NOT NULL,
        summary         TEXT,
        attention       TEXT        NOT NULL CHECK (attention IN ('urgent', 'normal', 'bulk')),
        occurred_at     TIMESTAMPTZ NOT NULL,
        received_at     TIMESTAMPTZ NOT NULL DEFAULT now(),
        facts           JSONB       NOT NULL,
        facts_contract  TEXT,
        repeats         TEXT        NOT NULL,
        needs_approval  BOOLEAN     NOT NULL,
        publishes       JSONB,
        restates        JSONB,
        discrepancy     TEXT,
        event_id        TEXT        NOT NULL
      )`);
    await q.query(`CREATE INDEX order_deliverables_order_idx ON order_deliverables (order_id, seq)`);
    await q.query(`CREATE INDEX order_deliverables_order_kind_idx ON order_deliverables (order_id, kind, seq)`);
    // Deliverables are a record: what a partner delivered is never changed or removed (reviews live beside them).
    await q.query(`
      CREATE FUNCTION order_deliverables_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'order_deliverables is append-only: % refused', TG_OP;
      END $$`);
    await q.query(`
      CREATE TRIGGER order_deliverables_append_only BEFORE UPDATE OR DELETE OR TRUNCATE ON order_deliverables
        FOR EACH STATEMENT EXECUTE FUNCTION order_deliverables_append_only()`);

    await q.query(`
      CREATE TABLE deliverable_reviews (
        deliverable_id UUID        PRIMARY KEY REFERENCES order_deliverables (deliverable_id),
        decision       TEXT        NOT NULL CHECK (decision IN ('approved', 'returned')),
        comment        TEXT,
        reviewed_by    TEXT        NOT NULL,
        reviewed_at    TIMESTAMPTZ NOT NULL DEFAULT now(),
        event_id       TEXT        NOT NULL
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE deliverable_reviews');
    await q.query('DROP TABLE order_deliverables');
    await q.query('DROP FUNCTION order_deliverables_append_only');
    await q.query('DROP TABLE adapter_deliverables');
    await q.query(`DELETE FROM inbound_webhooks WHERE kind = 'submission'`);
    await q.query(`ALTER TABLE inbound_webhooks DROP CONSTRAINT inbound_webhooks_kind_check`);
    await q.query(`ALTER TABLE inbound_webhooks ADD CONSTRAINT inbound_webhooks_kind_check CHECK (kind IN ('status', 'invoice'))`);
    await q.query(`DELETE FROM delivery_attempts WHERE delivery_id IN (SELECT id FROM partner_deliveries WHERE subject <> '')`);
    await q.query(`DELETE FROM partner_deliveries WHERE subject <> ''`);
    await q.query(`ALTER TABLE partner_deliveries DROP CONSTRAINT partner_deliveries_one_per_subject`);
    await q.query(`ALTER TABLE partner_deliveries ADD CONSTRAINT partner_deliveries_one_per_kind UNIQUE (partner_id, order_id, kind)`);
    await q.query(`ALTER TABLE partner_deliveries DROP CONSTRAINT partner_deliveries_kind_check`);
    await q.query(`ALTER TABLE partner_deliveries ADD CONSTRAINT partner_deliveries_kind_check CHECK (kind IN ('order', 'cancellation'))`);
    await q.query(`ALTER TABLE partner_deliveries DROP COLUMN subject`);
  }
}
