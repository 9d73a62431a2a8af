import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Issue 8. Idempotency keys become the caller's own (a key of one client never answers another's request) and expire
 * after 24 hours, as Stripe's do; keys claimed before this carry no caller ('') and expire a day after they were made.
 * The audit log: every state-changing request by a person or partner, append-only — the database refuses an UPDATE or
 * DELETE of a row, whoever asks, so the log cannot be tidied after the fact.
 */
export class ScopedIdempotencyAndAudit1764000001300 implements MigrationInterface {
  name = 'ScopedIdempotencyAndAudit1764000001300';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE idempotency_keys ADD COLUMN caller TEXT NOT NULL DEFAULT ''`);
    await q.query(`ALTER TABLE idempotency_keys ADD COLUMN expires_at TIMESTAMPTZ`);
    await q.query(`UPDATE idempotency_keys SET expires_at = created_at + interval '24 hours'`);
    await q.query(`ALTER TABLE idempotency_keys ALTER COLUMN expires_at SET NOT NULL`);
    await q.query(`ALTER TABLE idempotency_keys DROP CONSTRAINT idempotency_keys_pkey`);
    await q.query(`ALTER TABLE idempotency_keys ADD PRIMARY KEY (scope, caller, key)`);
    await q.query(`CREATE INDEX idempotency_keys_expiry ON idempotency_keys (expires_at)`);

    await q.query(`
      CREATE TABLE audit_log (
        id             BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        occurred_at    TIMESTAMPTZ NOT NULL DEFAULT now(),
        app            TEXT        NOT NULL,
        actor          TEXT        NOT NULL,
        actor_kind     TEXT        NOT NULL CHECK (actor_kind IN ('staff', 'partner')),
        actor_name     TEXT,
        roles          TEXT[]      NOT NULL DEFAULT '{}',
        action         TEXT        NOT NULL,
        target         TEXT        NOT NULL,
        outcome_status INTEGER     NOT NULL,
        outcome_code   TEXT,
        source_ip      TEXT,
        user_agent     TEXT,
        correlation_id TEXT
      )`);
    await q.query('CREATE INDEX audit_log_actor ON audit_log (actor, id)');
    await q.query('CREATE INDEX audit_log_occurred ON audit_log (occurred_at, id)');
    await q.query(`
      CREATE FUNCTION audit_log_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'audit_log is append-only: % refused', TG_OP USING ERRCODE = 'insufficient_privilege';
      END $$`);
    await q.query(`CREATE TRIGGER audit_log_append_only BEFORE UPDATE OR DELETE ON audit_log FOR EACH ROW EXECUTE FUNCTION audit_log_append_only()`);
    await q.query(`CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log FOR EACH STATEMENT EXECUTE FUNCTION audit_log_append_only()`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE audit_log');
    await q.query('DROP FUNCTION audit_log_append_only');
    await q.query('DROP INDEX idempotency_keys_expiry');
    await q.query(`DELETE FROM idempotency_keys WHERE caller <> ''`);
    await q.query('ALTER TABLE idempotency_keys DROP CONSTRAINT idempotency_keys_pkey');
    await q.query('ALTER TABLE idempotency_keys ADD PRIMARY KEY (scope, key)');
    await q.query('ALTER TABLE idempotency_keys DROP COLUMN expires_at, DROP COLUMN caller');
  }
}
