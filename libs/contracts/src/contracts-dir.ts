import { existsSync, readdirSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';

/** The base every contract's `$id` is relative to; `$id` = base + path under contracts/. */
export const CONTRACTS_BASE_URI = 'https://contracts.hub.local/';

const MARKER = join('contracts', 'published.lock.json');

/**
 * Walks up from `start` to the folder holding `contracts/published.lock.json`. Walking (rather than a fixed
 * `../../..`) keeps it working from both `libs/contracts/src` (ts-jest, tsx) and `dist/libs/contracts/src`.
 */
export function findContractsDir(start: string = __dirname): string {
  for (let dir = start; ; dir = dirname(dir)) {
    if (existsSync(join(dir, MARKER))) return join(dir, 'contracts');
    if (dirname(dir) === dir) {
      throw new Error(`No contracts/published.lock.json found in ${start} or any folder above it`);
    }
  }
}

export const CONTRACTS_DIR: string = findContractsDir();

/** The kinds of file that are contracts (and so are published and hash-locked). */
export function isContractFile(relativePath: string): boolean {
  return relativePath.endsWith('.schema.json') || /^asyncapi(\.v\d+)?\.yaml$/.test(relativePath) || /^openapi\/[^/]+\.ya?ml$/.test(relativePath);
}

/** Contract files under `dir`, as sorted posix paths relative to it. */
export function listContractFiles(dir: string = CONTRACTS_DIR, filter: (path: string) => boolean = isContractFile): string[] {
  const found: string[] = [];
  const walk = (current: string): void => {
    for (const entry of readdirSync(current, { withFileTypes: true })) {
      const full = join(current, entry.name);
      if (entry.isDirectory()) walk(full);
      else {
        const rel = relative(dir, full).split(sep).join('/');
        if (filter(rel)) found.push(rel);
      }
    }
  };
  walk(dir);
  return found.sort();
}
