import { EntityManager } from 'typeorm';
import { afterCommitMark, dropAfterCommitSince } from './after-commit';

/**
 * Runs `work` inside the caller's open transaction, behind a savepoint: when it throws, everything it did is undone
 * (rows, locks, a statement error that aborted the transaction, and what it asked `afterCommit` to run) and the
 * caller's transaction goes on, so the caller can record why in the same commit. Explicit SQL rather than a nested `manager.transaction` (which TypeORM 0.3
 * also turns into a savepoint), so the boundary does not depend on TypeORM tracking the depth.
 */
export async function withSavepoint<T>(tx: EntityManager, name: string, work: () => Promise<T>): Promise<T> {
  if (!/^[a-z_][a-z0-9_]*$/.test(name)) throw new Error(`savepoint name "${name}" must be a plain identifier`);
  await tx.query(`SAVEPOINT ${name}`);
  const mark = afterCommitMark(tx);
  let result: T;
  try {
    result = await work();
  } catch (error) {
    // If even this fails the transaction is unusable: that error propagates and the caller's transaction rolls back.
    await tx.query(`ROLLBACK TO SAVEPOINT ${name}`);
    dropAfterCommitSince(tx, mark);
    throw error;
  }
  await tx.query(`RELEASE SAVEPOINT ${name}`);
  return result;
}
