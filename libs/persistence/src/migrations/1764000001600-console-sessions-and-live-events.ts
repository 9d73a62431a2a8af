import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The console (issue 10): its staff sessions and pending sign-ins, kept in PostgreSQL so any replica serves any
 * browser; and a notification for each timeline entry written (or brought up to date: an hourly count) and each dead letter, so every console replica — each
 * LISTENing on its own connection — hears every live event, not one replica out of many as a shared consumer group
 * would. The payload names only ids and kinds (pg_notify's limit is 8,000 bytes); the browser reads the rest through
 * core's API with the signed-in person's own rights.
 */
export class ConsoleSessionsAndLiveEvents1764000001600 implements MigrationInterface {
  name = 'ConsoleSessionsAndLiveEvents1764000001600';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE console_sign_ins (
        state         TEXT        PRIMARY KEY,
        code_verifier TEXT        NOT NULL,
        nonce         TEXT        NOT NULL,
        return_to     TEXT        NOT NULL,
        created_at    TIMESTAMPTZ NOT NULL DEFAULT now()
      )`);
    await q.query(`
      CREATE TABLE console_sessions (
        id_hash           TEXT        PRIMARY KEY,
        username          TEXT        NOT NULL,
        display_name      TEXT        NOT NULL,
        roles             TEXT[]      NOT NULL,
        approval_limit_yen BIGINT,
        access_token      TEXT        NOT NULL,
        access_expires_at TIMESTAMPTZ NOT NULL,
        refresh_token     TEXT,
        csrf_token        TEXT        NOT NULL,
        created_at        TIMESTAMPTZ NOT NULL DEFAULT now(),
        expires_at        TIMESTAMPTZ NOT NULL
      )`);
    await q.query('CREATE INDEX console_sessions_expiry_idx ON console_sessions (expires_at)');
    await q.query(`
      CREATE FUNCTION notify_console_timeline() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        PERFORM pg_notify('hub_console_live', json_build_object('type', 'timeline', 'id', NEW.id::text, 'caseId', NEW.case_id, 'orderId', NEW.order_id, 'kind', NEW.kind)::text);
        RETURN NULL;
      END $$`);
    await q.query(`
      CREATE TRIGGER case_timeline_console_live AFTER INSERT OR UPDATE ON case_timeline
      FOR EACH ROW EXECUTE FUNCTION notify_console_timeline()`);
    await q.query(`
      CREATE FUNCTION notify_console_dead_letter() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        PERFORM pg_notify('hub_console_live', json_build_object('type', 'dead_letter', 'id', NEW.id::text, 'caseId', NEW.case_id, 'partnerId', NEW.partner_id, 'state', NEW.state)::text);
        RETURN NULL;
      END $$`);
    await q.query(`
      CREATE TRIGGER dead_letters_console_live AFTER INSERT OR UPDATE OF state ON dead_letters
      FOR EACH ROW EXECUTE FUNCTION notify_console_dead_letter()`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TRIGGER dead_letters_console_live ON dead_letters');
    await q.query('DROP FUNCTION notify_console_dead_letter()');
    await q.query('DROP TRIGGER case_timeline_console_live ON case_timeline');
    await q.query('DROP FUNCTION notify_console_timeline()');
    await q.query('DROP TABLE console_sessions');
    await q.query('DROP TABLE console_sign_ins');
  }
}
