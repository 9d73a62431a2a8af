import { EntityManager, EntitySubscriberInterface, EventSubscriber, TransactionCommitEvent, TransactionRollbackEvent } from 'typeorm';

type Callback = () => void;
const KEY = 'hubAfterCommit';

/**
 * Runs `callback` once the caller's transaction has committed, and never if it rolls back: for what must only count
 * what happened (a metric of settlements decided), not what was attempted. Outside a transaction it runs at once.
 */
export function afterCommit(tx: EntityManager, callback: Callback): void {
  const runner = tx.queryRunner;
  if (!runner?.isTransactionActive) return callback();
  const data = runner.data as Record<string, Callback[] | undefined>;
  (data[KEY] ??= []).push(callback);
}

/**
 * How many callbacks the caller's transaction holds now: `dropAfterCommitSince(tx, mark)` forgets those added after it,
 * for work rolled back to a savepoint (its effects never commit, so neither may what it wanted done after the commit).
 */
export function afterCommitMark(tx: EntityManager): number {
  const data = tx.queryRunner?.data as Record<string, Callback[] | undefined> | undefined;
  return data?.[KEY]?.length ?? 0;
}

export function dropAfterCommitSince(tx: EntityManager, mark: number): void {
  const data = tx.queryRunner?.data as Record<string, Callback[] | undefined> | undefined;
  data?.[KEY]?.splice(mark);
}

/** The TypeORM subscriber that runs (or drops) what `afterCommit` kept; registered by postgresOptions. */
@EventSubscriber()
export class AfterCommitSubscriber implements EntitySubscriberInterface {
  afterTransactionCommit(event: TransactionCommitEvent): void {
    const callbacks = takeCallbacks(event.queryRunner.data as Record<string, Callback[] | undefined>);
    for (const callback of callbacks) callback();
  }

  afterTransactionRollback(event: TransactionRollbackEvent): void {
    takeCallbacks(event.queryRunner.data as Record<string, Callback[] | undefined>);
  }
}

function takeCallbacks(data: Record<string, Callback[] | undefined>): Callback[] {
  const callbacks = data[KEY] ?? [];
  data[KEY] = undefined;
  return callbacks;
}
