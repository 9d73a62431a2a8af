import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Core's read APIs (issue 10). Lists of cases, orders, invoices and payouts page newest first by (their time, id), each
 * on an index in that order, so a page deep in the list costs what the first does.
 *
 * The timeline's live view asks for what was recorded after what it has. Its bigserial id cannot say that: ids are drawn
 * when a row is written but become visible when its transaction commits, so a reader that has seen id 11 may later
 * see 10 commit, and asking "after 11" would miss it for good. Each entry therefore records the transaction that wrote
 * it (xid8, 64 bits, never wraps), and a reader only takes entries of transactions older than any still running
 * (pg_snapshot_xmin): nothing can commit behind that line any more. Entries written before this migration count as
 * written by transaction 0, before every reader's line.
 */
export class ConsoleReadIndexes1764000001500 implements MigrationInterface {
  name = 'ConsoleReadIndexes1764000001500';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE case_timeline ADD COLUMN recorded_xid xid8 NOT NULL DEFAULT '0'`);
    await q.query(`ALTER TABLE case_timeline ALTER COLUMN recorded_xid SET DEFAULT pg_current_xact_id()`);
    await q.query(`CREATE INDEX case_timeline_recorded_idx ON case_timeline (case_id, recorded_xid, id)`);
    await q.query(`CREATE INDEX cases_reported_idx ON cases (reported_at, id)`);
    await q.query(`CREATE INDEX cases_policy_reported_idx ON cases (policy_id, reported_at, id)`);
    await q.query(`CREATE INDEX orders_issued_idx ON orders (issued_at, id)`);
    await q.query(`CREATE INDEX orders_partner_issued_idx ON orders (partner_id, issued_at, id)`);
    await q.query(`CREATE INDEX invoices_submitted_idx ON invoices (submitted_at, id)`);
    await q.query(`CREATE INDEX invoices_partner_submitted_idx ON invoices (partner_id, submitted_at, id)`);
    // The approvers' queue: few rows among many, read all day.
    await q.query(`CREATE INDEX invoices_awaiting_approval_idx ON invoices (submitted_at, id) WHERE state = 'awaiting_approval'`);
    await q.query(`CREATE INDEX payouts_instructed_idx ON payouts (instructed_at, id)`);
    await q.query(`CREATE INDEX payouts_case_instructed_idx ON payouts (case_id, instructed_at, id)`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const index of [
      'payouts_case_instructed_idx', 'payouts_instructed_idx', 'invoices_awaiting_approval_idx', 'invoices_partner_submitted_idx', 'invoices_submitted_idx',
      'orders_partner_issued_idx', 'orders_issued_idx', 'cases_policy_reported_idx', 'cases_reported_idx', 'case_timeline_recorded_idx',
    ]) {
      await q.query(`DROP INDEX ${index}`);
    }
    await q.query(`ALTER TABLE case_timeline DROP COLUMN recorded_xid`);
  }
}
