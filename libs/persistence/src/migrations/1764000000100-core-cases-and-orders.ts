import { MigrationInterface, QueryRunner } from 'typeorm';

/** Core's system of record: policies, cases (incidents), engagement orders and each case's timeline. */
export class CoreCasesAndOrders1764000000100 implements MigrationInterface {
  name = 'CoreCasesAndOrders1764000000100';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE policies (
        id                       UUID PRIMARY KEY,
        policy_number            TEXT        NOT NULL UNIQUE,
        product                  TEXT        NOT NULL,
        insured_name             TEXT        NOT NULL,
        insured_corporate_number TEXT,
        period_start             DATE        NOT NULL,
        period_end               DATE        NOT NULL,
        retroactive_date         DATE        NOT NULL,
        liability_limit_yen      BIGINT      NOT NULL CHECK (liability_limit_yen > 0),
        expense_sublimit_yen     BIGINT      NOT NULL CHECK (expense_sublimit_yen >= 0),
        registered_at            TIMESTAMPTZ NOT NULL DEFAULT now(),
        CHECK (expense_sublimit_yen <= liability_limit_yen),
        CHECK (period_start < period_end),
        CHECK (retroactive_date <= period_start)
      )`);
    await q.query(`
      CREATE TABLE cases (
        id                  UUID PRIMARY KEY,
        policy_id           UUID        NOT NULL REFERENCES policies (id),
        incident_kind       TEXT        NOT NULL CHECK (incident_kind IN ('leak', 'threat')),
        incident_summary    TEXT        NOT NULL,
        discovered_at       TIMESTAMPTZ NOT NULL,
        estimated_records   INTEGER,
        contact_name        TEXT        NOT NULL,
        contact_phone       TEXT        NOT NULL,
        contact_email       TEXT,
        requested_functions TEXT[]      NOT NULL,
        coverage_status     TEXT        NOT NULL CHECK (coverage_status IN ('pending', 'confirmed', 'denied')),
        coverage_decided_by TEXT,
        coverage_reason     TEXT,
        coverage_decided_at TIMESTAMPTZ,
        reported_at         TIMESTAMPTZ NOT NULL DEFAULT now()
      )`);
    await q.query(`
      CREATE TABLE orders (
        id                UUID PRIMARY KEY,
        case_id           UUID        NOT NULL REFERENCES cases (id),
        partner_id        TEXT        NOT NULL,
        support_function  TEXT        NOT NULL,
        scope             TEXT        NOT NULL,
        estimate_yen      BIGINT CHECK (estimate_yen >= 0),
        status            TEXT        NOT NULL,
        status_reason     TEXT,
        partner_reference TEXT,
        issued_at         TIMESTAMPTZ NOT NULL DEFAULT now(),
        updated_at        TIMESTAMPTZ NOT NULL DEFAULT now(),
        version           INTEGER     NOT NULL DEFAULT 1
      )`);
    await q.query('CREATE INDEX orders_case_idx ON orders (case_id)');
    await q.query(`
      CREATE TABLE case_timeline (
        id          BIGSERIAL PRIMARY KEY,
        case_id     UUID        NOT NULL REFERENCES cases (id),
        order_id    UUID REFERENCES orders (id),
        kind        TEXT        NOT NULL,
        from_status TEXT,
        to_status   TEXT,
        milestone   TEXT,
        note        TEXT,
        actor       TEXT        NOT NULL,
        event_id    TEXT UNIQUE,
        occurred_at TIMESTAMPTZ NOT NULL,
        recorded_at TIMESTAMPTZ NOT NULL DEFAULT now()
      )`);
    await q.query('CREATE INDEX case_timeline_case_idx ON case_timeline (case_id, id)');
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE case_timeline');
    await q.query('DROP TABLE orders');
    await q.query('DROP TABLE cases');
    await q.query('DROP TABLE policies');
  }
}
