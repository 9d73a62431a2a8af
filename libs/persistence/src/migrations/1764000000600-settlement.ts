import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Invoices, settlement decisions and the limits ledger. The ledger keeps one row per limit counter with
 * its cap, and every posting that moved it; `used_yen` is the sum of its postings, and a CHECK keeps it
 * within [0, limit] so that no bug, race or retry can ever pay a yen beyond a limit.
 */
export class Settlement1764000000600 implements MigrationInterface {
  name = 'Settlement1764000000600';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE policies
        ADD COLUMN chamber_set                    TEXT,
        ADD COLUMN chamber_variant                TEXT,
        ADD COLUMN expense_deductible_yen         BIGINT  NOT NULL DEFAULT 0 CHECK (expense_deductible_yen >= 0),
        ADD COLUMN condolence_per_individual_yen  BIGINT  NOT NULL DEFAULT 1000,
        ADD COLUMN condolence_per_corporation_yen BIGINT  NOT NULL DEFAULT 50000,
        ADD COLUMN claim_assigned_to_partners     BOOLEAN NOT NULL DEFAULT false`);
    await q.query(`
      ALTER TABLE cases
        ADD COLUMN occurred_at           TIMESTAMPTZ,
        ADD COLUMN cause_at              TIMESTAMPTZ,
        ADD COLUMN discovery_channel     TEXT NOT NULL DEFAULT 'insured',
        ADD COLUMN affected_individuals  INTEGER NOT NULL DEFAULT 0 CHECK (affected_individuals >= 0),
        ADD COLUMN affected_corporations INTEGER NOT NULL DEFAULT 0 CHECK (affected_corporations >= 0)`);
    await q.query(`
      CREATE TABLE invoices (
        id                  UUID PRIMARY KEY,
        partner_id          TEXT        NOT NULL,
        invoice_number      TEXT        NOT NULL,
        order_id            UUID        NOT NULL REFERENCES orders (id),
        case_id             UUID        NOT NULL REFERENCES cases (id),
        policy_id           UUID        NOT NULL REFERENCES policies (id),
        issue_date          DATE        NOT NULL,
        registration_number TEXT        NOT NULL,
        rounding_mode       TEXT        NOT NULL,
        lines               JSONB       NOT NULL,
        net_yen             BIGINT      NOT NULL CHECK (net_yen >= 0),
        tax_yen             BIGINT      NOT NULL CHECK (tax_yen >= 0),
        gross_yen           BIGINT      NOT NULL CHECK (gross_yen >= 0),
        state               TEXT        NOT NULL,
        state_reason        TEXT,
        recovery_due_yen    BIGINT      NOT NULL DEFAULT 0 CHECK (recovery_due_yen >= 0),
        submitted_at        TIMESTAMPTZ NOT NULL DEFAULT now(),
        updated_at          TIMESTAMPTZ NOT NULL DEFAULT now(),
        UNIQUE (partner_id, invoice_number)
      )`);
    await q.query('CREATE INDEX invoices_case_idx ON invoices (case_id)');
    await q.query(`
      CREATE TABLE limit_counters (
        id        BIGSERIAL PRIMARY KEY,
        policy_id UUID   NOT NULL REFERENCES policies (id),
        case_id   UUID REFERENCES cases (id),
        counter   TEXT   NOT NULL,
        limit_yen BIGINT NOT NULL CHECK (limit_yen >= 0),
        used_yen  BIGINT NOT NULL DEFAULT 0,
        CHECK (used_yen >= 0 AND used_yen <= limit_yen),
        UNIQUE NULLS NOT DISTINCT (policy_id, case_id, counter)
      )`);
    await q.query(`
      CREATE TABLE settlement_decisions (
        id           UUID PRIMARY KEY,
        invoice_id   UUID        NOT NULL UNIQUE REFERENCES invoices (id),
        policy_id    UUID        NOT NULL REFERENCES policies (id),
        case_id      UUID        NOT NULL REFERENCES cases (id),
        covered_yen  BIGINT      NOT NULL CHECK (covered_yen >= 0),
        retained_yen BIGINT      NOT NULL CHECK (retained_yen >= 0),
        decision     JSONB       NOT NULL,
        decided_at   TIMESTAMPTZ NOT NULL DEFAULT now()
      )`);
    await q.query(`
      CREATE TABLE limit_postings (
        id          BIGSERIAL PRIMARY KEY,
        counter_id  BIGINT      NOT NULL REFERENCES limit_counters (id),
        source_kind TEXT        NOT NULL CHECK (source_kind IN ('settlement', 'credit_note', 'liability_payment')),
        source_id   UUID        NOT NULL,
        yen         BIGINT      NOT NULL CHECK (yen <> 0),
        posted_at   TIMESTAMPTZ NOT NULL DEFAULT now()
      )`);
    await q.query('CREATE INDEX limit_postings_counter_idx ON limit_postings (counter_id)');
    await q.query(`
      CREATE TABLE payouts (
        id                UUID PRIMARY KEY,
        invoice_id        UUID        NOT NULL UNIQUE REFERENCES invoices (id),
        case_id           UUID        NOT NULL REFERENCES cases (id),
        payee             TEXT        NOT NULL CHECK (payee IN ('insured', 'partner')),
        payee_name        TEXT        NOT NULL,
        amount_yen        BIGINT      NOT NULL CHECK (amount_yen >= 0),
        state             TEXT        NOT NULL CHECK (state IN ('instructed', 'paid')),
        payment_reference TEXT,
        paid_at           TIMESTAMPTZ,
        instructed_at     TIMESTAMPTZ NOT NULL DEFAULT now()
      )`);
    await q.query(`
      CREATE TABLE credit_notes (
        id                 UUID PRIMARY KEY,
        partner_id         TEXT        NOT NULL,
        credit_note_number TEXT        NOT NULL,
        invoice_id         UUID        NOT NULL REFERENCES invoices (id),
        lines              JSONB       NOT NULL,
        gross_yen          BIGINT      NOT NULL CHECK (gross_yen > 0),
        released           JSONB       NOT NULL,
        recovery_due_yen   BIGINT      NOT NULL CHECK (recovery_due_yen >= 0),
        created_at         TIMESTAMPTZ NOT NULL DEFAULT now(),
        UNIQUE (partner_id, credit_note_number)
      )`);
    await q.query(`
      CREATE TABLE liability_payments (
        id         UUID PRIMARY KEY,
        policy_id  UUID        NOT NULL REFERENCES policies (id),
        case_id    UUID        NOT NULL REFERENCES cases (id),
        kind       TEXT        NOT NULL CHECK (kind IN ('damages', 'litigation_costs')),
        amount_yen BIGINT      NOT NULL CHECK (amount_yen > 0),
        paid_at    TIMESTAMPTZ NOT NULL,
        reference  TEXT        NOT NULL,
        UNIQUE (policy_id, reference)
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of ['liability_payments', 'credit_notes', 'payouts', 'limit_postings', 'settlement_decisions', 'limit_counters', 'invoices']) {
      await q.query(`DROP TABLE ${table}`);
    }
    await q.query(`ALTER TABLE cases DROP COLUMN occurred_at, DROP COLUMN cause_at, DROP COLUMN discovery_channel,
      DROP COLUMN affected_individuals, DROP COLUMN affected_corporations`);
    await q.query(`ALTER TABLE policies DROP COLUMN chamber_set, DROP COLUMN chamber_variant, DROP COLUMN expense_deductible_yen,
      DROP COLUMN condolence_per_individual_yen, DROP COLUMN condolence_per_corporation_yen, DROP COLUMN claim_assigned_to_partners`);
  }
}
