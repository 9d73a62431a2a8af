import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CONTRACTS_DIR, listContractFiles } from '../contracts-dir';

/**
 * contracts/published.lock.json records the sha256 of every published contract file. A published
 * contract is never edited (consumers depend on it byte for byte); a change is a new version beside it.
 */
export const LOCK_FILE = 'published.lock.json';

export interface PublishedLock {
  published: Record<string, string>;
}

export interface LockCheck {
  /** Contract files not in the lock yet: `npm run contracts:publish` records them. */
  added: string[];
  /** Published files whose bytes changed: refused. */
  edited: string[];
  /** Published files that are gone: refused. */
  removed: string[];
}

export function sha256Of(path: string): string {
  return createHash('sha256').update(readFileSync(path)).digest('hex');
}

export function readLock(contractsDir: string = CONTRACTS_DIR): PublishedLock {
  const lock = JSON.parse(readFileSync(join(contractsDir, LOCK_FILE), 'utf8')) as Partial<PublishedLock>;
  return { published: lock.published ?? {} };
}

export function checkAgainstLock(contractsDir: string = CONTRACTS_DIR, lock: PublishedLock = readLock(contractsDir)): LockCheck {
  const published = lock.published;
  const files = listContractFiles(contractsDir);
  return {
    added: files.filter((file) => !(file in published)),
    edited: Object.keys(published).filter(
      (file) => existsSync(join(contractsDir, file)) && sha256Of(join(contractsDir, file)) !== published[file],
    ),
    removed: Object.keys(published).filter((file) => !existsSync(join(contractsDir, file))),
  };
}

/** The lock with `files` added at their current hash; existing entries are kept exactly as they are. */
export function lockWith(lock: PublishedLock, files: readonly string[], contractsDir: string = CONTRACTS_DIR): PublishedLock {
  const published = { ...lock.published };
  for (const file of files) published[file] ??= sha256Of(join(contractsDir, file));
  const sorted = Object.fromEntries(Object.entries(published).sort(([a], [b]) => a.localeCompare(b)));
  return { published: sorted };
}

export function serializeLock(lock: PublishedLock): string {
  return `${JSON.stringify(lock, null, 2)}\n`;
}
