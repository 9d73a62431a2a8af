import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Issue 7, updates in the order they happened, once; cancellations to the partner.
 * - core keeps every partner report it placed (`partner_reports`): a resent milestone counts once, a report
 *   arriving after a later one is placed where it happened, and the record says how each was placed;
 * - the adapter keeps what became of each callback (`inbound_webhooks` grows the record: the order, the status
 *   reported, the adapter's answer and core's), so a partner can read it back by webhook-id;
 * - a delivery is an order or its cancellation (`kind`), each once per order, in the case's order.
 */
export class PartnerUpdates1764000001100 implements MigrationInterface {
  name = 'PartnerUpdates1764000001100';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE partner_reports (
        id          BIGSERIAL PRIMARY KEY,
        order_id    UUID        NOT NULL REFERENCES orders (id),
        partner_id  TEXT        NOT NULL,
        event_id    TEXT        NOT NULL UNIQUE,
        status      TEXT        NOT NULL,
        milestone   TEXT,
        reported_at TIMESTAMPTZ NOT NULL,
        placement   TEXT        NOT NULL CHECK (placement IN ('advanced', 'earlier', 'after_end', 'contradiction', 'repeat')),
        recorded_at TIMESTAMPTZ NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX partner_reports_order_idx ON partner_reports (order_id)`);
    // The timeline is read in the order things happened; a late report lands where it belongs.
    await q.query(`CREATE INDEX case_timeline_occurred_idx ON case_timeline (case_id, occurred_at, id)`);

    await q.query(`
      ALTER TABLE inbound_webhooks
        ADD COLUMN order_id        UUID,
        ADD COLUMN native_version  INTEGER,
        ADD COLUMN status          TEXT,
        ADD COLUMN milestone       TEXT,
        ADD COLUMN reported_at     TIMESTAMPTZ,
        ADD COLUMN outcome         TEXT CHECK (outcome IN ('accepted', 'repeated', 'refused')),
        ADD COLUMN reason_code     TEXT,
        ADD COLUMN reason          TEXT,
        ADD COLUMN event_id        TEXT,
        ADD COLUMN core_outcome    TEXT,
        ADD COLUMN core_note       TEXT,
        ADD COLUMN core_decided_at TIMESTAMPTZ`);
    await q.query(`CREATE INDEX inbound_webhooks_order_idx ON inbound_webhooks (partner_id, order_id) WHERE order_id IS NOT NULL`);
    await q.query(`CREATE UNIQUE INDEX inbound_webhooks_event_idx ON inbound_webhooks (event_id) WHERE event_id IS NOT NULL`);

    await q.query(`
      ALTER TABLE partner_deliveries
        ADD COLUMN kind       TEXT NOT NULL DEFAULT 'order' CHECK (kind IN ('order', 'cancellation')),
        ADD COLUMN target_path TEXT`);
    await q.query(`ALTER TABLE partner_deliveries DROP CONSTRAINT partner_deliveries_partner_id_order_id_key`);
    await q.query(`ALTER TABLE partner_deliveries ADD CONSTRAINT partner_deliveries_one_per_kind UNIQUE (partner_id, order_id, kind)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE partner_deliveries DROP CONSTRAINT partner_deliveries_one_per_kind`);
    await q.query(`DELETE FROM delivery_attempts WHERE delivery_id IN (SELECT id FROM partner_deliveries WHERE kind <> 'order')`);
    await q.query(`DELETE FROM partner_deliveries WHERE kind <> 'order'`);
    await q.query(`ALTER TABLE partner_deliveries ADD CONSTRAINT partner_deliveries_partner_id_order_id_key UNIQUE (partner_id, order_id)`);
    await q.query(`ALTER TABLE partner_deliveries DROP COLUMN kind, DROP COLUMN target_path`);
    await q.query(`DROP INDEX inbound_webhooks_event_idx`);
    await q.query(`DROP INDEX inbound_webhooks_order_idx`);
    await q.query(`
      ALTER TABLE inbound_webhooks DROP COLUMN order_id, DROP COLUMN native_version, DROP COLUMN status, DROP COLUMN milestone,
        DROP COLUMN reported_at, DROP COLUMN outcome, DROP COLUMN reason_code, DROP COLUMN reason, DROP COLUMN event_id,
        DROP COLUMN core_outcome, DROP COLUMN core_note, DROP COLUMN core_decided_at`);
    await q.query(`DROP INDEX case_timeline_occurred_idx`);
    await q.query(`DROP TABLE partner_reports`);
  }
}
