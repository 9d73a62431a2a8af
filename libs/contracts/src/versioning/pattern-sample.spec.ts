import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CONTRACTS_DIR, listContractFiles } from '../contracts-dir';
import { sampleForPattern } from './pattern-sample';

/** Every `pattern` in contracts/, so a new one the sampler cannot follow fails here first. */
const PATTERNS = [
  ...new Set(
    listContractFiles(CONTRACTS_DIR, (path) => path.endsWith('.schema.json')).flatMap((file) =>
      [...readFileSync(join(CONTRACTS_DIR, file), 'utf8').matchAll(/"pattern":\s*("(?:[^"\\]|\\.)*")/g)].map((m) => JSON.parse(m[1] as string) as string),
    ),
  ),
];

describe('sampleForPattern', () => {
  it('finds the patterns of the contracts', () => {
    expect(PATTERNS.length).toBeGreaterThan(5);
  });

  it.each(PATTERNS)('matches %s, short and long', (pattern) => {
    for (const long of [false, true]) {
      for (const pick of [0, 1, 7]) expect(sampleForPattern(pattern, { long, pick })).toMatch(new RegExp(pattern, 'u'));
    }
  });

  it('repeats as rarely, or as often, as a quantifier allows', () => {
    expect(sampleForPattern('^[0-9]{1,20}$', { long: false, pick: 0 })).toBe('0');
    expect(sampleForPattern('^[0-9]{1,20}$', { long: true, pick: 0 })).toHaveLength(20);
  });

  it('takes the branch and the character it is asked for', () => {
    expect(sampleForPattern('^(?:ab|cd)$', { long: false, pick: 1 })).toBe('cd');
    expect(sampleForPattern('^[xyz]$', { long: false, pick: 2 })).toBe('z');
  });

  it('keeps a negated class to printable characters outside it', () => {
    expect(sampleForPattern('^[^\\u0000-\\u001f a]$', { long: false, pick: 0 })).toBe('!');
  });

  it('refuses what it does not understand rather than guess', () => {
    expect(() => sampleForPattern('^(?=a)a$', { long: false, pick: 0 })).toThrow('cannot sample pattern ^(?=a)a$: a lookaround');
    expect(() => sampleForPattern('^\\p{L}$', { long: false, pick: 0 })).toThrow('the escape \\p');
  });
});
