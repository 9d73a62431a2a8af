import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The reconciliation jobs (issue 11): their runs, their findings, the payees' bank accounts the transfer file is written
 * from, the transfer files exported and the bank files imported, and the partners' month-end figures.
 *
 * A finding is one row per break ever seen — (job, kind, subject) is unique whatever its state — so a rerun for the same
 * day finds the row it found before instead of adding one, and a break a person resolved stays resolved when it is seen
 * again. pg-boss keeps its own schema (`pgboss`), created by pg-boss itself, outside these migrations.
 */
export class Reconciliation1764000001800 implements MigrationInterface {
  name = 'Reconciliation1764000001800';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE reconciliation_runs (
        id            UUID PRIMARY KEY,
        job           TEXT        NOT NULL,
        business_date DATE        NOT NULL,
        trigger       TEXT        NOT NULL CHECK (trigger IN ('schedule', 'catch_up', 'manual', 'cli')),
        state         TEXT        NOT NULL CHECK (state IN ('running', 'succeeded', 'failed', 'skipped')),
        started_at    TIMESTAMPTZ NOT NULL DEFAULT now(),
        finished_at   TIMESTAMPTZ,
        found         INTEGER     NOT NULL DEFAULT 0 CHECK (found >= 0),
        opened        INTEGER     NOT NULL DEFAULT 0 CHECK (opened >= 0),
        closed        INTEGER     NOT NULL DEFAULT 0 CHECK (closed >= 0),
        summary       JSONB       NOT NULL DEFAULT '{}',
        error         TEXT,
        CHECK ((state = 'running') = (finished_at IS NULL))
      )`);
    await q.query('CREATE INDEX reconciliation_runs_job_idx ON reconciliation_runs (job, business_date, started_at)');
    await q.query('CREATE INDEX reconciliation_runs_page_idx ON reconciliation_runs (started_at, id)');
    await q.query(`
      CREATE TABLE reconciliation_findings (
        id              UUID PRIMARY KEY,
        job             TEXT        NOT NULL,
        kind            TEXT        NOT NULL,
        severity        TEXT        NOT NULL CHECK (severity IN ('incident', 'warning')),
        subject_type    TEXT        NOT NULL,
        subject_id      TEXT        NOT NULL,
        case_id         UUID,
        partner_id      TEXT,
        amount_yen      BIGINT CHECK (amount_yen >= 0),
        summary         TEXT        NOT NULL,
        detail          JSONB       NOT NULL DEFAULT '{}',
        state           TEXT        NOT NULL CHECK (state IN ('open', 'resolved')),
        first_found_on  DATE        NOT NULL,
        last_found_on   DATE        NOT NULL,
        first_run_id    UUID        NOT NULL REFERENCES reconciliation_runs (id),
        last_run_id     UUID        NOT NULL REFERENCES reconciliation_runs (id),
        opened_at       TIMESTAMPTZ NOT NULL DEFAULT now(),
        updated_at      TIMESTAMPTZ NOT NULL DEFAULT now(),
        resolved_at     TIMESTAMPTZ,
        resolved_by     TEXT,
        resolution      TEXT CHECK (resolution IN ('no_longer_holds', 'resolved_by_person')),
        resolution_note TEXT,
        UNIQUE (job, kind, subject_id),
        CHECK ((state = 'resolved') = (resolved_at IS NOT NULL AND resolved_by IS NOT NULL AND resolution IS NOT NULL))
      )`);
    await q.query('CREATE INDEX reconciliation_findings_page_idx ON reconciliation_findings (opened_at, id)');
    await q.query(`CREATE INDEX reconciliation_findings_open_idx ON reconciliation_findings (job, last_found_on) WHERE state = 'open'`);
    await q.query('CREATE INDEX reconciliation_findings_case_idx ON reconciliation_findings (case_id) WHERE case_id IS NOT NULL');

    // Where each payee is paid. Keyed by who the payout names: a partner by its id, an insured by its policy number.
    await q.query(`
      CREATE TABLE payee_bank_accounts (
        payee_kind        TEXT        NOT NULL CHECK (payee_kind IN ('partner', 'insured')),
        payee_id          TEXT        NOT NULL,
        bank_code         TEXT        NOT NULL CHECK (bank_code ~ '^[0-9]{4}$'),
        branch_code       TEXT        NOT NULL CHECK (branch_code ~ '^[0-9]{3}$'),
        account_type      TEXT        NOT NULL CHECK (account_type IN ('1', '2', '4', '9')),
        account_number    TEXT        NOT NULL CHECK (account_number ~ '^[0-9]{7}$'),
        account_name_kana TEXT        NOT NULL,
        updated_by        TEXT        NOT NULL,
        updated_at        TIMESTAMPTZ NOT NULL DEFAULT now(),
        PRIMARY KEY (payee_kind, payee_id)
      )`);
    // One 総合振込 file per transfer date, kept byte for byte as it was handed to the bank.
    await q.query(`
      CREATE TABLE bank_transfer_exports (
        id            UUID PRIMARY KEY,
        transfer_date DATE        NOT NULL,
        file_name     TEXT        NOT NULL,
        content       BYTEA       NOT NULL,
        record_count  INTEGER     NOT NULL CHECK (record_count >= 0),
        total_yen     BIGINT      NOT NULL CHECK (total_yen >= 0),
        created_by    TEXT        NOT NULL,
        created_at    TIMESTAMPTZ NOT NULL DEFAULT now()
      )`);
    await q.query('CREATE INDEX bank_transfer_exports_date_idx ON bank_transfer_exports (transfer_date, created_at)');
    // Each payout's transfer as instructed to the bank: the reference travels in the record's EDI field and comes back.
    await q.query(`
      CREATE TABLE bank_transfer_instructions (
        payout_id         UUID PRIMARY KEY REFERENCES payouts (id),
        export_id         UUID        NOT NULL REFERENCES bank_transfer_exports (id),
        reference         TEXT        NOT NULL UNIQUE,
        amount_yen        BIGINT      NOT NULL CHECK (amount_yen > 0),
        bank_code         TEXT        NOT NULL,
        branch_code       TEXT        NOT NULL,
        account_type      TEXT        NOT NULL,
        account_number    TEXT        NOT NULL,
        account_name_kana TEXT        NOT NULL
      )`);
    await q.query('CREATE INDEX bank_transfer_instructions_export_idx ON bank_transfer_instructions (export_id)');
    // Files the bank sent back (a transfer result in the 120-byte layout, or a 200-byte statement); the same file twice is one import.
    await q.query(`
      CREATE TABLE bank_files (
        id          UUID PRIMARY KEY,
        kind        TEXT        NOT NULL CHECK (kind IN ('transfer_result', 'statement')),
        file_name   TEXT        NOT NULL,
        sha256      TEXT        NOT NULL UNIQUE,
        content     BYTEA       NOT NULL,
        imported_by TEXT        NOT NULL,
        imported_at TIMESTAMPTZ NOT NULL DEFAULT now()
      )`);
    await q.query(`
      CREATE TABLE bank_transactions (
        id                BIGSERIAL PRIMARY KEY,
        bank_file_id      UUID        NOT NULL REFERENCES bank_files (id),
        record_no         INTEGER     NOT NULL CHECK (record_no >= 1),
        value_date        DATE        NOT NULL,
        amount_yen        BIGINT      NOT NULL CHECK (amount_yen >= 0),
        payee_name        TEXT        NOT NULL,
        bank_code         TEXT,
        branch_code       TEXT,
        account_number    TEXT,
        edi_info          TEXT,
        bank_reference    TEXT,
        matched_payout_id UUID REFERENCES payouts (id),
        matched_by        TEXT CHECK (matched_by IN ('reference', 'amount_and_payee')),
        matched_at        TIMESTAMPTZ,
        UNIQUE (bank_file_id, record_no)
      )`);
    await q.query('CREATE UNIQUE INDEX bank_transactions_one_per_payout_idx ON bank_transactions (matched_payout_id) WHERE matched_payout_id IS NOT NULL');
    await q.query('CREATE INDEX bank_transactions_unmatched_idx ON bank_transactions (value_date) WHERE matched_payout_id IS NULL');
    // A partner's month as closed by the month-end job: the figures it was sent, kept as they were.
    await q.query(`
      CREATE TABLE partner_month_statements (
        partner_id       TEXT        NOT NULL,
        month            DATE        NOT NULL CHECK (extract(day FROM month) = 1),
        orders_issued    INTEGER     NOT NULL CHECK (orders_issued >= 0),
        orders_completed INTEGER     NOT NULL CHECK (orders_completed >= 0),
        invoices         INTEGER     NOT NULL CHECK (invoices >= 0),
        invoiced_yen     BIGINT      NOT NULL CHECK (invoiced_yen >= 0),
        covered_yen      BIGINT      NOT NULL CHECK (covered_yen >= 0),
        retained_yen     BIGINT      NOT NULL CHECK (retained_yen >= 0),
        payouts_paid     INTEGER     NOT NULL CHECK (payouts_paid >= 0),
        paid_yen         BIGINT      NOT NULL CHECK (paid_yen >= 0),
        run_id           UUID        NOT NULL REFERENCES reconciliation_runs (id),
        computed_at      TIMESTAMPTZ NOT NULL DEFAULT now(),
        PRIMARY KEY (partner_id, month)
      )`);
    // Retention deletes the oldest rows a batch at a time; without these each batch would scan the whole table.
    await q.query('CREATE INDEX processed_events_age_idx ON processed_events (processed_at)');
    await q.query('CREATE INDEX inbound_webhooks_age_idx ON inbound_webhooks (received_at)');
    await q.query('CREATE INDEX delivery_attempts_age_idx ON delivery_attempts (started_at)');
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP INDEX delivery_attempts_age_idx; DROP INDEX inbound_webhooks_age_idx; DROP INDEX processed_events_age_idx');
    for (const table of ['partner_month_statements', 'bank_transactions', 'bank_files', 'bank_transfer_instructions', 'bank_transfer_exports', 'payee_bank_accounts', 'reconciliation_findings', 'reconciliation_runs']) {
      await q.query(`DROP TABLE ${table}`);
    }
  }
}
