import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Replay and recovery (issue 7). `dead_letters` keeps every dead letter on the record, written in the transaction that
 * dead-letters it, so one can be listed, inspected and replayed; the `.dlq` topic is still written as before.
 * `inbox_attempts` counts handling attempts in the database, committed before each attempt runs, so a message whose
 * handling kills the process is dead-lettered after its attempts instead of being retried forever.
 */
export class DeadLetters1764000001000 implements MigrationInterface {
  name = 'DeadLetters1764000001000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE dead_letters (
        id               UUID        PRIMARY KEY,
        consumer_group   TEXT        NOT NULL,
        app_name         TEXT        NOT NULL,
        source_topic     TEXT        NOT NULL,
        source_partition INTEGER     NOT NULL CHECK (source_partition >= 0),
        source_offset    TEXT        NOT NULL,
        event_key        TEXT        NOT NULL,
        event_id         TEXT,
        case_id          TEXT,
        partner_id       TEXT,
        original_key     TEXT,
        original_value   TEXT        NOT NULL,
        original_headers JSONB       NOT NULL,
        error_name       TEXT        NOT NULL,
        error_message    TEXT        NOT NULL,
        error_issues     JSONB,
        attempts         INTEGER     NOT NULL CHECK (attempts >= 1),
        failed_at        TIMESTAMPTZ NOT NULL,
        state            TEXT        NOT NULL DEFAULT 'open' CHECK (state IN ('open', 'replayed')),
        replayed_at      TIMESTAMPTZ,
        replayed_by      TEXT,
        replay_count     INTEGER     NOT NULL DEFAULT 0 CHECK (replay_count >= 0),
        CHECK ((state = 'replayed') = (replayed_at IS NOT NULL AND replayed_by IS NOT NULL))
      )`);
    // The list pages by (failed_at, id); recovery reads one partner's open letters since a time.
    await q.query('CREATE INDEX dead_letters_failed_idx ON dead_letters (failed_at, id)');
    await q.query(`CREATE INDEX dead_letters_partner_open_idx ON dead_letters (partner_id, failed_at, id) WHERE state = 'open'`);
    // A message dead-lettered again after a replay counts the replays before it.
    await q.query('CREATE INDEX dead_letters_message_idx ON dead_letters (consumer_group, event_key)');
    await q.query(`
      CREATE TABLE inbox_attempts (
        consumer_group   TEXT        NOT NULL,
        event_key        TEXT        NOT NULL,
        topic            TEXT        NOT NULL,
        attempts         INTEGER     NOT NULL CHECK (attempts >= 1),
        first_attempt_at TIMESTAMPTZ NOT NULL DEFAULT now(),
        last_attempt_at  TIMESTAMPTZ NOT NULL DEFAULT now(),
        PRIMARY KEY (consumer_group, event_key)
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE inbox_attempts');
    await q.query('DROP TABLE dead_letters');
  }
}
