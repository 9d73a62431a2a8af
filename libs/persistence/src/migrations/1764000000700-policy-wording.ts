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
    // The Chamber of Commerce plan has no deductible (seed 002, 免責金額 なし); v2 registration wrongly accepted one.
    // Its terms would no longer load, so the figure the policy wording gives is restored.
    await q.query(`UPDATE policies SET expense_deductible_yen = 0 WHERE product = 'chamber-of-commerce'`);
    await q.query(`ALTER TABLE policies ADD COLUMN first_inception_date DATE`);
    await q.query(`UPDATE policies SET first_inception_date = period_start`);
    await q.query(`ALTER TABLE policies ALTER COLUMN first_inception_date SET NOT NULL,
      ADD CHECK (retroactive_date <= first_inception_date AND first_inception_date <= period_start)`);

    // v1 'threat' was defined (definitions.v1 incidentKind) as the threat of unauthorised access, the kind under seed
    // 003's reporting condition; it now holds for every line of such a case, as the policy wording says.
    await q.query(`ALTER TABLE cases ADD COLUMN event_kind TEXT`);
    await q.query(`UPDATE cases SET event_kind = CASE incident_kind WHEN 'leak' THEN 'leak' ELSE 'threat_of_unauthorised_access' END`);
    await q.query(`ALTER TABLE cases ALTER COLUMN event_kind SET NOT NULL,
      ADD CHECK (event_kind IN ('unauthorised_access', 'leak', 'threat_of_unauthorised_access', 'threat_of_leak'))`);

    // Condolence is now counted in recipients per kind, capped at the declared victims. Cases with counters get the two
    // new counters. Condolence yen already counted in the old pooled counter cannot be split back into recipients, so
    // such a case's victims are taken as all consoled: no gift is paid twice; the insurer can still pay more by hand.
    for (const [counter, declared] of [['accident_condolence_individuals', 'affected_individuals'], ['accident_condolence_corporations', 'affected_corporations']]) {
      await q.query(`
        INSERT INTO limit_counters (policy_id, case_id, counter, limit_yen, used_yen)
        SELECT c.policy_id, c.id, '${counter}', c.${declared},
               CASE WHEN EXISTS (SELECT 1 FROM limit_counters o WHERE o.case_id = c.id AND o.counter = 'accident_condolence' AND o.used_yen > 0)
                    THEN c.${declared} ELSE 0 END
          FROM cases c
         WHERE EXISTS (SELECT 1 FROM limit_counters x WHERE x.case_id = c.id)
        ON CONFLICT (policy_id, case_id, counter) DO NOTHING`);
    }
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
    // The same rule as @hub/invoicing's normaliseInvoiceNumber for the printable ASCII numbers v1 allowed: punctuation
    // and '~' go, letters, digits and the symbols $ + < = > ^ ` | stay (A+1 and A1 may be different invoices).
    const normalised = (column: string) => `upper(regexp_replace(${column}, '[^A-Za-z0-9$+<=>^\`|]', '', 'g'))`;
    await q.query(`UPDATE invoices SET normalised_number = ${normalised('invoice_number')}`);
    await q.query(`ALTER TABLE invoices ALTER COLUMN normalised_number SET NOT NULL`);
    await q.query(`CREATE INDEX invoices_partner_normalised_idx ON invoices (partner_id, normalised_number)`);
    await q.query(`CREATE INDEX invoices_order_idx ON invoices (order_id)`);
    await q.query(`UPDATE invoices i SET credited_yen = COALESCE((SELECT SUM(cn.gross_yen) FROM credit_notes cn WHERE cn.invoice_id = i.id), 0)`);
    await q.query(`ALTER TABLE credit_notes ADD COLUMN normalised_number TEXT, ADD COLUMN payout_reduced_yen BIGINT NOT NULL DEFAULT 0 CHECK (payout_reduced_yen >= 0),
      ADD COLUMN return_invoice BOOLEAN NOT NULL DEFAULT true`);
    await q.query(`UPDATE credit_notes SET normalised_number = ${normalised('credit_note_number')}`);
    await q.query(`ALTER TABLE credit_notes ALTER COLUMN normalised_number SET NOT NULL`);
    // Not unique: numbers that v1 took as distinct may normalise the same; new ones are refused under an advisory lock.
    await q.query(`CREATE INDEX credit_notes_partner_normalised_idx ON credit_notes (partner_id, normalised_number)`);

    // seq orders an invoice's decisions (and the policy's invoices) by when they were written under the policy lock,
    // not by any clock: the last is the current one, the first decided is served first.
    await q.query(`ALTER TABLE settlement_decisions DROP CONSTRAINT settlement_decisions_invoice_id_key,
      ADD COLUMN kind TEXT NOT NULL DEFAULT 'settlement' CHECK (kind IN ('settlement', 'redecision')),
      ADD COLUMN restored_yen BIGINT NOT NULL DEFAULT 0 CHECK (restored_yen >= 0)`);
    await q.query(`ALTER TABLE settlement_decisions ADD COLUMN seq BIGINT`);
    await q.query(`CREATE SEQUENCE settlement_decisions_seq OWNED BY settlement_decisions.seq`);
    await q.query(`UPDATE settlement_decisions d SET seq = o.n FROM (SELECT id, row_number() OVER (ORDER BY decided_at, id) AS n FROM settlement_decisions) o WHERE o.id = d.id`);
    await q.query(`SELECT setval('settlement_decisions_seq', COALESCE((SELECT max(seq) FROM settlement_decisions), 0) + 1, false)`);
    await q.query(`ALTER TABLE settlement_decisions ALTER COLUMN seq SET DEFAULT nextval('settlement_decisions_seq'), ALTER COLUMN seq SET NOT NULL`);
    await q.query(`CREATE UNIQUE INDEX settlement_decisions_one_settlement_idx ON settlement_decisions (invoice_id) WHERE kind = 'settlement'`);
    await q.query(`CREATE INDEX settlement_decisions_invoice_idx ON settlement_decisions (invoice_id, seq)`);
    await q.query(`CREATE INDEX settlement_decisions_policy_idx ON settlement_decisions (policy_id)`);

    await q.query(`ALTER TABLE payouts DROP CONSTRAINT payouts_invoice_id_key, DROP CONSTRAINT payouts_state_check,
      ADD CONSTRAINT payouts_state_check CHECK (state IN ('instructed', 'paid', 'cancelled')),
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
      ADD CONSTRAINT limit_postings_source_kind_check CHECK (source_kind IN ('settlement', 'credit_note', 'liability_payment', 'redecision', 'liability_reversal'))`);
    await q.query(`ALTER TABLE liability_payments ADD COLUMN reversed_at TIMESTAMPTZ, ADD COLUMN reversed_by TEXT, ADD COLUMN reversal_reason TEXT`);
  }

  /** Only before any invoice has a second decision or payout: one per invoice is what the earlier schema can hold. */
  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE liability_payments DROP COLUMN reversed_at, DROP COLUMN reversed_by, DROP COLUMN reversal_reason`);
    await q.query(`ALTER TABLE limit_postings DROP CONSTRAINT limit_postings_source_kind_check,
      ADD CONSTRAINT limit_postings_source_kind_check CHECK (source_kind IN ('settlement', 'credit_note', 'liability_payment'))`);
    await q.query(`DELETE FROM limit_counters WHERE counter IN ('accident_condolence_individuals', 'accident_condolence_corporations')`);
    await q.query(`DROP TABLE payout_amendments`);
    await q.query(`DROP INDEX payouts_decision_idx; DROP INDEX payouts_invoice_idx`);
    await q.query(`ALTER TABLE payouts DROP COLUMN kind, DROP COLUMN decision_id, DROP COLUMN instructed_yen, ADD UNIQUE (invoice_id),
      DROP CONSTRAINT payouts_state_check, ADD CONSTRAINT payouts_state_check CHECK (state IN ('instructed', 'paid'))`);
    await q.query(`DROP INDEX settlement_decisions_one_settlement_idx; DROP INDEX settlement_decisions_invoice_idx; DROP INDEX settlement_decisions_policy_idx`);
    await q.query(`ALTER TABLE settlement_decisions DROP COLUMN kind, DROP COLUMN restored_yen, DROP COLUMN seq, ADD UNIQUE (invoice_id)`);
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
