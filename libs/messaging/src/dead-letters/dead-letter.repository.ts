import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { DeadLetter, DeadLetterFilter, DeadLetterRow, toDeadLetter } from './dead-letter';

export type NewDeadLetter = Omit<DeadLetter, 'id' | 'state' | 'replayedAt' | 'replayedBy' | 'replayCount'>;

/**
 * The record of dead letters (`dead_letters`) and the marks a replay must lift. Dead letters are written by the
 * consumer that gives up on a message (appendDeadLetter) and replayed by whoever serves replay (core); both
 * sides go through here, so the table has one home.
 */
@Injectable()
export class DeadLetterRepository {
  /**
   * Records a dead letter; answers its id and how often the message was replayed for this group before
   * (the replays of its earlier dead letters).
   */
  async insert(tx: EntityManager, id: string, letter: NewDeadLetter): Promise<{ replayCount: number }> {
    const [row]: { replay_count: number }[] = await tx.query(
      `INSERT INTO dead_letters (id, consumer_group, app_name, source_topic, source_partition, source_offset, event_key, event_id,
         case_id, partner_id, original_key, original_value, original_headers, error_name, error_message, error_issues,
         attempts, failed_at, replay_count)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18,
         (SELECT count(*) FROM dead_letters WHERE consumer_group = $2 AND event_key = $7 AND state = 'replayed'))
       RETURNING replay_count`,
      [id, letter.consumerGroup, letter.appName, letter.sourceTopic, letter.sourcePartition, letter.sourceOffset, letter.eventKey,
        letter.eventId, letter.caseId, letter.partnerId, letter.originalKey, letter.originalValue, JSON.stringify(letter.originalHeaders),
        letter.error.name, letter.error.message, letter.error.issues ? JSON.stringify(letter.error.issues) : null, letter.attempts,
        letter.failedAt],
    );
    return { replayCount: row.replay_count };
  }

  async find(tx: EntityManager, id: string): Promise<DeadLetter | null> {
    const rows: DeadLetterRow[] = await tx.query('SELECT * FROM dead_letters WHERE id = $1', [id]);
    return rows[0] ? toDeadLetter(rows[0]) : null;
  }

  /** Locks the letter for a replay decision; a concurrent replay of the same letter waits here. */
  async findForUpdate(tx: EntityManager, id: string): Promise<DeadLetter | null> {
    const rows: DeadLetterRow[] = await tx.query('SELECT * FROM dead_letters WHERE id = $1 FOR UPDATE', [id]);
    return rows[0] ? toDeadLetter(rows[0]) : null;
  }

  /**
   * One page, oldest first by (failed_at, id), which never reorders as letters arrive; `afterId` is the last
   * letter of the previous page.
   */
  async list(tx: EntityManager, filter: DeadLetterFilter, page: { afterId?: string; limit: number }): Promise<DeadLetter[]> {
    const { where, params } = conditions(filter);
    if (page.afterId !== undefined) {
      params.push(page.afterId);
      where.push(`(failed_at, id) > (SELECT c.failed_at, c.id FROM dead_letters c WHERE c.id = $${params.length})`);
    }
    params.push(page.limit);
    const rows: DeadLetterRow[] = await tx.query(
      `SELECT * FROM dead_letters ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
        ORDER BY failed_at, id LIMIT $${params.length}`,
      params,
    );
    return rows.map(toDeadLetter);
  }

  /** The open letters of one partner since a time (optionally of one topic), oldest first: what a recovery replays. */
  async openOfPartnerSince(tx: EntityManager, partnerId: string, since: Date, topic: string | undefined, limit: number): Promise<string[]> {
    const { where, params } = conditions({ state: 'open', partnerId, since, topic });
    params.push(limit);
    const rows: { id: string }[] = await tx.query(
      `SELECT id FROM dead_letters WHERE ${where.join(' AND ')} ORDER BY failed_at, id LIMIT $${params.length}`,
      params,
    );
    return rows.map((r) => r.id);
  }

  /** Moves an open letter to replayed; null when it was not open (already replayed: nothing may happen twice). */
  async markReplayed(tx: EntityManager, id: string, by: string): Promise<DeadLetter | null> {
    const [rows]: [DeadLetterRow[], number] = await tx.query(
      `UPDATE dead_letters SET state = 'replayed', replayed_at = now(), replayed_by = $2, replay_count = replay_count + 1
        WHERE id = $1 AND state = 'open' RETURNING *`,
      [id, by],
    );
    return rows[0] ? toDeadLetter(rows[0]) : null;
  }

  /**
   * Lifts what keeps the failing group from handling the message again: its dead_lettered mark (by event key)
   * and, when the group gave up after handling the event (an adapter giving up a partner delivery dead-letters
   * under `delivery-failed:<orderId>`), the 'handled' mark of the event id. Other groups' marks stay, so they
   * skip the re-delivered message. Any attempt count left over starts again from zero.
   */
  async forgetProcessedMarks(tx: EntityManager, letter: Pick<DeadLetter, 'consumerGroup' | 'eventKey' | 'eventId'>): Promise<void> {
    await tx.query(
      `DELETE FROM processed_events
        WHERE consumer_group = $1 AND (event_key = $2 OR (event_key = $3 AND outcome = 'handled'))`,
      [letter.consumerGroup, letter.eventKey, letter.eventId],
    );
    await tx.query('DELETE FROM inbox_attempts WHERE consumer_group = $1 AND event_key IN ($2, $3)', [
      letter.consumerGroup, letter.eventKey, letter.eventId ?? letter.eventKey,
    ]);
  }
}

function conditions(filter: DeadLetterFilter): { where: string[]; params: unknown[] } {
  const where: string[] = [];
  const params: unknown[] = [];
  const add = (sql: string, value: unknown) => {
    params.push(value);
    where.push(sql.replace('?', `$${params.length}`));
  };
  if (filter.state !== undefined) add('state = ?', filter.state);
  if (filter.partnerId !== undefined) add('partner_id = ?', filter.partnerId);
  if (filter.topic !== undefined) add('source_topic = ?', filter.topic);
  if (filter.consumerGroup !== undefined) add('consumer_group = ?', filter.consumerGroup);
  if (filter.since !== undefined) add('failed_at >= ?', filter.since);
  return { where, params };
}
