import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Settlement follows the policy wording (issue 6). Policies know their first year's inception (renewals); cases
 * say what kind of event they are; orders record whether they are insured and when the partner accepted them;
 * invoices keep their normalised number and the required items of a qualified invoice; an invoice may have
 * several decisions (its settlement, then re-decisions when released room restores what a limit cut) and several
 * payouts (the settlement's, then supplementary ones), and an unpaid payout can be amended down by a credit note.
 */
export class PolicyWording1764000000700 implements MigrationInterface {
  name = 'PolicyWording1764000000700';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE policies ADD COLUMN first_inception_date DATE`);
    await q.query(`UPDATE policies SET first_inception_date = period_start`);
    await q.query(`ALTER TABLE policies ALTER COLUMN first_inception_date SET NOT NULL,
      ADD CHECK (retroactive_date <= first_inception_date AND first_inception_date <= period_start)`);

    // v1 'threat' was the threat of unauthorised access, the kind under seed 003's reporting condition.
    await q.query(`ALTER TABLE cases ADD COLUMN event_kind TEXT`);
    await q.query(`UPDATE cases SET event_kind = CASE incident_kind WHEN 'leak' THEN 'leak' ELSE 'threat_of_unauthorised_access' END`);
    await q.query(`ALTER TABLE cases ALTER COLUMN event_kind SET NOT NULL,
      ADD CHECK (event_kind IN ('unauthorised_access', 'leak', 'threat_of_unauthorised_access', 'threat_of_leak'))`);

    await q.query(`ALTER TABLE orders ADD COLUMN insured BOOLEAN NOT NULL DEFAULT true, ADD COLUMN accepted_at TIMESTAMPTZ`);
    await q.query(`
      UPDATE orders o SET accepted_at = COALESCE(
        (SELECT min(t.occurred_at) FROM case_timeline t WHERE t.order_id = o.id AND t.to_status IN ('accepted', 'in_progress', 'work_complete')),
        CASE WHEN o.status IN ('accepted', 'in_progress', 'work_complete', 'closed') THEN o.updated_at END)`);
    await q.query(`
      CREATE TABLE cost_bearing_decisions (
        id          UUID PRIMARY KEY,
        case_id     UUID        NOT NULL REFERENCES cases (id),
        order_id    UUID        NOT NULL UNIQUE REFERENCES orders (id),
        agreed_by   TEXT        NOT NULL,
        recorded_by TEXT        NOT NULL,
        reason      TEXT        NOT NULL,
        decided_at  TIMESTAMPTZ NOT NULL DEFAULT now()
      )`);

    await q.query(`
      ALTER TABLE invoices
        ADD COLUMN normalised_number TEXT,
        ADD COLUMN issuer_name       TEXT,
        ADD COLUMN recipient_name    TEXT,
        ADD COLUMN supply_from       DATE,
        ADD COLUMN supply_to         DATE,
        ADD COLUMN pricing           TEXT   NOT NULL DEFAULT 'tax_exclusive' CHECK (pricing IN ('tax_exclusive', 'tax_inclusive')),
        ADD COLUMN non_taxable_yen   BIGINT NOT NULL DEFAULT 0 CHECK (non_taxable_yen >= 0),
        ADD COLUMN credited_yen      BIGINT NOT NULL DEFAULT 0 CHECK (credited_yen >= 0),
        ADD COLUMN possible_duplicate_of UUID REFERENCES invoices (id)`);
    // The same rule as @hub/invoicing's normaliseInvoiceNumber for the ASCII numbers v1 allowed.
    await q.query(`UPDATE invoices SET normalised_number = upper(regexp_replace(normalize(invoice_number, NFKC), '[^[:alnum:]]', '', 'g'))`);
    await q.query(`ALTER TABLE invoices ALTER COLUMN normalised_number SET NOT NULL`);
    await q.query(`CREATE INDEX invoices_partner_normalised_idx ON invoices (partner_id, normalised_number)`);
    await q.query(`CREATE INDEX invoices_order_idx ON invoices (order_id)`);
    await q.query(`ALTER TABLE credit_notes ADD COLUMN normalised_number TEXT, ADD COLUMN payout_reduced_yen BIGINT NOT NULL DEFAULT 0 CHECK (payout_reduced_yen >= 0),
      ADD COLUMN return_invoice BOOLEAN NOT NULL DEFAULT true`);
    await q.query(`UPDATE credit_notes SET normalised_number = upper(regexp_replace(normalize(credit_note_number, NFKC), '[^[:alnum:]]', '', 'g'))`);
    await q.query(`ALTER TABLE credit_notes ALTER COLUMN normalised_number SET NOT NULL`);
    await q.query(`CREATE UNIQUE INDEX credit_notes_partner_normalised_idx ON credit_notes (partner_id, normalised_number)`);

    await q.query(`ALTER TABLE settlement_decisions DROP CONSTRAINT settlement_decisions_invoice_id_key,
      ADD COLUMN kind TEXT NOT NULL DEFAULT 'settlement' CHECK (kind IN ('settlement', 'redecision')),
      ADD COLUMN restored_yen BIGINT NOT NULL DEFAULT 0 CHECK (restored_yen >= 0)`);
    await q.query(`CREATE UNIQUE INDEX settlement_decisions_one_settlement_idx ON settlement_decisions (invoice_id) WHERE kind = 'settlement'`);
    await q.query(`CREATE INDEX settlement_decisions_invoice_idx ON settlement_decisions (invoice_id, decided_at)`);
    await q.query(`CREATE INDEX settlement_decisions_policy_idx ON settlement_decisions (policy_id)`);

    await q.query(`ALTER TABLE payouts DROP CONSTRAINT payouts_invoice_id_key, DROP CONSTRAINT payouts_state_check,
      ADD CHECK (state IN ('instructed', 'paid', 'cancelled')),
      ADD COLUMN kind TEXT NOT NULL DEFAULT 'settlement' CHECK (kind IN ('settlement', 'supplementary')),
      ADD COLUMN decision_id UUID REFERENCES settlement_decisions (id),
      ADD COLUMN instructed_yen BIGINT`);
    await q.query(`UPDATE payouts p SET instructed_yen = amount_yen,
      decision_id = (SELECT d.id FROM settlement_decisions d WHERE d.invoice_id = p.invoice_id AND d.kind = 'settlement')`);
    await q.query(`ALTER TABLE payouts ALTER COLUMN instructed_yen SET NOT NULL, ALTER COLUMN decision_id SET NOT NULL,
      ADD CHECK (amount_yen <= instructed_yen)`);
    await q.query(`CREATE UNIQUE INDEX payouts_decision_idx ON payouts (decision_id)`);
    await q.query(`CREATE INDEX payouts_invoice_idx ON payouts (invoice_id)`);
    await q.query(`
      CREATE TABLE payout_amendments (
        id             UUID PRIMARY KEY,
        payout_id      UUID        NOT NULL REFERENCES payouts (id),
        credit_note_id UUID        NOT NULL REFERENCES credit_notes (id),
        from_yen       BIGINT      NOT NULL CHECK (from_yen >= 0),
        to_yen         BIGINT      NOT NULL CHECK (to_yen >= 0 AND to_yen < from_yen),
        amended_at     TIMESTAMPTZ NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX payout_amendments_payout_idx ON payout_amendments (payout_id)`);

    await q.query(`ALTER TABLE limit_postings DROP CONSTRAINT limit_postings_source_kind_check,
      ADD CHECK (source_kind IN ('settlement', 'credit_note', 'liability_payment', 'redecision', 'liability_reversal'))`);
    await q.query(`ALTER TABLE liability_payments ADD COLUMN reversed_at TIMESTAMPTZ, ADD COLUMN reversed_by TEXT, ADD COLUMN reversal_reason TEXT`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE liability_payments DROP COLUMN reversed_at, DROP COLUMN reversed_by, DROP COLUMN reversal_reason`);
    await q.query(`DROP TABLE payout_amendments`);
    await q.query(`DROP INDEX payouts_decision_idx; DROP INDEX payouts_invoice_idx`);
    await q.query(`ALTER TABLE payouts DROP COLUMN kind, DROP COLUMN decision_id, DROP COLUMN instructed_yen, ADD UNIQUE (invoice_id)`);
    await q.query(`DROP INDEX settlement_decisions_one_settlement_idx; DROP INDEX settlement_decisions_invoice_idx; DROP INDEX settlement_decisions_policy_idx`);
    await q.query(`ALTER TABLE settlement_decisions DROP COLUMN kind, DROP COLUMN restored_yen, ADD UNIQUE (invoice_id)`);
    await q.query(`DROP INDEX credit_notes_partner_normalised_idx`);
    await q.query(`ALTER TABLE credit_notes DROP COLUMN normalised_number, DROP COLUMN payout_reduced_yen, DROP COLUMN return_invoice`);
    await q.query(`DROP INDEX invoices_partner_normalised_idx; DROP INDEX invoices_order_idx`);
    await q.query(`ALTER TABLE invoices DROP COLUMN normalised_number, DROP COLUMN issuer_name, DROP COLUMN recipient_name, DROP COLUMN supply_from,
      DROP COLUMN supply_to, DROP COLUMN pricing, DROP COLUMN non_taxable_yen, DROP COLUMN credited_yen, DROP COLUMN possible_duplicate_of`);
    await q.query(`DROP TABLE cost_bearing_decisions`);
    await q.query(`ALTER TABLE orders DROP COLUMN insured, DROP COLUMN accepted_at`);
    await q.query(`ALTER TABLE cases DROP COLUMN event_kind`);
    await q.query(`ALTER TABLE policies DROP COLUMN first_inception_date`);
  }
}
