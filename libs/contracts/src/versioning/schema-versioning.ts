import { describeIssues } from '../contract-issues';
import { type Direction } from './contract-directions';
import { type Verdict, VersionJudge } from './schema-compatibility';
import { type VersionPair, describePair, schemaFileOf, schemaVersionPairs } from './version-pairs';

/** A pair published before this check existed that breaks its older version without saying so (known-breaks.ts). */
export interface KnownBreak extends VersionPair {
  why: string;
}

export interface VersioningOptions {
  contractsDir: string;
  fixturesDir?: string;
  directionOf: (contract: string) => Direction | undefined;
  knownBreaks?: readonly KnownBreak[];
}

export type PairOutcome = { pair: VersionPair; verdict: Verdict | undefined; failure: string | undefined };

/**
 * Judges every pair of schema versions in `contractsDir`. A new version that breaks the one before it must say
 * "Breaking change from v<N>" in its description; one that does not fails, naming the file and the first
 * document that shows the break. A known break (published before the check) is let through.
 */
export function checkSchemaVersions(options: VersioningOptions): PairOutcome[] {
  const judge = new VersionJudge(options.contractsDir, options.fixturesDir);
  return schemaVersionPairs(options.contractsDir).map((pair) => {
    const direction = options.directionOf(pair.contract);
    if (!direction) {
      const failure = `${schemaFileOf(pair.contract, pair.newer)}: say whether the hub accepts or produces ${pair.contract} (libs/contracts/src/versioning/contract-directions.ts), so its versions can be judged`;
      return { pair, verdict: undefined, failure };
    }
    const verdict = judge.judge(pair, direction);
    const known = options.knownBreaks?.some((k) => k.contract === pair.contract && k.older === pair.older && k.newer === pair.newer);
    return { pair, verdict, failure: known ? undefined : unannouncedBreak(verdict) };
  });
}

/** The failure for a verdict, or undefined: compatible, or a break the new version announces. */
export function unannouncedBreak(verdict: Verdict): string | undefined {
  const { pair, firstBreak, announced } = verdict;
  if (!firstBreak || announced) return undefined;
  return [
    `${schemaFileOf(pair.contract, pair.newer)} breaks v${pair.older} (${verdict.direction}) without saying so:`,
    `${firstBreak.document} is refused by ${firstBreak.refusedBy}: ${describeIssues(firstBreak.issues)}.`,
    `Keep v${pair.newer} compatible, or say "Breaking change from v${pair.older}" in its description (${describePair(pair)}).`,
  ].join(' ');
}
