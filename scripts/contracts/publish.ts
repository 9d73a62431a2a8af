/**
 * Records new contract files in contracts/published.lock.json (`npm run contracts:publish`).
 * It never re-hashes a published file: an edited or deleted published contract is refused, because
 * consumers depend on it as published. Add a new version beside it instead.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
// Build tooling stays out of the @hub/contracts runtime entry, like generate-types.ts.
// eslint-disable-next-line no-restricted-imports
import { CONTRACTS_DIR } from '../../libs/contracts/src/contracts-dir';
// eslint-disable-next-line no-restricted-imports
import { LOCK_FILE, checkAgainstLock, lockWith, readLock, serializeLock } from '../../libs/contracts/src/tooling/published-lock';

const lock = readLock();
const { added, edited, removed } = checkAgainstLock(CONTRACTS_DIR, lock);

if (added.length > 0) {
  writeFileSync(join(CONTRACTS_DIR, LOCK_FILE), serializeLock(lockWith(lock, added)));
  for (const file of added) console.log(`published ${file}`);
} else {
  console.log('No new contract files to publish.');
}
for (const file of edited) {
  console.error(`REFUSED: ${file} is published and was edited. Restore it and add a new version beside it (e.g. .v2).`);
}
for (const file of removed) {
  console.error(`REFUSED: ${file} is published and was deleted. Restore it; published contracts stay.`);
}
if (edited.length + removed.length > 0) process.exitCode = 1;
