import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

/** The tables retention trims, each by the age index migration 1764000001800 gave it. */
export type RetainedTable = 'processed_events' | 'inbound_webhooks' | 'delivery_attempts';

/**
 * One batch of each table: the oldest rows older than the cut-off, at most `limit`, chosen through the age index and
 * deleted by ctid (`ctid = ANY(ARRAY(…))` is a TID scan; `ctid IN (SELECT …)` may plan a scan of the whole table). A row
 * updated meanwhile has a new ctid and is left for the next run.
 *
 * Delivery attempts: the adapter kit's retry logic does not read them. The attempt number comes from the delivery's own
 * counter (partner_deliveries.attempts, counted when claimed), the give-up window from its created_at, the next try
 * from next_attempt_at, the breaker and the disabling of an endpoint from partner_endpoints; attempts are only written
 * (recordAttempt, keyed by that counter, so a deleted number is never reused) and shown (GET /deliveries and a
 * delivery's attempt log). So old attempts may go, except the last one of a delivery still pending: it is what tells an
 * operator why that delivery is still waiting (the partner's status and answer), for as long as it waits. Once the
 * delivery is delivered or given up on (failed, its dead letter holding the error), that attempt ages out like the rest;
 * a failed delivery re-armed by a replay goes on counting from its counter, whatever rows remain.
 */
const DELETE_OLDEST: Record<RetainedTable, string> = {
  processed_events: `
    DELETE FROM processed_events WHERE ctid = ANY(ARRAY(
      SELECT ctid FROM processed_events WHERE processed_at < $1 ORDER BY processed_at LIMIT $2))`,
  inbound_webhooks: `
    DELETE FROM inbound_webhooks WHERE ctid = ANY(ARRAY(
      SELECT ctid FROM inbound_webhooks WHERE received_at < $1 ORDER BY received_at LIMIT $2))`,
  delivery_attempts: `
    DELETE FROM delivery_attempts WHERE ctid = ANY(ARRAY(
      SELECT a.ctid FROM delivery_attempts a
       WHERE a.started_at < $1
         AND NOT EXISTS (
           SELECT 1 FROM partner_deliveries d
            WHERE d.id = a.delivery_id AND d.status = 'pending'
              AND NOT EXISTS (SELECT 1 FROM delivery_attempts later WHERE later.delivery_id = a.delivery_id AND later.attempt_no > a.attempt_no))
       ORDER BY a.started_at LIMIT $2))`,
};

@Injectable()
export class RetentionRepository {
  /** The database's now() less the days: rows older than this are past retention. */
  async cutoff(db: EntityManager, days: number): Promise<Date> {
    const [row]: { cutoff: Date }[] = await db.query(`SELECT now() - make_interval(days => $1) AS cutoff`, [days]);
    return row.cutoff;
  }

  /** Deletes one batch, in the caller's transaction; how many rows went. */
  async deleteOldest(tx: EntityManager, table: RetainedTable, cutoff: Date, limit: number): Promise<number> {
    const [, deleted]: [unknown[], number] = await tx.query(DELETE_OLDEST[table], [cutoff, limit]);
    return deleted;
  }
}
