import { CONTRACTS_DIR } from '../contracts-dir';
import { ContractValidator } from '../contract-validator';
import { readLock } from '../tooling/published-lock';
import { directionOf } from './contract-directions';
import { directionsUsed } from './contract-usage';
import { KNOWN_UNANNOUNCED_BREAKS } from './known-breaks';
import { UNKNOWN_PROPERTY_REASON } from './schema-compatibility';
import { checkSchemaVersions, unannouncedBreak } from './schema-versioning';
import { checkSurfaceVersions } from './surface-versions';
import { describePair, schemaRefOf } from './version-pairs';

/**
 * The versioning rule over the real contracts/ (contracts/README.md, Versioning): a new version is compatible
 * with the one before it, or says "Breaking change from v<N>".
 */
const OUTCOMES = checkSchemaVersions({ contractsDir: CONTRACTS_DIR, directionOf, knownBreaks: KNOWN_UNANNOUNCED_BREAKS });

describe('schema versions', () => {
  it('finds the pairs to judge', () => {
    expect(OUTCOMES.map((o) => describePair(o.pair))).toContain('partners/lac/status-callback v1 → v2');
  });

  it.each(OUTCOMES.map((o): [string, (typeof OUTCOMES)[number]] => [describePair(o.pair), o]))('%s is compatible or says it breaks', (_, outcome) => {
    if (outcome.failure) throw new Error(outcome.failure);
  });
});

describe('known unannounced breaks', () => {
  const { published } = readLock();

  it.each(KNOWN_UNANNOUNCED_BREAKS.map((k): [string, (typeof KNOWN_UNANNOUNCED_BREAKS)[number]] => [describePair(k), k]))(
    '%s is a published pair that breaks without saying so',
    (_, known) => {
      // Only what was published before the check may be let through; a new version says what it breaks.
      expect(`${schemaRefOf(known.contract, known.newer)}.schema.json` in published).toBe(true);
      const outcome = OUTCOMES.find((o) => describePair(o.pair) === describePair(known));
      expect(outcome?.verdict).toBeDefined();
      expect(outcome?.verdict && unannouncedBreak(outcome.verdict)).toContain('without saying so');
      expect(known.why.length).toBeGreaterThan(10);
    },
  );
});

describe('contract directions', () => {
  it.each([...directionsUsed().entries()].filter(([contract]) => directionOf(contract) !== undefined))(
    '%s goes the way its surfaces use it',
    (contract, used) => {
      const declared = directionOf(contract);
      expect([...used].filter((direction) => declared !== 'both' && declared !== direction)).toEqual([]);
    },
  );
});

describe('surface versions', () => {
  it.each(checkSurfaceVersions().map((o): [string, string | undefined] => [`${o.pair.olderFile} → ${o.pair.newerFile}`, o.failure]))(
    '%s keeps every operation and channel, or says it breaks',
    (_, failure) => {
      if (failure) throw new Error(failure);
    },
  );
});

describe('the reader that skips what it does not know', () => {
  it('recognises an unknown property by the validator\'s own wording', () => {
    const result = new ContractValidator().validate('partners/lac/status-callback.v1', { surplus: 1 });
    expect(result.ok ? [] : result.issues).toContainEqual({ field: 'surplus', reason: UNKNOWN_PROPERTY_REASON });
  });
});
