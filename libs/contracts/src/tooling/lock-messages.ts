import type { LockCheck } from './published-lock';

/**
 * What the test suite says when contracts/ disagrees with published.lock.json. Each message names the file
 * (its path from the repository root), so the one who changed it knows which to restore.
 */
export const editedMessage = (file: string): string =>
  `published contract contracts/${file} was edited; restore it and add a new version beside it instead`;

export const deletedMessage = (file: string): string => `published contract contracts/${file} was deleted; published contracts stay`;

export const unpublishedMessage = (files: readonly string[]): string =>
  `not in published.lock.json: ${files.map((file) => `contracts/${file}`).join(', ')}; run npm run contracts:publish`;

/** Every refusal in a lock check: edited and deleted published files (new files are only not published yet). */
export function lockViolations(check: LockCheck): string[] {
  return [...check.edited.map(editedMessage), ...check.removed.map(deletedMessage)];
}
