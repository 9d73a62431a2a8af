import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { ALL_MIGRATIONS, PolicyWording1764000000700 } from '@hub/persistence';
import { testEnv } from '@hub/testing';

/**
 * The policy-wording migration on a database that already holds settled money (issue 6): data in the shape of
 * the earlier schema, then the migration, then what the new code relies on. A database of its own, so the
 * shared test database is not disturbed.
 */
describe('migrating settled data to the policy wording', () => {
  const url = Object.assign(new URL(testEnv.databaseUrl), { pathname: '/hub_upgrade_test' }).toString();
  let db: DataSource;

  beforeAll(async () => {
    const admin = new Client({ connectionString: Object.assign(new URL(url), { pathname: '/postgres' }).toString() });
    await admin.connect();
    await admin.query('DROP DATABASE IF EXISTS hub_upgrade_test WITH (FORCE)');
    await admin.query('CREATE DATABASE hub_upgrade_test');
    await admin.end();
    const before = ALL_MIGRATIONS.slice(0, ALL_MIGRATIONS.indexOf(PolicyWording1764000000700));
    db = await new DataSource({ type: 'postgres', url, migrations: before, migrationsTableName: 'schema_migrations' }).initialize();
    await db.runMigrations({ transaction: 'each' });
    await seedEarlierShape(db);
    await db.destroy();
    db = await new DataSource({ type: 'postgres', url, migrations: ALL_MIGRATIONS, migrationsTableName: 'schema_migrations' }).initialize();
    await db.runMigrations({ transaction: 'each' });
  });

  afterAll(async () => {
    await db?.destroy();
  });

  const one = async (sql: string, params: unknown[] = []) => (await db.query(sql, params))[0];

  it('gives every case with counters its recipient counters, all consoled where pooled condolence yen were paid', async () => {
    const counters = await db.query(`SELECT case_id, counter, limit_yen::int, used_yen::int FROM limit_counters WHERE counter LIKE 'accident_condolence_%' ORDER BY case_id, counter`);
    expect(counters).toEqual([
      { case_id: CASE_GIFTS, counter: 'accident_condolence_corporations', limit_yen: 2, used_yen: 2 },
      { case_id: CASE_GIFTS, counter: 'accident_condolence_individuals', limit_yen: 100, used_yen: 100 },
      { case_id: CASE_THREAT, counter: 'accident_condolence_corporations', limit_yen: 0, used_yen: 0 },
      { case_id: CASE_THREAT, counter: 'accident_condolence_individuals', limit_yen: 0, used_yen: 0 },
    ]);
  });

  it('keeps v1 threat cases as the threat of unauthorised access, and removes the Chamber plan deductible', async () => {
    expect(await one('SELECT event_kind FROM cases WHERE id = $1', [CASE_THREAT])).toEqual({ event_kind: 'threat_of_unauthorised_access' });
    expect(await one('SELECT event_kind FROM cases WHERE id = $1', [CASE_GIFTS])).toEqual({ event_kind: 'leak' });
    expect(await one(`SELECT expense_deductible_yen::int AS d, first_inception_date::text AS f FROM policies WHERE id = $1`, [POLICY])).toEqual({ d: 0, f: '2026-04-01' });
  });

  it('normalises invoice and credit-note numbers as the code does, keeping symbols that tell numbers apart', async () => {
    const invoices = await db.query('SELECT invoice_number, normalised_number, credited_yen::int FROM invoices ORDER BY invoice_number');
    expect(invoices).toEqual([
      { invoice_number: 'A+1', normalised_number: 'A+1', credited_yen: 0 },
      { invoice_number: 'lac-inv-0042.', normalised_number: 'LACINV0042', credited_yen: 110_000 },
    ]);
    // Two credit notes v1 took as distinct that now normalise the same: both kept, the migration does not fail.
    expect(await db.query('SELECT normalised_number FROM credit_notes ORDER BY credit_note_number')).toEqual([{ normalised_number: 'CN1' }, { normalised_number: 'CN1' }]);
  });

  it('links each payout to its decision, with its first amount, and numbers decisions in the order they were made', async () => {
    expect(await one('SELECT kind, instructed_yen::int, amount_yen::int, decision_id = $2 AS linked FROM payouts WHERE id = $1', [PAYOUT, DECISION])).toEqual({
      kind: 'settlement', instructed_yen: 1_100_000, amount_yen: 1_100_000, linked: true,
    });
    expect(await one('SELECT kind, seq IS NOT NULL AS numbered FROM settlement_decisions WHERE id = $1', [DECISION])).toEqual({ kind: 'settlement', numbered: true });
    const [{ next }] = await db.query(`SELECT nextval('settlement_decisions_seq')::int AS next`);
    expect(next).toBeGreaterThan(Number((await one('SELECT max(seq) AS m FROM settlement_decisions')).m));
  });
});

