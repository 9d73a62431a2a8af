import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { listContractFiles } from './contracts-dir';
import { ContractValidator, contractValidator } from './contract-validator';
import type { ContractIssue } from './contract-issues';

/**
 * Fixtures as files: test/fixtures/<schema ref>/ok/*.json must validate; test/fixtures/<schema ref>/not-ok/*.json
 * hold `{ data, expectIssue }` and must yield that issue. A new partner quirk is a new file, not new code.
 */
const FIXTURES = join(__dirname, '..', 'test', 'fixtures');

interface NotOkFixture {
  data: unknown;
  expectIssue: ContractIssue;
}

function fixtureRefs(dir: string = FIXTURES): string[] {
  const entries = readdirSync(dir, { withFileTypes: true }).filter((e) => e.isDirectory());
  if (entries.some((e) => e.name === 'ok' || e.name === 'not-ok')) return [relative(FIXTURES, dir).split(sep).join('/')];
  return entries.flatMap((e) => fixtureRefs(join(dir, e.name)));
}

function jsonFiles(dir: string): string[] {
  return existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.json')).sort() : [];
}

const readJson = (path: string): unknown => JSON.parse(readFileSync(path, 'utf8'));

describe('contract fixtures', () => {
  const validator = contractValidator();

  for (const ref of fixtureRefs()) {
    describe(ref, () => {
      for (const file of jsonFiles(join(FIXTURES, ref, 'ok'))) {
        it(`accepts ok/${file}`, () => {
          const result = validator.validate(ref, readJson(join(FIXTURES, ref, 'ok', file)));
          expect(result.ok ? [] : result.issues).toEqual([]);
        });
      }
      for (const file of jsonFiles(join(FIXTURES, ref, 'not-ok'))) {
        it(`rejects not-ok/${file}`, () => {
          const fixture = readJson(join(FIXTURES, ref, 'not-ok', file)) as NotOkFixture;
          const result = validator.validate(ref, fixture.data);
          expect(result.ok ? [] : result.issues).toContainEqual(fixture.expectIssue);
        });
      }
    });
  }

  it('has an ok fixture for every schema', () => {
    const schemaRefs = listContractFiles(undefined, (p) => p.endsWith('.schema.json') && !p.startsWith('common/'));
    const missing = schemaRefs
      .map((p) => p.replace(/\.schema\.json$/, ''))
      .filter((ref) => jsonFiles(join(FIXTURES, ref, 'ok')).length === 0);
    expect(missing).toEqual([]);
  });
});

describe('ContractValidator', () => {
  const validator = new ContractValidator();

  it('compiles every contract in strict mode', () => {
    expect(() => validator.compileAll()).not.toThrow();
  });

  it('throws on an unknown schema ref, naming it', () => {
    expect(() => validator.validate('events/no-such-thing.v1', {})).toThrow('events/no-such-thing.v1');
  });

  it('names array items by index and the root as (root)', () => {
    const result = validator.validate('http/core/report-incident.v1', {
      policyNumber: 'CY-2026-0001',
      incident: { kind: 'leak', summary: 'x', discoveredAt: '2026-04-01T09:00:00+09:00' },
      usageNotice: { contactName: 'x', contactPhone: '03-1234-5678', requestedFunctions: ['investigation', 'pr'] },
    });
    expect(result).toEqual({
      ok: false,
      issues: [
        {
          field: 'usageNotice.requestedFunctions[1]',
          reason: 'must be one of: investigation, crisis_pr, call_centre, trust_recovery',
        },
      ],
    });
    expect(validator.validate('http/core/cancel-order.v1', [])).toEqual({
      ok: false,
      issues: [{ field: '(root)', reason: 'must be an object' }],
    });
  });

  it('reports every issue once, and not ajv\'s "must match then schema"', () => {
    const result = validator.validate('events/order-status-changed.v1', {
      orderId: 'not-a-uuid',
      status: 'declined',
      reportedAt: 'yesterday',
    });
    expect(result.ok ? [] : result.issues).toEqual([
      { field: 'reason', reason: 'is required' },
      { field: 'orderId', reason: 'must be a UUID' },
      { field: 'reportedAt', reason: 'must be a date-time (ISO-8601)' },
    ]);
  });

  it('returns the same data, typed by the schema ref', () => {
    const data = { closedBy: 'coordinator-1' };
    const result = validator.validate('http/core/close-order.v1', data);
    expect(result.ok && result.value.closedBy).toBe('coordinator-1');
  });
});
