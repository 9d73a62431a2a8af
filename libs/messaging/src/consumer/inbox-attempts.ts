import { DataSource, EntityManager } from 'typeorm';

/**
 * Handling attempts counted in the database (`inbox_attempts`), so the count survives the process: a message whose
 * handling kills the process (out of memory, process.exit, SIGKILL) would otherwise start from attempt 1 after
 * every restart and be retried forever. A row lives only while its message is being tried: the transaction that
 * handles or dead-letters the message deletes it, so the table holds no more than the messages in flight.
 */
export class InboxAttempts {
  constructor(
    private readonly dataSource: DataSource,
    private readonly groupId: string,
  ) {}

  /**
   * Counts an attempt about to start and answers its number (1 for the first). A statement of its own, committed
   * before the handler runs: an attempt that never finishes is still counted.
   */
  async begin(eventKey: string, topic: string): Promise<number> {
    const [row]: { attempts: number }[] = await this.dataSource.query(
      `INSERT INTO inbox_attempts (consumer_group, event_key, topic, attempts) VALUES ($1, $2, $3, 1)
       ON CONFLICT (consumer_group, event_key)
       DO UPDATE SET attempts = inbox_attempts.attempts + 1, last_attempt_at = now()
       RETURNING attempts`,
      [this.groupId, eventKey, topic],
    );
    return row.attempts;
  }

  /** The message is settled (handled, or dead-lettered): in the transaction that settles it. */
  async forget(tx: EntityManager, eventKey: string): Promise<void> {
    await tx.query('DELETE FROM inbox_attempts WHERE consumer_group = $1 AND event_key = $2', [this.groupId, eventKey]);
  }
}