const POLICY = '00000000-0000-4000-8000-000000000001';
const CASE_GIFTS = '00000000-0000-4000-8000-000000000002';
const CASE_THREAT = '00000000-0000-4000-8000-000000000003';
const ORDER = '00000000-0000-4000-8000-000000000004';
const INVOICE = '00000000-0000-4000-8000-000000000005';
const DECISION = '00000000-0000-4000-8000-000000000006';
const PAYOUT = '00000000-0000-4000-8000-000000000007';

/** Rows as the earlier schema held them: a Chamber policy with a deductible, a leak and a v1 threat, money settled. */
async function seedEarlierShape(db: DataSource): Promise<void> {
  await db.query(`INSERT INTO policies (id, policy_number, product, insured_name, period_start, period_end, retroactive_date, liability_limit_yen,
    expense_sublimit_yen, chamber_set, chamber_variant, expense_deductible_yen) VALUES ($1, 'CC-OLD-1', 'chamber-of-commerce', '旧契約株式会社',
    '2026-04-01', '2027-04-01', '2025-04-01', 10000000, 1000000, 'A', 'standard', 100000)`, [POLICY]);
  for (const [id, kind, individuals, corporations] of [[CASE_GIFTS, 'leak', 100, 2], [CASE_THREAT, 'threat', 0, 0]]) {
    await db.query(`INSERT INTO cases (id, policy_id, incident_kind, incident_summary, discovered_at, contact_name, contact_phone, requested_functions,
      coverage_status, affected_individuals, affected_corporations) VALUES ($1, $2, $3, 'x', '2026-06-01T00:00:00Z', '担当', '03-0000-0000', '{investigation}',
      'confirmed', $4, $5)`, [id, POLICY, kind, individuals, corporations]);
  }
  await db.query(`INSERT INTO orders (id, case_id, partner_id, support_function, scope, status, issued_at, updated_at)
    VALUES ($1, $2, 'lac', 'investigation', 'x', 'in_progress', now(), now())`, [ORDER, CASE_GIFTS]);
  await db.query(`INSERT INTO case_timeline (case_id, order_id, kind, to_status, actor, occurred_at) VALUES ($1, $2, 'order_status_changed', 'accepted', 'partner:lac', now())`, [CASE_GIFTS, ORDER]);
  for (const [id, number] of [[INVOICE, 'lac-inv-0042.'], ['00000000-0000-4000-8000-000000000008', 'A+1']]) {
    await db.query(`INSERT INTO invoices (id, partner_id, invoice_number, order_id, case_id, policy_id, issue_date, registration_number, rounding_mode, lines,
      net_yen, tax_yen, gross_yen, state) VALUES ($1, 'lac', $2, $3, $4, $5, '2026-11-20', 'T7000012050002', 'floor', '[]', 1000000, 100000, 1100000, 'settled')`,
      [id, number, ORDER, CASE_GIFTS, POLICY]);
  }
  await db.query(`INSERT INTO settlement_decisions (id, invoice_id, policy_id, case_id, covered_yen, retained_yen, decision) VALUES ($1, $2, $3, $4, 1100000, 0, '{}')`,
    [DECISION, INVOICE, POLICY, CASE_GIFTS]);
  await db.query(`INSERT INTO payouts (id, invoice_id, case_id, payee, payee_name, amount_yen, state) VALUES ($1, $2, $3, 'insured', '旧契約株式会社', 1100000, 'instructed')`,
    [PAYOUT, INVOICE, CASE_GIFTS]);
  for (const number of ['CN-1', 'cn1']) {
    await db.query(`INSERT INTO credit_notes (id, partner_id, credit_note_number, invoice_id, lines, gross_yen, released, recovery_due_yen)
      VALUES (gen_random_uuid(), 'lac', $1, $2, '[]', 55000, '{}', 0)`, [number, INVOICE]);
  }
  for (const [caseId, counter, limit, used] of [[CASE_GIFTS, 'accident_condolence', 150000, 60000], [CASE_THREAT, 'accident_expense', 1000000, 0]]) {
    await db.query(`INSERT INTO limit_counters (policy_id, case_id, counter, limit_yen, used_yen) VALUES ($1, $2, $3, $4, $5)`, [POLICY, caseId, counter, limit, used]);
  }
}
