import { MigrationInterface, QueryRunner } from 'typeorm';

/** The transactional outbox and the consumers' record of processed events (see @hub/messaging). */
export class MessagingTables1764000000000 implements MigrationInterface {
  name = 'MessagingTables1764000000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE outbox_messages (
        id           BIGSERIAL PRIMARY KEY,
        source_app   TEXT        NOT NULL,
        topic        TEXT        NOT NULL,
        message_key  TEXT,
        event_id     TEXT        NOT NULL UNIQUE,
        headers      JSONB       NOT NULL,
        value        JSONB       NOT NULL,
        created_at   TIMESTAMPTZ NOT NULL DEFAULT now(),
        published_at TIMESTAMPTZ
      )`);
    // The relay only ever scans what is still unpublished, oldest first.
    await q.query(`
      CREATE INDEX outbox_unpublished_idx ON outbox_messages (source_app, id) WHERE published_at IS NULL`);
    await q.query(`
      CREATE TABLE processed_events (
        consumer_group TEXT        NOT NULL,
        event_key      TEXT        NOT NULL,
        topic          TEXT        NOT NULL,
        outcome        TEXT        NOT NULL CHECK (outcome IN ('handled', 'dead_lettered')),
        processed_at   TIMESTAMPTZ NOT NULL DEFAULT now(),
        PRIMARY KEY (consumer_group, event_key)
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE processed_events');
    await q.query('DROP TABLE outbox_messages');
  }
}
