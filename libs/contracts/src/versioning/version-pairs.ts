import { CONTRACTS_DIR, listContractFiles } from '../contracts-dir';

/** A contract's version and the one before it that exists beside it: `http/core/invoice` v1 → v2. */
export interface VersionPair {
  /** The contract's path under contracts/ without its version: `partners/lac/status-callback`. */
  contract: string;
  older: number;
  newer: number;
}

const VERSIONED_SCHEMA = /^(.+)\.v(\d+)\.schema\.json$/;

export const schemaRefOf = (contract: string, version: number): string => `${contract}.v${version}`;
export const schemaFileOf = (contract: string, version: number): string => `contracts/${schemaRefOf(contract, version)}.schema.json`;
export const describePair = (pair: VersionPair): string => `${pair.contract} v${pair.older} → v${pair.newer}`;

/**
 * Every schema with an older version beside it, each version paired with the one before it (v1 → v2, v2 → v3;
 * with a gap, v1 → v3). Files under common/ are left out: a building block validates no document of its own,
 * and a contract that moves to a new one gets a new version itself, which is where the change is judged.
 */
export function schemaVersionPairs(contractsDir: string = CONTRACTS_DIR): VersionPair[] {
  const versions = new Map<string, number[]>();
  for (const file of listContractFiles(contractsDir, (path) => path.endsWith('.schema.json') && !path.startsWith('common/'))) {
    const match = VERSIONED_SCHEMA.exec(file);
    if (!match?.[1]) continue;
    versions.set(match[1], [...(versions.get(match[1]) ?? []), Number(match[2])]);
  }
  return [...versions.entries()].flatMap(([contract, found]) =>
    found
      .sort((a, b) => a - b)
      .slice(1)
      .map((newer, i) => ({ contract, older: found[i] as number, newer })),
  );
}

/** Whether a new version's description says, in so many words, that it breaks `older`: "Breaking change from v1". */
export function announcesBreakFrom(description: unknown, older: number): boolean {
  return typeof description === 'string' && new RegExp(`\\bbreaking change from v${older}\\b`, 'i').test(description);
}
