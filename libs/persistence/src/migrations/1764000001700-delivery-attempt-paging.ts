import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * GET /deliveries pages an adapter's attempts newest first by (started_at, id) (issue 10). The index from 800 keeps a
 * partner's attempts by started_at alone: each page would sort its ties by id, and the keyset condition
 * (started_at, id) < (…) could only start the scan at started_at. Keyed on all three, a page is one index range scan from
 * where the last ended, however deep. The old index is a prefix of the new one, which serves whatever it served, so it
 * goes rather than cost every attempt's insert twice.
 */
export class DeliveryAttemptPaging1764000001700 implements MigrationInterface {
  name = 'DeliveryAttemptPaging1764000001700';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE INDEX delivery_attempts_partner_page_idx ON delivery_attempts (partner_id, started_at, id)`);
    await q.query(`DROP INDEX delivery_attempts_partner_idx`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`CREATE INDEX delivery_attempts_partner_idx ON delivery_attempts (partner_id, started_at)`);
    await q.query(`DROP INDEX delivery_attempts_partner_page_idx`);
  }
}
